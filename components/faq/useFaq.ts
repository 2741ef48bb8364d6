import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FaqEntry } from '@/lib/faq/schema';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import type { FaqClient, FaqSnapshot } from './client';

/** Light debounce: every keystroke would re-rank the whole FAQ for nothing. */
export const FAQ_SEARCH_DEBOUNCE_MS = 120;
const MAX_HITS = 10;

/** Sections in FAQ order, each with its entries in order. */
function bySection(entries: readonly FaqEntry[]): { title: string; entries: FaqEntry[] }[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.section);
    if (group) group.push(entry);
    else groups.set(entry.section, [entry]);
  }
  return [...groups].map(([title, list]) => ({ title, entries: list }));
}

/**
 * The state of the FAQ tab: the loaded snapshot, the query (searched after a short pause), its hits,
 * the open question, and the last "Mettre à jour" outcome. A late answer after unmounting is dropped.
 */
export function useFaq(client: FaqClient) {
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

  const byId = useMemo(() => new Map(snapshot?.entries.map((e) => [e.id, e]) ?? []), [snapshot]);
  const sections = useMemo(() => bySection(snapshot?.entries ?? []), [snapshot]);
  const hits = useMemo(
    () => (snapshot && searched.trim() !== '' ? snapshot.index.search(searched, { limit: MAX_HITS }) : []),
    [snapshot, searched],
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
    hits,
    byId,
    sections,
    openId,
    toggle,
    refreshing,
    outcome,
    refresh,
  };
}
