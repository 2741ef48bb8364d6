import { useMemo } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { addressOf } from '@/lib/share/share';
import type { ShareHistoryEntry } from '@/lib/share/history';
import { useAnnouncement } from '@/components/ui/announce';
import { StatusLine } from '@/components/ui/StatusLine';
import { addressesFromShareTabUrl } from '@/lib/share/share-tab-url';
import { IdBookList } from './IdBookList';
import { MyIdCard } from './MyIdCard';
import { useIds } from './useIds';
import type { ShareClient } from './client';
import { CopyButton, ResultItem } from './ResultItem';
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
  const copyId = (id: string) => void session.copy([{ id }]);

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
            onCopy={(i) => void session.copy([entryOf(i)])}
            onUseHost={session.applyHost}
            onRememberHost={(address, host) => void session.rememberHost(address, host)}
            onForgetHost={(address) => void session.forgetHost(address)}
            ids={idsState}
            national={national}
            onCopyAddress={(address) => void session.copyText(address)}
          />
        ))}
      </ul>

      {ids.length > 0 && (
        <p class="share-copy-all">
          <button
            type="button"
            class="btn"
            onClick={() => void session.copy(items.flatMap((i) => (i.kind === 'error' ? [] : [entryOf(i)])))}
          >
            {t('copyAll')}
            <span class="visually-hidden"> {t('copyAllSuffix', { count: ids.length })}</span>
          </button>
        </p>
      )}

      <StatusLine message={session.status} class="share-status" reserve testId="share-status" />

      <IdBookList
        t={t}
        lang={lang}
        ids={idsState}
        onCopy={(entry) =>
          void session.copy([entry.address ? { id: entry.id, address: entry.address } : { id: entry.id }])
        }
      />

      <ShareHistory
        t={t}
        history={session.history}
        titleRef={session.historyTitleRef}
        onCopy={(entry) => void session.copy([entry])}
        onClear={() => void session.clearHistory()}
      />

      <LinkConverter lang={lang} client={client} />
    </div>
  );
}

interface ShareHistoryProps {
  t: ShareTranslate;
  history: readonly ShareHistoryEntry[];
  titleRef: { current: HTMLHeadingElement | null };
  onCopy(entry: ShareHistoryEntry): void;
  onClear(): void;
}

/** The last shared IDs, each with its copy button, and "clear". */
function ShareHistory({ t, history, titleRef, onCopy, onClear }: ShareHistoryProps) {
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
                <code>{entry.id}</code>
                <CopyButton t={t} id={entry.id} onClick={() => onCopy(entry)} />
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
