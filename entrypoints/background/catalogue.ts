import browser from 'webextension-polyfill';
import { refreshCatalogue } from '@/lib/catalogue/remote';
import { MANAGED_CACHE_KEY, parseManagedCache } from '@/lib/settings/policy';
import { readSettingsInForce } from '@/lib/settings/reader';

/**
 * Refreshes the remote catalogue (when one is configured) at browser start-up, after an install or
 * update, and when the administrator's policy changes. The popup also refreshes a stale copy, and the
 * options page right after the user sets a URL.
 */
export function scheduleCatalogueRefresh(): void {
  const local = browser.storage.local;
  const refresh = async (force = false) => {
    const { settings } = await readSettingsInForce(local);
    await refreshCatalogue(local, settings.catalogueUrl, (url, init) => fetch(url, init), { force });
  };
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[MANAGED_CACHE_KEY];
    if (area !== 'local' || !change) return;
    const before = parseManagedCache(change.oldValue).catalogueUrl;
    const after = parseManagedCache(change.newValue).catalogueUrl;
    if (before !== after) void refresh(true);
  });
}
