import browser from 'webextension-polyfill';
import type { OptionsClient } from '@/components/options/client';
import { refreshCatalogue } from '@/lib/catalogue/remote';
import { resetSettings, updateSettings } from '@/lib/settings/settings';
import { importSettings } from '@/lib/settings/file';
import { popupShortcut } from './shortcut';

export function createOptionsClient(): OptionsClient {
  const local = browser.storage.local;
  return {
    updateSettings: (patch) => updateSettings(local, patch),
    importSettings: (text) => importSettings(local, text),
    resetSettings: () => resetSettings(local),
    refreshCatalogue: (url) => refreshCatalogue(local, url, (u, init) => fetch(u, init), { force: true }),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async about() {
      return {
        version: browser.runtime.getManifest().version,
        browser: import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome',
        shortcut: await popupShortcut(),
      };
    },
  };
}
