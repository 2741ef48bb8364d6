import browser from 'webextension-polyfill';

/**
 * What end-to-end tests may call from the service worker (`serviceWorker.evaluate()`), because no
 * extension API can click a context-menu item or fire an alarm. Only the e2e build installs it:
 * `import.meta.env.MODE === 'e2e'` is false at build time elsewhere, so the code is dropped.
 */
export interface TestHook {
  reset(): Promise<void>;
  [name: string]: unknown;
}

export function installTestHook(
  extra: Record<string, unknown> = {},
  /** Features' own state to reset besides storage.local (IndexedDB…), run in order after it. */
  resets: (() => Promise<void>)[] = [],
): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const hook: TestHook = {
    async reset() {
      await browser.storage.local.clear();
      for (const reset of resets) await reset();
    },
    ...extra,
  };
  Object.assign(globalThis, { __compagnonTest: hook });
}
