import browser from 'webextension-polyfill';
import { migrateStoredSettings } from '@/lib/settings/settings';

/** After an update of the extension, stored settings of an older shape are migrated once. */
export function migrateSettingsOnUpdate(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') void migrateStoredSettings(browser.storage.local);
  });
}
