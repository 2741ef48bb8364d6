import browser from 'webextension-polyfill';
import {
  cacheManagedPolicy,
  MANAGED_CACHE_KEY,
  parseManagedCache,
  readManagedPolicy,
  samePolicy,
} from '@/lib/settings/policy';

/**
 * Keeps a copy of the administrator's policy (managed storage) in storage.local, so the popup and
 * the options page render at once: Chromium's first `managed.get()` after start-up takes seconds.
 * Chromium reports policy changes (`onChanged`, area "managed"); Firefox reads the policy once per run.
 */
export function syncManagedPolicy(): void {
  const local = browser.storage.local;
  const sync = async () => {
    const policy = await readManagedPolicy(browser.storage.managed);
    const cached = parseManagedCache((await local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]);
    if (!samePolicy(policy, cached)) await cacheManagedPolicy(local, policy);
  };
  void sync();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void sync();
  });
}
