import type { ShareHistoryEntry } from '@/lib/share/history';

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
}
