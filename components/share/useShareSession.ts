import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { addressOf, copyableIds, hostToRemember, shareIdsFromText, type ShareItem } from '@/lib/share/share';
import type { ShareHistoryEntry } from '@/lib/share/history';
import { useAnnouncement } from '@/components/ui/announce';
import type { ShareClient } from './client';
import type { shareStrings } from './strings';

export type ShareKey = keyof (typeof shareStrings)['fr'];
export type ShareTranslate = Translate<ShareKey>;
type Dict = Readonly<Record<string, string>>;
type Entry = { id: string; address?: string };

const without = (record: Dict, key: string): Record<string, string> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

/** What one copy puts in the history: the ID, and the address it was built from. */
export const entryOf = (item: Exclude<ShareItem, { kind: 'error' }>): Entry => {
  const address = addressOf(item);
  return address === undefined ? { id: item.id } : { id: item.id, address };
};

/**
 * The state of the "Partager" tab: the typed text and its results, the hosts remembered, given for this
 * session or being typed, the history, and the status line; the actions say what they did in `status`.
 */
export function useShareSession(t: ShareTranslate, settings: Settings, client: ShareClient) {
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

  // After "Mémoriser", the host form is replaced by the ID: move the focus to its copy button.
  useEffect(() => {
    if (focusCopyOf === undefined) return;
    const button = [
      ...(resultsRef.current?.querySelectorAll<HTMLButtonElement>('button[data-copy]') ?? []),
    ].find((b) => b.dataset.copy === focusCopyOf);
    button?.focus();
    setFocusCopyOf(undefined);
  }, [focusCopyOf, items]);

  async function copy(entries: Entry[]) {
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

  function applyHost(address: string) {
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

  return {
    text,
    setText,
    items,
    ids: copyableIds(items),
    remembered,
    drafts,
    setDraft: (address: string, value: string) => setDrafts({ ...drafts, [address]: value }),
    status,
    history,
    resultsRef,
    historyTitleRef,
    copy,
    applyHost,
    rememberHost,
    forgetHost,
    clearHistory,
  };
}
