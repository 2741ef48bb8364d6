import browser from 'webextension-polyfill';
import { SETTINGS_IN_FORCE_KEYS } from '@/lib/storage-keys';

/**
 * The one `storage.local.get` of the popup's first paint (settings with the profile and « Mon Nuage »,
 * the policy's copy, the catalogue's cache), started as this module is evaluated: main.tsx imports it
 * first, so the browser reads storage while the rest of the popup's code is evaluated.
 */
export const readRecords = (): Promise<Record<string, unknown>> =>
  browser.storage.local.get([...SETTINGS_IN_FORCE_KEYS]);

export const firstRecords = readRecords();
