import browser from 'webextension-polyfill';
import { syncManagedPolicyCache } from '@/lib/settings/policy';

/**
 * Keeps a copy of the administrator's policy (managed storage) in storage.local, so the popup and
 * the options page render at once: Chromium's first `managed.get()` after start-up takes seconds.
 * Chromium reports policy changes (`onChanged`, area "managed"); Firefox reads the policy once per run.
 */
export function syncManagedPolicy(): void {
  const sync = () => void syncManagedPolicyCache(browser.storage.local, browser.storage.managed);
  sync();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') sync();
  });
}
