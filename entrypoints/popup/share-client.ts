import browser from 'webextension-polyfill';
import type { ShareClient } from '@/components/share/client';
import { copyWithTextarea } from '@/lib/clipboard';
import { updateSettings } from '@/lib/settings/settings';
import {
  addToShareHistory,
  clearShareHistory,
  readShareHistory,
  removeFromShareHistory,
} from '@/lib/share/history';
import { createIdStore } from '@/lib/share/id-store';
import { readSettingsInForce } from '@/lib/settings/reader';
import { ID_BOOK_KEY, MANAGED_CACHE_KEY, MY_FEDERATION_ID_KEY } from '@/lib/storage-keys';

/**
 * The "Partager" tab's client: the popup copies by itself (a click in the popup is a user gesture) and
 * reads and writes storage.local directly; the background is not involved.
 */
export function createShareClient(): ShareClient {
  const store = browser.storage.local;
  // The policy in force (cached in storage.local by the background and the popup's own sync).
  const allowed = async () => (await readSettingsInForce(store)).policy.disableIdBook !== true;
  const ids = createIdStore(store, allowed);
  return {
    copy: copyText,
    async rememberHost(address, host) {
      const saved = await updateSettings(store, (current) => ({
        rememberedHosts: { ...current.rememberedHosts, [address]: host },
      }));
      return saved.rememberedHosts;
    },
    async forgetHost(address) {
      const saved = await updateSettings(store, (current) => {
        const rememberedHosts = { ...current.rememberedHosts };
        delete rememberedHosts[address];
        return { rememberedHosts };
      });
      return saved.rememberedHosts;
    },
    readHistory: () => readShareHistory(store),
    addToHistory: (entries) => addToShareHistory(store, entries),
    clearHistory: () => clearShareHistory(store),
    removeFromHistory: (id) => removeFromShareHistory(store, id),
    readIds: () => ids.read(),
    addToBook: (candidate, options) => ids.addToBook(candidate, options),
    editBookEntry: (id, patch, options) => ids.editBookEntry(id, patch, options),
    removeFromBook: (id) => ids.removeFromBook(id),
    clearBook: () => ids.clearBook(),
    saveMyId: (input) => ids.saveMyId(input, 'pasted'),
    forgetMyId: () => ids.forgetMyId(),
    onIdsChanged(callback) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local') return;
        if (ID_BOOK_KEY in changes || MY_FEDERATION_ID_KEY in changes || MANAGED_CACHE_KEY in changes)
          callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines, or a page that lost focus: the textarea route (clipboardWrite allows it).
    return copyWithTextarea(document, text);
  }
}
