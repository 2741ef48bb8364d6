import browser from 'webextension-polyfill';
import type { ShareClient } from '@/components/share/client';
import { copyWithTextarea } from '@/lib/clipboard';
import { updateSettings } from '@/lib/settings/settings';
import { addToShareHistory, clearShareHistory, readShareHistory } from '@/lib/share/history';

/**
 * The "Partager" tab's client: the popup copies by itself (a click in the popup is a user gesture) and
 * reads and writes storage.local directly; the background is not involved.
 */
export function createShareClient(): ShareClient {
  const store = browser.storage.local;
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
