import browser from 'webextension-polyfill';
import { SETTINGS_IN_FORCE_KEYS } from '@/lib/storage-keys';

/**
 * The one `storage.local.get` of the popup's first paint (settings with the profile and « Mon Nuage »,
 * the policy's copy, the catalogue's cache), started as this module is evaluated: main.tsx imports it
 * first, so the browser reads storage while the rest of the popup's code is evaluated.
 */
export const readRecords = (): Promise<Record<string, unknown>> =>
  browser.storage.local.get([...SETTINGS_IN_FORCE_KEYS]);

// Listening before the read starts: a write that lands between the read and main.tsx's own listener
// (the options page, the background, a test) is not lost — main.tsx reads again after its first draw.
let changed = false;
const early = (_changes: unknown, area: string) => {
  if (area === 'local') changed = true;
};
browser.storage.onChanged.addListener(early);

export const firstRecords = readRecords();

/** Whether storage.local changed since the first read began; stops listening (main.tsx listens now). */
export function changedSinceFirstRead(): boolean {
  browser.storage.onChanged.removeListener(early);
  return changed;
}
