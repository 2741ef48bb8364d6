import type { FaqEntry } from '@/lib/faq/schema';
import type { FaqMeta } from '@/lib/faq/store';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';

/** The FAQ as the popup has it: read from IndexedDB (or the bundled copy when IndexedDB fails). */
export interface FaqSnapshot {
  /**
   * In FAQ order: today's answers, then the 2020 FAQ (or the remote FAQ that replaced it, see
   * `withTodayPart` in lib/faq/era.ts). The tab builds its search index in the UI language.
   */
  entries: FaqEntry[];
  /** Where the entries come from (bundled copy or network) and when they were written. */
  meta: FaqMeta;
  /**
   * 'indexeddb': the local cache. 'memory': IndexedDB could not be used (private window, blocked or
   * failed database): the bundled copy, which cannot be updated from here.
   */
  storage: 'indexeddb' | 'memory';
}

/**
 * Everything the FAQ tab asks of the extension. The real one (entrypoints/popup/faq-client.ts) reads
 * IndexedDB only (no network in the popup) and asks the background to refresh; tests pass a mock.
 */
export interface FaqClient {
  /** Reads the cache (seeding the bundled copy if it is empty or unreadable). Never rejects. */
  load(): Promise<FaqSnapshot>;
  /** Asks the background to refresh the cache from the FAQ source; never rejects. */
  refresh(): Promise<FaqRefreshResponse>;
  /** Opens the options page (where the FAQ source address is set). */
  openOptions(): Promise<void>;
}
