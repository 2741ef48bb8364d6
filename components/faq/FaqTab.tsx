import { useId, useMemo } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { StatusLine } from '@/components/ui/StatusLine';
import type { FaqClient } from './client';
import { FaqFooter } from './FaqFooter';
import { FaqItem, type FaqTranslate } from './FaqItem';
import { FaqParts } from './FaqParts';
import { faqStrings } from './strings';
import { type Faq, type FaqListProps, useFaq } from './useFaq';
import './faq.css';

/**
 * The popup tab "FAQ": searches the offline FAQ as the user types (today's answers and the 2020 FAQ
 * in one search, the platform in force deciding which part ranks first), browses it in its two
 * parts when the search is empty, shows answers with their links, says how fresh the copy is and,
 * when a FAQ source is set, asks the background for an update ("Mettre à jour"). Everything is
 * rendered from data with elements and text nodes.
 */
export interface FaqTabProps {
  lang: Lang;
  /** The settings in force (readSettingsInForce): the platform, and whether a FAQ source is set. */
  settings: Settings;
  client: FaqClient;
}

/** "3 réponses trouvées", "Aucune réponse ne correspond à …", or nothing while not searching. */
function countText(faq: Faq, t: FaqTranslate): string {
  if (!faq.snapshot || !faq.searching || !faq.ready) return '';
  if (faq.hits.length === 0) return t('noResults', { query: faq.searched.trim() });
  return faq.hits.length === 1 ? t('resultsCountOne') : t('resultsCountMany', { count: faq.hits.length });
}

export function FaqTab({ lang, settings, client }: FaqTabProps) {
  const t = useMemo(() => createTranslator(faqStrings, lang), [lang]);
  const id = useId();
  const faq = useFaq(client, { lang, platform: settings.platform });

  return (
    <div class="faq-tab">
      <p class="muted faq-intro">{t('intro')}</p>
      <form role="search" class="field" onSubmit={(event) => event.preventDefault()}>
        <label for={`${id}-search`}>{t('searchLabel')}</label>
        <input
          id={`${id}-search`}
          data-testid="faq-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={faq.query}
          aria-describedby={`${id}-hint`}
          onInput={(event) => faq.setQuery(event.currentTarget.value)}
        />
        <span id={`${id}-hint`} class="hint">
          {t('searchHint')}
        </span>
      </form>

      {faq.snapshot?.storage === 'memory' && (
        <p class="status status-warn" data-testid="faq-memory">
          {t('memory')}
        </p>
      )}

      <StatusLine message={countText(faq, t)} class="faq-count" testId="faq-count" />

      {!faq.snapshot ? (
        <p class="muted">{t('loading')}</p>
      ) : faq.searching ? (
        <FaqResults faq={faq} t={t} lang={lang} idPrefix={id} />
      ) : (
        <FaqParts faq={faq} t={t} lang={lang} idPrefix={id} />
      )}

      <FaqFooter
        lang={lang}
        t={t}
        snapshot={faq.snapshot}
        source={settings.faqUrl}
        refreshing={faq.refreshing}
        outcome={faq.outcome}
        onRefresh={() => void faq.refresh()}
        onOpenOptions={() => void client.openOptions()}
      />
    </div>
  );
}

/** The hits of the search, best first, both parts together (each hit says its part). */
function FaqResults({ faq, t, lang, idPrefix }: FaqListProps) {
  return (
    <section aria-labelledby={`${idPrefix}-results-title`}>
      <h2 id={`${idPrefix}-results-title`} class="visually-hidden">
        {t('resultsHeading')}
      </h2>
      <ul class="faq-list" data-testid="faq-results">
        {faq.hits.map((hit) => {
          const entry = faq.byId.get(hit.id);
          return entry ? (
            <FaqItem
              key={hit.id}
              entry={entry}
              lang={lang}
              hit={hit}
              open={faq.openId === hit.id}
              idPrefix={idPrefix}
              t={t}
              onToggle={() => faq.toggle(hit.id)}
            />
          ) : null;
        })}
      </ul>
    </section>
  );
}
