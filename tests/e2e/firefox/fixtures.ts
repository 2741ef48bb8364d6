import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_PATH } from '../paths';

// Playwright cannot drive stock Firefox, and geckodriver cannot be installed here: puppeteer-core
// speaks WebDriver BiDi to Debian's firefox-esr. See shared/docs/recipes/firefox-puppeteer.md.

/** A fixed moz-extension:// host, so extension pages have known URLs. */
export const EXTENSION_UUID = '6f1c2a4e-8b3d-4c5e-9a7f-0d2e4b6c8a10';

function geckoId(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox manifest has no gecko id: the extension UUID cannot be pinned.');
  return id;
}

export interface FirefoxWithExtension {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Variables added to Firefox's environment (e.g. a private HOME for ~/.mozilla/managed-storage/). */
  env?: Record<string, string>;
  /** Extra preferences (e.g. NETWORK_CUT_PREFS). */
  prefs?: Record<string, unknown>;
}

/**
 * The network cut for Firefox: every http(s) request goes through a proxy on a closed local port,
 * so it fails as it would offline (extension pages, served from the package, still load).
 */
export const NETWORK_CUT_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

export async function launchFirefox(
  extensionPath = FIREFOX_EXTENSION_PATH,
  { env, prefs }: LaunchFirefoxOptions = {},
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    ...(env ? { env: { ...process.env, ...env } } : {}),
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: !process.env.HEADED,
    // Firefox >= 153 refuses BiDi navigation to moz-extension:// without it (test-only flag).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionPath)]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
    },
  });
  try {
    // Not the `enableExtensions` launch option: it does not await the install.
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
  return { browser, baseUrl: `moz-extension://${EXTENSION_UUID}/`, close: () => browser.close() };
}

/**
 * page.waitForFunction() replacement: on extension pages it is blocked by the CSP (ESR 140), and an
 * evaluate racing a document swap can fail; every error counts as "not yet".
 */
export async function pollEvaluate<T, A extends unknown[]>(
  page: Page,
  fn: (...args: A) => T | Promise<T>,
  args: A,
  { timeout = 10_000, what = 'a condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(fn as never, ...args)) as T;
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens an extension page in a new tab. page.goto() never resolves for moz-extension:// (BiDi drops
 * their navigation events, Mozilla bug 1755014): fire it and poll the document instead.
 */
export async function openExtensionPage(fx: FirefoxWithExtension, path = 'popup.html'): Promise<Page> {
  const page = await fx.browser.newPage();
  const url = fx.baseUrl + path;
  page.goto(url, { timeout: 0 }).catch(() => {});
  await pollEvaluate(page, (u: string) => location.href === u && document.readyState === 'complete', [url], {
    what: `${url} to load`,
  });
  return page;
}

/** Clears the extension's state from one of its pages. */
export async function resetExtension(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    await api.storage.local.clear();
  });
}

/** Stores `settings` (version 3: national unless they say `platform: 'beta'`) from one of the extension's pages. */
export function setSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    await api.storage.local.set({ settingsStorage: { version: 3, ...value } });
  }, settings);
}

/**
 * Waits until an open extension page has drawn the settings just stored (its storage.onChanged
 * redraw sets <html lang>), so what the test reads next is not the page before the change.
 */
export async function settingsDrawn(page: Page, lang: 'fr' | 'en'): Promise<void> {
  await page.waitForFunction((expected: string) => document.documentElement.lang === expected, {}, lang);
}

/** One Firefox per worker (launch ≈ 5–7 s); each test opens its own tabs. */
export const test = base.extend<object, { firefox: FirefoxWithExtension }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const fx = await launchFirefox();
      await use(fx);
      await fx.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export const expect = test.expect;
