import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import type { ManagedSetting } from '@/lib/settings/policy';
import type { PageState } from '@/lib/settings/reader';
import { isValidSettingValue } from '@/lib/settings/settings';
import { useAnnouncement } from '@/components/ui/announce';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { StatusKind } from '@/components/ui/StatusLine';
import { UrlField } from '@/components/ui/UrlField';
import type { OptionsClient } from '../client';
import { ManagedBadge } from '../ManagedBadge';
import type { OptionsTranslate } from '../strings';

export interface SourcesSectionProps {
  t: OptionsTranslate;
  lang: Lang;
  state: PageState;
  locked: ReadonlySet<ManagedSetting>;
  client: OptionsClient;
  /** Inside the « Avancé » group: 3. */
  level?: 2 | 3;
}

const isHttpsUrl = (value: string) => isValidSettingValue('catalogueUrl', value);

/** Which catalogue is in use, in words, and whether that is a warning. */
function sourceLine(t: OptionsTranslate, lang: Lang, source: PageState['source']) {
  if (source.kind === 'bundled') return { text: t('catalogue.bundled'), kind: 'ok' as StatusKind };
  // No good copy was ever received: never claim a « dernière version valide » that does not exist.
  if (source.kind === 'fallback' && source.error) {
    return { text: t('catalogue.errorNoCopy', { url: source.url }), kind: 'warn' as StatusKind };
  }
  if (source.error) return { text: t(`catalogue.error.${source.error}`), kind: 'warn' as StatusKind };
  if (source.kind === 'remote' && source.fetchedAt !== undefined) {
    const date = new Date(source.fetchedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR');
    return { text: t('catalogue.remote', { date }), kind: 'ok' as StatusKind };
  }
  return { text: t('catalogue.fallback'), kind: 'ok' as StatusKind };
}

/** The remote catalogue and FAQ addresses, and which catalogue is in use. */
export function SourcesSection({ t, lang, state, locked, client, level = 2 }: SourcesSectionProps) {
  const [status, setStatus] = useAnnouncement();
  const [busy, setBusy] = useState(false);
  const url = state.settings.catalogueUrl;
  const source = sourceLine(t, lang, state.source);

  const refresh = async (target: string | undefined) => {
    if (!target) return;
    setBusy(true);
    try {
      await client.refreshCatalogue(target);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('sources.heading')} class="options-section" level={level}>
      <p class="muted">{t('sources.intro')}</p>
      <UrlField
        label={t('catalogue.label')}
        hint={t('catalogue.hint')}
        saveLabel={t('catalogue.save')}
        testId="catalogue-url"
        value={url}
        locked={locked.has('catalogueUrl')}
        badge={<ManagedBadge t={t} />}
        isValid={isHttpsUrl}
        invalidMessage={t('catalogue.invalidUrl')}
        onSave={async (catalogueUrl) => {
          await client.updateSettings({ catalogueUrl });
          setStatus(t('saved'));
          await refresh(catalogueUrl);
        }}
      >
        {url && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => void refresh(url)}>
            {t('catalogue.refresh')}
          </button>
        )}
      </UrlField>
      <StatusLine message={source.text} kind={source.kind} testId="catalogue-source" />
      <UrlField
        label={t('faq.label')}
        hint={t('faq.hint')}
        saveLabel={t('faq.save')}
        testId="faq-url"
        value={state.settings.faqUrl}
        locked={locked.has('faqUrl')}
        badge={<ManagedBadge t={t} />}
        isValid={isHttpsUrl}
        invalidMessage={t('catalogue.invalidUrl')}
        onSave={async (faqUrl) => {
          await client.updateSettings({ faqUrl });
          setStatus(t('saved'));
        }}
      />
      <StatusLine message={status} />
    </Section>
  );
}
