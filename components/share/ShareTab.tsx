import { useMemo } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { addressOf, copyableIds, type PastedLineCounts, type ShareItem } from '@/lib/share/share';
import type { ShareHistoryEntry } from '@/lib/share/history';
import { useAnnouncement } from '@/components/ui/announce';
import { StatusLine } from '@/components/ui/StatusLine';
import { addressesFromShareTabUrl } from '@/lib/share/share-tab-url';
import { IdBookList } from './IdBookList';
import { MyIdCard } from './MyIdCard';
import { useIds } from './useIds';
import type { ShareClient } from './client';
import { BreakableId, CopyButton } from './Copy';
import { ResultItem } from './ResultItem';
import { formatWhen } from './when';
import { shareStrings } from './strings';
import { entryOf, useShareSession, type ShareTranslate } from './useShareSession';
import './share.css';
import { LinkConverter } from '@/components/links/LinkConverter';

/** The popup tab "Partager": addresses in, federated share IDs out (one result per address). */
export interface ShareTabProps {
  lang: Lang;
  settings: Settings;
  client: ShareClient;
  /** The popup's URL query (`?to=…`, the context menu's offer): its addresses fill the field. */
  search?: string;
}

export function ShareTab({ lang, settings, client, search = '' }: ShareTabProps) {
  const t = useMemo(() => createTranslator(shareStrings, lang), [lang]);
  const initialText = useMemo(() => addressesFromShareTabUrl(search), [search]);
  const announcement = useAnnouncement();
  const idsState = useIds(client, t, lang, announcement[1]);
  const national = settings.platform === 'national';
  const session = useShareSession(
    t,
    settings,
    client,
    national ? idsState.lookup : undefined,
    initialText,
    announcement,
  );
  const { items, ids, drafts } = session;
  const copyId = (id: string) => session.copy([{ id }]);

  return (
    <div class="share-tab">
      <MyIdCard t={t} lang={lang} ids={idsState} onCopy={copyId} />
      <p class="muted share-intro">{t('intro')}</p>
      <div class="field">
        <label for="share-input">{t('inputLabel')}</label>
        <textarea
          id="share-input"
          data-testid="share-input"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="share-input-hint"
          value={session.text}
          onInput={(e) => session.setText(e.currentTarget.value)}
        />
        <span id="share-input-hint" class="hint">
          {t('inputHint')}
          {settings.platform === 'national' ? ` ${t('platformNational')}` : ''}
        </span>
      </div>

      {items.length > 0 && (
        <div class="share-summary-bar">
          <p class="share-summary" data-testid="share-summary">
            {summaryOf(items, session.counts, t, lang)}
          </p>
          {ids.length > 0 && (
            <CopyButton
              t={t}
              class="share-copy-all"
              label={t('copyAll')}
              suffix={t('copyAllSuffix', { count: ids.length })}
              onClick={() => session.copy(items.flatMap((i) => (i.kind === 'error' ? [] : [entryOf(i)])))}
            />
          )}
        </div>
      )}

      <ul
        class="share-results"
        data-testid="share-results"
        aria-label={t('results')}
        ref={session.resultsRef}
      >
        {items.map((item, index) => (
          <ResultItem
            // Stable across error → ID (a host was given), so that the host form keeps the focus.
            key={item.kind === 'cloud-id' ? `cloud:${item.id}` : (item.address ?? `#${index}`)}
            item={item}
            index={index}
            lang={lang}
            t={t}
            remembered={session.remembered}
            draft={drafts[addressOf(item) ?? ''] ?? ''}
            onDraft={session.setDraft}
            onCopy={(i) => session.copy([entryOf(i)])}
            onUseHost={session.applyHost}
            onRememberHost={(address, host) => void session.rememberHost(address, host)}
            onForgetHost={(address) => void session.forgetHost(address)}
            ids={idsState}
            national={national}
            onCopyAddress={(address) => void session.copyText(address)}
          />
        ))}
      </ul>

      <IdBookList
        t={t}
        lang={lang}
        ids={idsState}
        onCopy={(entry) =>
          session.copy([entry.address ? { id: entry.id, address: entry.address } : { id: entry.id }])
        }
      />

      <ShareHistory
        t={t}
        history={session.history}
        titleRef={session.historyTitleRef}
        lang={lang}
        onCopy={(entry) => session.copy([entry])}
        onRemove={(entry) => void session.removeFromHistory(entry.id)}
        onClear={() => void session.clearHistory()}
      />

      <LinkConverter lang={lang} client={client} />

      {/* Last, and sticky at the bottom: what a copy did stays in view wherever the button was. */}
      <StatusLine
        message={session.status}
        class="status status-ok share-status"
        reserve
        testId="share-status"
      />
    </div>
  );
}

/** « 7 identifiants prêts · 2 adresses refusées · 1 ligne sans adresse · 1 doublon ignoré ». */
function summaryOf(items: readonly ShareItem[], counts: PastedLineCounts, t: ShareTranslate, lang: Lang) {
  const ready = copyableIds(items).length;
  let toComplete = 0;
  let refused = 0;
  for (const item of items) {
    if (item.kind !== 'error' || item.address === undefined) continue;
    if (item.code === 'unknown-id' || item.code === 'no-host') toComplete++;
    else refused++;
  }
  // French says « 0 identifiant prêt », « 1 ligne » (singular below 2); English only for 1.
  const count = (key: SummaryKey, n: number) =>
    t(`summary.${key}.${(lang === 'fr' ? n < 2 : n === 1) ? 'one' : 'other'}`, { count: n });
  const parts = [count('ready', ready)];
  if (toComplete > 0) parts.push(count('toComplete', toComplete));
  if (refused > 0) parts.push(count('refused', refused));
  if (counts.withoutAddress > 0) parts.push(count('noAddress', counts.withoutAddress));
  if (counts.duplicates > 0) parts.push(count('duplicates', counts.duplicates));
  return parts.join(' · ');
}

type SummaryKey = 'ready' | 'toComplete' | 'refused' | 'noAddress' | 'duplicates';

interface ShareHistoryProps {
  t: ShareTranslate;
  lang: Lang;
  history: readonly ShareHistoryEntry[];
  titleRef: { current: HTMLHeadingElement | null };
  onCopy(entry: ShareHistoryEntry): Promise<boolean>;
  onRemove(entry: ShareHistoryEntry): void;
  onClear(): void;
}

/** « Identifiants copiés récemment »: who, when, copy again or remove each; and "clear". */
function ShareHistory({ t, lang, history, titleRef, onCopy, onRemove, onClear }: ShareHistoryProps) {
  const now = Date.now();
  return (
    <section class="share-history" aria-labelledby="share-history-title">
      <h2 id="share-history-title" tabIndex={-1} ref={titleRef}>
        {t('historyTitle')}
      </h2>
      {history.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <>
          <ul class="share-history-list" data-testid="share-history">
            {history.map((entry) => (
              <li key={entry.id}>
                <div class="share-main">
                  <p class="share-history-who">
                    <span class="share-address">{entry.address ?? t('historyNoAddress')}</span>
                    {' · '}
                    <time class="muted" dateTime={new Date(entry.at).toISOString()}>
                      {formatWhen(entry.at, now, lang)}
                    </time>
                  </p>
                  <BreakableId id={entry.id} />
                </div>
                <div class="share-actions">
                  <CopyButton t={t} id={entry.id} onClick={() => onCopy(entry)} />
                  <button type="button" class="btn btn-secondary" onClick={() => onRemove(entry)}>
                    {t('historyRemove')}
                    <span class="visually-hidden"> {t('forEntry', { id: entry.id })}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button type="button" class="btn btn-danger" onClick={onClear}>
            {t('clearHistory')}
          </button>
        </>
      )}
    </section>
  );
}
