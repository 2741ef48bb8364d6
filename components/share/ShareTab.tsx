import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, type Lang, type Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import {
  addressOf,
  copyableIds,
  hostExplanation,
  hostToRemember,
  shareIdsFromText,
  shareReason,
  type ShareItem,
} from '@/lib/share/share';
import type { ShareHistoryEntry } from '@/lib/share/history';
import type { ShareClient } from './client';
import { shareStrings } from './strings';
import './share.css';
import { LinkConverter } from '../links/LinkConverter';
import { useAnnouncement } from '../ui/announce';

/** The popup tab "Partager": addresses in, federated share IDs out (one result per address). */
export interface ShareTabProps {
  lang: Lang;
  settings: Settings;
  client: ShareClient;
}

type Key = keyof (typeof shareStrings)['fr'];
type Dict = Readonly<Record<string, string>>;

const without = (record: Dict, key: string): Record<string, string> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

export function ShareTab({ lang, settings, client }: ShareTabProps) {
  const t = useMemo(() => createTranslator(shareStrings, lang), [lang]);
  const [text, setText] = useState('');
  const [remembered, setRemembered] = useState<Dict>(settings.rememberedHosts);
  /** Hosts applied for this session only ("Utiliser"), per address. */
  const [overrides, setOverrides] = useState<Dict>({});
  /** What is typed in each address's host field. */
  const [drafts, setDrafts] = useState<Dict>({});
  const [status, setStatus] = useAnnouncement();
  const [history, setHistory] = useState<ShareHistoryEntry[]>([]);
  const [focusCopyOf, setFocusCopyOf] = useState<string | undefined>();
  const resultsRef = useRef<HTMLUListElement>(null);
  const historyTitleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => setRemembered(settings.rememberedHosts), [settings.rememberedHosts]);
  useEffect(() => {
    let live = true;
    client.readHistory().then(
      (entries) => live && setHistory(entries),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  const items = useMemo(
    () =>
      text.trim() === ''
        ? []
        : shareIdsFromText(text, {
            platform: settings.platform,
            rememberedHosts: remembered,
            hostOverrides: overrides,
          }),
    [text, settings.platform, remembered, overrides],
  );
  const ids = copyableIds(items);

  // After "Mémoriser", the host form is replaced by the ID: move the focus to its copy button.
  useEffect(() => {
    if (focusCopyOf === undefined) return;
    const button = [
      ...(resultsRef.current?.querySelectorAll<HTMLButtonElement>('button[data-copy]') ?? []),
    ].find((b) => b.dataset.copy === focusCopyOf);
    button?.focus();
    setFocusCopyOf(undefined);
  }, [focusCopyOf, items]);

  async function copy(entries: { id: string; address?: string }[]) {
    const ok = await client.copy(entries.map((e) => e.id).join('\n')).catch(() => false);
    if (!ok) {
      setStatus(t('copyFailed'));
      return;
    }
    setStatus(
      entries.length === 1
        ? t('copied', { text: entries[0]?.id ?? '' })
        : t('copiedMany', { count: entries.length }),
    );
    setHistory(await client.addToHistory(entries).catch(() => history));
  }

  const entryOf = (item: Exclude<ShareItem, { kind: 'error' }>) => {
    const address = addressOf(item);
    return address === undefined ? { id: item.id } : { id: item.id, address };
  };

  function useHost(address: string) {
    setOverrides({ ...overrides, [address]: drafts[address] ?? '' });
  }

  async function rememberHost(address: string, input: string) {
    const host = hostToRemember(input);
    if (host === undefined) {
      // Show why in the result (invalid-host) and say that nothing was stored.
      setOverrides({ ...overrides, [address]: input });
      setStatus(t('rememberFailed', { host: input.trim() }));
      return;
    }
    try {
      setRemembered(await client.rememberHost(address, host));
    } catch {
      setStatus(t('rememberFailed', { host: input.trim() }));
      return;
    }
    setOverrides(without(overrides, address));
    setDrafts(without(drafts, address));
    setStatus(t('remembered', { host, address }));
    setFocusCopyOf(address);
  }

  async function forgetHost(address: string) {
    setRemembered(await client.forgetHost(address).catch(() => remembered));
    setStatus(t('forgotten', { address }));
  }

  async function clearHistory() {
    await client.clearHistory().catch(() => undefined);
    setHistory([]);
    setStatus(t('historyCleared'));
    historyTitleRef.current?.focus();
  }

  return (
    <div class="share-tab">
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
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <span id="share-input-hint" class="hint">
          {t('inputHint')}
          {settings.platform === 'national' ? ` ${t('platformNational')}` : ''}
        </span>
      </div>

      <ul class="share-results" data-testid="share-results" aria-label={t('results')} ref={resultsRef}>
        {items.map((item, index) => (
          <ResultItem
            // Stable across error → ID (a host was given), so that the host form keeps the focus.
            key={item.kind === 'cloud-id' ? `cloud:${item.id}` : (item.address ?? `#${index}`)}
            item={item}
            index={index}
            lang={lang}
            t={t}
            remembered={remembered}
            draft={drafts[addressOf(item) ?? ''] ?? ''}
            onDraft={(address, value) => setDrafts({ ...drafts, [address]: value })}
            onCopy={(i) => void copy([entryOf(i)])}
            onUseHost={useHost}
            onRememberHost={(address, host) => void rememberHost(address, host)}
            onForgetHost={(address) => void forgetHost(address)}
          />
        ))}
      </ul>

      {ids.length > 0 && (
        <p class="share-copy-all">
          <button
            type="button"
            class="btn"
            onClick={() => void copy(items.flatMap((i) => (i.kind === 'error' ? [] : [entryOf(i)])))}
          >
            {t('copyAll')}
            <span class="visually-hidden"> {t('copyAllSuffix', { count: ids.length })}</span>
          </button>
        </p>
      )}

      <p class="share-status" role="status" aria-live="polite" data-testid="share-status">
        {status}
      </p>

      <section class="share-history" aria-labelledby="share-history-title">
        <h2 id="share-history-title" tabIndex={-1} ref={historyTitleRef}>
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
                  <CopyButton t={t} id={entry.id} onClick={() => void copy([entry])} />
                </li>
              ))}
            </ul>
            <button type="button" class="btn btn-danger" onClick={() => void clearHistory()}>
              {t('clearHistory')}
            </button>
          </>
        )}
      </section>

      <LinkConverter lang={lang} client={client} />
    </div>
  );
}

function CopyButton({
  t,
  id,
  address,
  onClick,
}: {
  t: Translate<Key>;
  id: string;
  address?: string;
  onClick(): void;
}) {
  return (
    <button type="button" class="btn btn-secondary share-copy" data-copy={address} onClick={onClick}>
      {t('copy')}
      <span class="visually-hidden"> {t('copySuffix', { id })}</span>
    </button>
  );
}

interface ResultItemProps {
  item: ShareItem;
  index: number;
  lang: Lang;
  t: Translate<Key>;
  remembered: Dict;
  draft: string;
  onDraft(address: string, value: string): void;
  onCopy(item: Exclude<ShareItem, { kind: 'error' }>): void;
  onUseHost(address: string): void;
  onRememberHost(address: string, host: string): void;
  onForgetHost(address: string): void;
}

function ResultItem(props: ResultItemProps) {
  const { item, lang, t } = props;
  let body: ComponentChildren;
  let address: string | undefined;
  let hostForm = false;
  if (item.kind === 'id') {
    address = item.address;
    hostForm = item.hostSource === 'given';
    body = (
      <>
        <p class="share-address">{item.address}</p>
        <p class="share-id">
          <code>{item.id}</code>
          <CopyButton t={t} id={item.id} address={item.address} onClick={() => props.onCopy(item)} />
        </p>
        <p class="muted share-why">{hostExplanation(item, lang)}</p>
        {item.hostSource === 'remembered' && (
          <button type="button" class="btn btn-secondary" onClick={() => props.onForgetHost(item.address)}>
            {t('forgetHost')}
            <span class="visually-hidden"> {t('forAddress', { address: item.address })}</span>
          </button>
        )}
      </>
    );
  } else if (item.kind === 'cloud-id') {
    body = (
      <>
        <p class="share-address">{t('cloudIdTitle')}</p>
        <p class="share-id">
          <code>{item.id}</code>
          <CopyButton t={t} id={item.id} address={item.user} onClick={() => props.onCopy(item)} />
        </p>
        <p class="muted share-why">
          {t('cloudIdUser', { user: item.user })}
          <br />
          {hostExplanation(item, lang)}
        </p>
        {!item.staff && <p class="status status-warn">{t('cloudIdNotStaff', { user: item.user })}</p>}
        {item.staff && props.remembered[item.user] !== item.host && (
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => props.onRememberHost(item.user, item.host)}
          >
            {t('rememberCloudIdHost', { user: item.user })}
          </button>
        )}
      </>
    );
  } else {
    address = item.address;
    hostForm = address !== undefined && (item.code === 'no-host' || item.code === 'invalid-host');
    const reason = lang === 'fr' ? item.message : capitalise(shareReason(item, lang));
    body = (
      <>
        {item.address !== undefined && <p class="share-address">{item.address}</p>}
        <p class="status status-error share-reason">{reason}</p>
      </>
    );
  }
  return (
    <li class={`card share-result share-${item.kind}`} data-kind={item.kind}>
      <div>{body}</div>
      {hostForm && address !== undefined && <HostForm {...props} address={address} />}
    </li>
  );
}

function HostForm({
  t,
  index,
  address,
  draft,
  onDraft,
  onUseHost,
  onRememberHost,
}: ResultItemProps & { address: string }) {
  const inputId = `share-host-${index}`;
  return (
    <form
      class="share-host"
      onSubmit={(event) => {
        event.preventDefault();
        onUseHost(address);
      }}
    >
      <div class="field">
        <label for={inputId}>
          {t('hostLabel')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${inputId}-hint`}
          value={draft}
          onInput={(e) => onDraft(address, e.currentTarget.value)}
        />
        <span id={`${inputId}-hint`} class="hint">
          {t('hostHint')}
        </span>
      </div>
      <div class="share-actions">
        <button type="submit" class="btn btn-secondary">
          {t('useHost')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </button>
        <button type="button" class="btn" onClick={() => onRememberHost(address, draft)}>
          {t('rememberHost')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </button>
      </div>
    </form>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
