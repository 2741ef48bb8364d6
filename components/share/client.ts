import type { IdBook, IdBookAddResult, IdBookCandidate } from '@/lib/share/book';
import type { ShareHistoryEntry } from '@/lib/share/history';
import type { IdStoreState, SaveMyIdResult } from '@/lib/share/id-store';

/**
 * What the tab knows of federation IDs: the book, my own ID, and whether they may be stored at all
 * (`allowed` false: the administrator's policy switched the book off, a shared computer).
 */
export type IdState = IdStoreState;
export type { SaveMyIdResult };

/**
 * Everything the "Partager" tab asks of the extension. The real one (entrypoints/popup/share-client.ts)
 * uses the popup's own clipboard and storage.local; tests pass a mock.
 */
export interface ShareClient {
  /** Writes `text` to the clipboard (called from a click, a user gesture); false when it failed. */
  copy(text: string): Promise<boolean>;
  /** Remembers a colleague's Nextcloud host (a setting); returns the remembered hosts as stored. */
  rememberHost(address: string, host: string): Promise<Record<string, string>>;
  /** Forgets it; returns the remembered hosts as stored. */
  forgetHost(address: string): Promise<Record<string, string>>;
  /** The last shared IDs, newest first. */
  readHistory(): Promise<ShareHistoryEntry[]>;
  /** Records copied IDs; returns the new history. */
  addToHistory(entries: readonly { id: string; address?: string }[]): Promise<ShareHistoryEntry[]>;
  clearHistory(): Promise<void>;
  /** Removes one copied ID from the history; returns the new history. */
  removeFromHistory(id: string): Promise<ShareHistoryEntry[]>;
  /** The book, my ID, and whether the policy allows storing them. */
  readIds(): Promise<IdState>;
  /** Adds to the book (`replace`: the user confirmed a conflict); nothing stored when refused. */
  addToBook(
    candidate: IdBookCandidate,
    options?: { replace?: boolean },
  ): Promise<IdBookAddResult | { ok: false; code: 'disabled' }>;
  /** Edits an entry's address and name. */
  editBookEntry(
    id: string,
    patch: { address?: string; name?: string },
    options?: { replace?: boolean },
  ): Promise<IdBookAddResult | { ok: false; code: 'disabled' }>;
  removeFromBook(id: string): Promise<IdBook>;
  clearBook(): Promise<IdBook>;
  /** Stores my federation ID, pasted by hand. */
  saveMyId(input: string): Promise<SaveMyIdResult>;
  forgetMyId(): Promise<void>;
  /** Calls back when the book or my ID change elsewhere (a capture, the options page); returns an unsubscribe. */
  onIdsChanged(callback: () => void): () => void;
}
