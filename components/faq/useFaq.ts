import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type FaqPlatform, faqParts, localizeFaq, preferredEra } from '@/lib/faq/era';
import type { FaqEntry } from '@/lib/faq/schema';
import { loadCachedFaqIndex } from '@/lib/faq/index-cache';
import { createFaqIndex, type FaqIndex } from '@/lib/faq/search';
import type { Lang } from '@/lib/i18n';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import type { FaqClient, FaqSnapshot } from './client';
import type { FaqTranslate } from './FaqItem';

/** Light debounce: every keystroke would re-rank the whole FAQ for nothing. */
export const FAQ_SEARCH_DEBOUNCE_MS = 120;
const MAX_HITS = 10;

export interface FaqSectionGroup {
  title: string;
  entries: FaqEntry[];
}

/** Sections in FAQ order, each with its entries in order. */
function bySection(entries: readonly FaqEntry[]): FaqSectionGroup[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.section);
    if (group) group.push(entry);
    else groups.set(entry.section, [entry]);
  }
  return [...groups].map(([title, list]) => ({ title, entries: list }));
}

export interface UseFaqOptions {
  lang: Lang;
  /** The platform in force (from the settings in force): which part ranks first. */
  platform: FaqPlatform;
}

/**
 * The search index of `entries`: from the IndexedDB cache of lib/faq/index-cache.ts (built and saved
 * there when missing or stale), or built here when IndexedDB is not available. Null while loading.
 */
function useFaqIndex(entries: readonly FaqEntry[]): FaqIndex | null {
  const cacheable = entries.length > 0 && (globalThis as { indexedDB?: IDBFactory }).indexedDB !== undefined;
  const built = useMemo(() => (cacheable ? null : createFaqIndex(entries)), [entries, cacheable]);
  const [loaded, setLoaded] = useState<{ entries: readonly FaqEntry[]; index: FaqIndex } | null>(null);
  useEffect(() => {
    if (!cacheable) return;
    let live = true;
    void loadCachedFaqIndex(entries).then(({ index }) => live && setLoaded({ entries, index }));
    return () => {
      live = false;
    };
  }, [entries, cacheable]);
  return built ?? (loaded?.entries === entries ? loaded.index : null);
}

/**
 * The state of the FAQ tab: the loaded snapshot, the query (searched after a short pause), its hits,
 * the open question, and the last "Mettre à jour" outcome. A late answer after unmounting is dropped.
 * Entries are shown (and searched) in the UI language where they have it.
 */
export function useFaq(client: FaqClient, { lang, platform }: UseFaqOptions) {
  const [snapshot, setSnapshot] = useState<FaqSnapshot | null>(null);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<FaqRefreshResponse | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    client.load().then(
      (loaded) => live.current && setSnapshot(loaded),
      () => undefined,
    );
    return () => {
      live.current = false;
    };
  }, [client]);

  useEffect(() => {
    if (query.trim() === '') {
      setSearched('');
      return;
    }
    const timer = setTimeout(() => setSearched(query), FAQ_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const entries = useMemo(() => localizeFaq(snapshot?.entries ?? [], lang), [snapshot, lang]);
  const index = useFaqIndex(entries);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const parts = useMemo(() => {
    const { today, past } = faqParts(entries);
    return { today: bySection(today), past: bySection(past) };
  }, [entries]);
  const prefer = preferredEra(platform);
  const hits = useMemo(
    () =>
      snapshot && index && searched.trim() !== '' ? index.search(searched, { limit: MAX_HITS, prefer }) : [],
    [snapshot, index, searched, prefer],
  );
  const toggle = (entryId: string) => setOpenId((current) => (current === entryId ? null : entryId));

  const refresh = async () => {
    if (refreshing) return;
    setRefreshing(true);
    setOutcome(null);
    try {
      const result = await client.refresh();
      const reloaded = await client.load();
      if (!live.current) return;
      setSnapshot(reloaded);
      setOutcome(result);
    } finally {
      if (live.current) setRefreshing(false);
    }
  };

  return {
    snapshot,
    query,
    setQuery,
    /** The query being shown (debounced), untrimmed. */
    searched,
    searching: searched.trim() !== '',
    /** Whether the search index is loaded (until then `hits` is empty but means nothing). */
    ready: index !== null,
    hits,
    /** Entries by id, in the UI language. */
    byId,
    /** Today's part and the 2020 part, each by section. */
    parts,
    openId,
    toggle,
    refreshing,
    outcome,
    refresh,
  };
}

export type Faq = ReturnType<typeof useFaq>;

/** What the tab's lists receive. */
export interface FaqListProps {
  faq: Faq;
  t: FaqTranslate;
  lang: Lang;
  idPrefix: string;
}
