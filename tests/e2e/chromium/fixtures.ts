/// <reference types="chrome" />
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROME_EXTENSION_PATH } from '../paths';

/** Launch options that load the unpacked e2e build into the system's Chromium. */
export function extensionLaunchOptions(extensionPath = CHROME_EXTENSION_PATH) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Chromium >= 132: `--headless` is the new headless, which runs extensions.
    headless: !process.env.HEADED,
    // A French user's browser: the extension's language follows the browser by default (issue 3).
    locale: 'fr-FR',
    // Playwright adds --disable-extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-background-networking', // no network here: avoid refused-connection noise
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

/** '' = a fresh temporary profile, deleted on close. */
export function launchWithExtension(extensionPath?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', extensionLaunchOptions(extensionPath));
}

/** The MV3 background is a service worker; it may already run when we look. */
export async function getServiceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(w.url());
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

/** Clears the extension's state through the e2e-only hook (absent from release builds). */
export async function resetExtension(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const hook = (globalThis as { __compagnonTest?: { reset(): Promise<void> } }).__compagnonTest;
    if (!hook) throw new Error('The e2e test hook is missing: is this the e2e build?');
    await hook.reset();
  });
}

/**
 * Stores `settings` (version 3: the national platform unless they say `platform: 'beta'`) from the
 * service worker, in French unless they say otherwise: headless Chromium speaks en-US, which the
 * "auto" language would follow.
 */
export async function setSettings(
  serviceWorker: Worker,
  settings: Record<string, unknown> = {},
): Promise<void> {
  await serviceWorker.evaluate(
    (value) => chrome.storage.local.set({ settingsStorage: { version: 3, language: 'fr', ...value } }),
    settings,
  );
}

type Fixtures = { context: BrowserContext; page: Page; serviceWorker: Worker; extensionId: string };

/**
 * One Chromium per worker, shared by its tests (launch costs 2-3 s); each test gets a new tab
 * and a reset extension. Use page.route (not context.route) in these tests.
 */
export const test = base.extend<Fixtures, { sharedContext: BrowserContext }>({
  sharedContext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, use) => use(sharedContext),
  serviceWorker: async ({ context }, use) => {
    const sw = await getServiceWorker(context);
    await resetExtension(sw);
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  page: async ({ context, serviceWorker: _resetFirst }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

/** A fresh browser and profile per test: first-install behaviour, policies, context.route. */
export const isolatedTest = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => use(await getServiceWorker(context)),
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** Opens an extension page (popup.html, options.html) in a tab sized like the real popup. */
export async function openExtensionPage(
  page: Page,
  extensionId: string,
  path = 'popup.html',
  viewport = { width: 380, height: 600 },
): Promise<Page> {
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}
