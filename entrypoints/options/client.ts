import browser from 'webextension-polyfill';
import type { OptionsClient } from '@/components/options/client';
import { refreshCatalogue } from '@/lib/catalogue/remote';
import { resetSettings, updateSettings } from '@/lib/settings/settings';
import { importSettings, readFileIds, serializeSettings } from '@/lib/settings/file';
import { idBookAllowed } from '@/lib/settings/policy';
import { readSettingsInForce } from '@/lib/settings/reader';
import { readIdBook } from '@/lib/share/book';
import { popupShortcut } from './shortcut';

export function createOptionsClient(): OptionsClient {
  const local = browser.storage.local;
  const allowed = async () => idBookAllowed((await readSettingsInForce(local)).policy);
  return {
    updateSettings: (patch) => updateSettings(local, patch),
    importSettings: async (text, options) =>
      importSettings(local, text, { ...options, idsAllowed: await allowed() }),
    async exportSettings(settings) {
      return serializeSettings(settings, (await allowed()) ? await readFileIds(local) : {});
    },
    async bookCount() {
      return (await allowed()) ? (await readIdBook(local)).entries.length : undefined;
    },
    async importVcard(text, options) {
      // ical.js loads only here: the options page's first paint does not carry it.
      const { importVcardIntoBook } = await import('@/lib/share/vcard');
      return importVcardIntoBook(local, text, { ...options, allowed: await allowed() });
    },
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
