import browser from 'webextension-polyfill';
import type { PopupClient } from '@/components/popup/client';
import { updateSettings } from '@/lib/settings/settings';

/** The popup's client: talks to the browser directly (no round trip through the background). */
export function createPopupClient(onSettingsSaved: () => void): PopupClient {
  return {
    async openService(url) {
      // Loaded on the first click: not needed to draw the popup.
      const { openOrFocusTab } = await import('./open-tab');
      await openOrFocusTab(url, browser.tabs, browser.windows);
    },
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async updateSettings(patch) {
      const saved = await updateSettings(browser.storage.local, patch);
      onSettingsSaved();
      return saved;
    },
  };
}
