import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import {
  addressOf,
  copyableIds,
  countPastedLines,
  hostToRemember,
  shareIdsFromText,
  type IdBookLookup,
  type ShareItem,
} from '@/lib/share/share';
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

/** One result per address (or Cloud ID) of the typed text; none while it is blank. */
function itemsOf(
  text: string,
  platform: Settings['platform'],
  remembered: Dict,
  overrides: Dict,
  book: IdBookLookup | undefined,
) {
  if (text.trim() === '') return [];
  return shareIdsFromText(text, {
    platform,
    rememberedHosts: remembered,
    hostOverrides: overrides,
    ...(book ? { book } : {}),
  });
}

/** The colleagues' hosts: remembered (settings), applied for this session, being typed. */
function useHosts(settings: Settings) {
  const [remembered, setRemembered] = useState<Dict>(settings.rememberedHosts);
  /** Hosts applied for this session only ("Utiliser"), per address. */
  const [overrides, setOverrides] = useState<Dict>({});
  /** What is typed in each address's host field. */
  const [drafts, setDrafts] = useState<Dict>({});
  useEffect(() => setRemembered(settings.rememberedHosts), [settings.rememberedHosts]);
  return { remembered, setRemembered, overrides, setOverrides, drafts, setDrafts };
}

/** The share history, read once from the client (a late answer after unmounting is dropped). */
function useHistory(client: ShareClient) {
  const [history, setHistory] = useState<ShareHistoryEntry[]>([]);
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
  return [history, setHistory] as const;
}

/**
 * After "Mémoriser", the host form is replaced by the ID: `focusCopyOf(address)` moves the focus to
 * its copy button (`data-copy`) in the results list, once the new items are rendered.
 */
function useFocusCopyButton(items: readonly ShareItem[]) {
  const [focusCopyOf, setFocusCopyOf] = useState<string | undefined>();
  const resultsRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusCopyOf === undefined) return;
    const button = [
      ...(resultsRef.current?.querySelectorAll<HTMLButtonElement>('button[data-copy]') ?? []),
    ].find((b) => b.dataset.copy === focusCopyOf);
    button?.focus();
    setFocusCopyOf(undefined);
  }, [focusCopyOf, items]);
  return [resultsRef, setFocusCopyOf] as const;
}

/**
 * The state of the "Partager" tab: the typed text and its results, the hosts remembered, given for this
 * session or being typed, the history, and the status line; the actions say what they did in `status`.
 */
export function useShareSession(
  t: ShareTranslate,
  settings: Settings,
  client: ShareClient,
  book?: IdBookLookup,
  initialText = '',
  announcement?: readonly [string, (message: string) => void],
) {
  const [text, setText] = useState(initialText);
  const { remembered, setRemembered, overrides, setOverrides, drafts, setDrafts } = useHosts(settings);
  const own = useAnnouncement();
  // One status line for the whole tab: the tab may share its own with other parts (the book, my ID).
  const [status, setStatus] = announcement ?? own;
  const [history, setHistory] = useHistory(client);
  const historyTitleRef = useRef<HTMLHeadingElement>(null);

  const items = useMemo(
    () => itemsOf(text, settings.platform, remembered, overrides, book),
    [text, settings.platform, remembered, overrides, book],
  );
  const [resultsRef, setFocusCopyOf] = useFocusCopyButton(items);

  /** Copies IDs and records them; false when the clipboard refused (the copy buttons then say nothing). */
  async function copy(entries: Entry[]): Promise<boolean> {
    const ok = await client.copy(entries.map((e) => e.id).join('\n')).catch(() => false);
    if (!ok) {
      setStatus(t('copyFailed'));
      return false;
    }
    setStatus(
      entries.length === 1
        ? t('copied', { text: entries[0]?.id ?? '' })
        : t('copiedMany', { count: entries.length }),
    );
    setHistory(await client.addToHistory(entries).catch(() => history));
    return true;
  }

  /** Copies something that is not a share ID (an address): not recorded in the history. */
  async function copyText(value: string): Promise<boolean> {
    const ok = await client.copy(value).catch(() => false);
    setStatus(ok ? t('copied', { text: value }) : t('copyFailed'));
    return ok;
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

  /** Removes one entry; the focus goes to the history's title (the entry's button is gone). */
  async function removeFromHistory(id: string) {
    setHistory(await client.removeFromHistory(id).catch(() => history));
    setStatus(t('historyRemoved', { id }));
    historyTitleRef.current?.focus();
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
    counts: countPastedLines(text),
    remembered,
    drafts,
    setDraft: (address: string, value: string) => setDrafts({ ...drafts, [address]: value }),
    status,
    setStatus,
    copyText,
    history,
    resultsRef,
    historyTitleRef,
    copy,
    applyHost,
    rememberHost,
    forgetHost,
    clearHistory,
    removeFromHistory,
  };
}
