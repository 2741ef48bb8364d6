import browser from 'webextension-polyfill';
import { type ManagedPolicy, syncManagedPolicyCache } from '@/lib/settings/policy';

/**
 * Keeps a copy of the administrator's policy (managed storage) in storage.local, so the popup and
 * the options page render at once: Chromium's first `managed.get()` after start-up takes seconds.
 * The copy is refreshed at the session's first start (./session-start.ts, from the entrypoint) and
 * whenever Chromium reports a policy change (`onChanged`, area "managed", which wakes the worker);
 * Firefox reads the policy once per run. The popup and the options page refresh it too when they open.
 */
export function syncManagedPolicyNow(): Promise<ManagedPolicy> {
  return syncManagedPolicyCache(browser.storage.local, browser.storage.managed);
}

/** Called once from the background entrypoint: the change listener. */
export function syncManagedPolicy(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedPolicyNow();
  });
}
