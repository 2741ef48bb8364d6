import type { Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../server';
import {
  CONTACT_PAGE,
  DECISION_ATTRIBUTE,
  IMPERSONATE_PARAM,
  SIGNUP_PAGE,
  UI_ATTRIBUTE,
  VERSAILLES_HOST,
  type Decision,
} from '../signin-pages';
import { expect, openExtensionPage, pollEvaluate, test, type FirefoxWithExtension } from './fixtures';

// Firefox cannot route requests to made-up https hosts here: the fake pages come from a local server,
// and stand for apps-versailles.beta.education.fr through a query parameter that only the e2e build
// honours (entrypoints/signin.content/page-url.ts; the Chromium spec checks the release build).

let server: TestServer;

test.beforeAll(async () => {
  server = await startTestServer({ '/signup': SIGNUP_PAGE, '/contact': CONTACT_PAGE });
});

test.afterAll(async () => {
  await server?.close();
});

const asVersailles = (path: string) => server.url(`${path}?${IMPERSONATE_PARAM}=${VERSAILLES_HOST}`);

type Api = import('webextension-polyfill').Browser;

/** Resets the extension, then stores the given settings (French by default), from an extension page. */
async function resetWith(fx: FirefoxWithExtension, settings: Record<string, unknown> = {}): Promise<void> {
  const page = await openExtensionPage(fx, 'popup.html');
  try {
    await page.evaluate(async (patch) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      await api.storage.local.clear();
      await api.storage.local.set({ settingsStorage: { version: 2, language: 'fr', ...patch } });
    }, settings);
  } finally {
    await page.close();
  }
}

async function storedDismissedSites(fx: FirefoxWithExtension): Promise<string[]> {
  const page = await openExtensionPage(fx, 'popup.html');
  try {
    return await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const stored = await api.storage.local.get('settingsStorage');
      return (stored.settingsStorage as { dismissedSites?: string[] } | undefined)?.dismissedSites ?? [];
    });
  } finally {
    await page.close();
  }
}

async function open(fx: FirefoxWithExtension, url: string): Promise<Page> {
  const page = await fx.browser.newPage();
  await page.goto(url);
  return page;
}

async function typeAddress(page: Page, address: string): Promise<void> {
  await page.locator('input[name="email"]').fill(address);
}

/** Whether the sign-in UI script was injected into the page (e2e build only). */
const uiInjected = (page: Page) =>
  page.evaluate((name) => document.documentElement.hasAttribute(name), UI_ATTRIBUTE);

async function decision(page: Page): Promise<Decision | undefined> {
  const raw = await page.evaluate((name) => document.documentElement.getAttribute(name), DECISION_ATTRIBUTE);
  return raw === null ? undefined : (JSON.parse(raw) as Decision);
}

/** Waits for the content script's decision about `address` (e2e build only) instead of sleeping. */
async function decided(page: Page, address: string): Promise<Decision> {
  return pollEvaluate(
    page,
    (name: string, expected: string) => {
      const raw = document.documentElement.getAttribute(name);
      const d = raw === null ? undefined : (JSON.parse(raw) as { address: string });
      return d?.address === expected ? d : undefined;
    },
    [DECISION_ATTRIBUTE, address],
    { what: `a decision on ${address}` },
  ) as Promise<Decision>;
}

/** The banner's text and links, read through its (open) shadow root; '' when there is none. */
function bannerState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="signin-warning"]');
    const root = host?.shadowRoot?.querySelector('.banner');
    if (!host || !root) return undefined;
    return {
      role: root.getAttribute('role'),
      text: root.textContent ?? '',
      links: [...root.querySelectorAll('a')].map((a) => ({
        text: a.textContent,
        href: a.getAttribute('href'),
      })),
      buttons: [...root.querySelectorAll('button')].map((b) => b.textContent),
      display: getComputedStyle(host).display,
    };
  });
}

async function waitForBanner(page: Page, contains: string) {
  await pollEvaluate(
    page,
    (text: string) =>
      document
        .querySelector('[data-testid="signin-warning"]')
        ?.shadowRoot?.querySelector('.banner')
        ?.textContent?.includes(text) ?? false,
    [contains],
    { what: `a banner saying "${contains}"` },
  );
  return (await bannerState(page))!;
}

/** A real (trusted) click on one of the banner's buttons, found through the shadow root. */
async function clickBannerButton(page: Page, name: string): Promise<void> {
  const handles = await page.$$('pierce/button');
  for (const handle of handles) {
    if ((await handle.evaluate((el) => el.textContent)) === name) {
      await handle.click();
      return;
    }
  }
  throw new Error(`No banner button "${name}"`);
}

test('a Créteil address shows the banner with a link to Créteil; a Versailles address shows none', async ({
  firefox,
}) => {
  await resetWith(firefox);
  const page = await open(firefox, asVersailles('/signup'));
  try {
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    const banner = await waitForBanner(page, 'académie de Créteil');
    expect(await uiInjected(page)).toBe(true);
    expect(banner.role).toBe('alert');
    expect(banner.text).toContain('académie de Versailles');
    expect(banner.links).toEqual([
      { text: "Aller sur l'instance de Créteil", href: 'https://apps-creteil.beta.education.fr/' },
    ]);
    expect(banner.buttons).toEqual(['Continuer quand même', 'Ne plus avertir pour ce site']);
    // The page's CSS (display: none !important on it) cannot hide it.
    expect(banner.display).toBe('block');

    await typeAddress(page, 'jean.dupont@ac-versailles.fr');
    expect((await decided(page, 'jean.dupont@ac-versailles.fr')).shown).toBe('none');
    expect(await bannerState(page)).toBeUndefined();
  } finally {
    await page.close();
  }
});

test('a Gmail address gets the staff-only message', async ({ firefox }) => {
  await resetWith(firefox);
  const page = await open(firefox, asVersailles('/signup'));
  try {
    await typeAddress(page, 'jean.dupont@gmail.com');
    const banner = await waitForBanner(page, 'réservés aux personnels');
    expect(banner.text).toContain('élèves ne peuvent pas créer de compte');
    expect(banner.links).toEqual([]);
  } finally {
    await page.close();
  }
});

test('"Continuer quand même" hides it for this page only, without coming back', async ({ firefox }) => {
  await resetWith(firefox);
  const page = await open(firefox, asVersailles('/signup'));
  try {
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    await waitForBanner(page, 'académie de Créteil');
    await clickBannerButton(page, 'Continuer quand même');
    await pollEvaluate(page, () => !document.querySelector('[data-testid="signin-warning"]'), [], {
      what: 'the banner to go',
    });
    await typeAddress(page, 'jean.dupont@ac-versailles.fr');
    await decided(page, 'jean.dupont@ac-versailles.fr');
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    expect((await decided(page, 'jean.dupont@ac-creteil.fr')).shown).toBe('none');
    expect(await bannerState(page)).toBeUndefined();
    expect(await storedDismissedSites(firefox)).toEqual([]);

    // A new visit of the page warns again.
    await page.reload();
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    await waitForBanner(page, 'académie de Créteil');
  } finally {
    await page.close();
  }
});

test('"Ne plus avertir pour ce site" is stored and holds after a reload', async ({ firefox }) => {
  await resetWith(firefox);
  const page = await open(firefox, asVersailles('/signup'));
  try {
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    await waitForBanner(page, 'académie de Créteil');
    await clickBannerButton(page, 'Ne plus avertir pour ce site');
    await pollEvaluate(page, () => !document.querySelector('[data-testid="signin-warning"]'), [], {
      what: 'the banner to go',
    });
    await expect.poll(() => storedDismissedSites(firefox)).toEqual([VERSAILLES_HOST]);

    await page.reload();
    await typeAddress(page, 'jean.dupont@gmail.com');
    expect((await decided(page, 'jean.dupont@gmail.com')).shown).toBe('none');
    expect(await bannerState(page)).toBeUndefined();
  } finally {
    await page.close();
  }
});

test('no banner on pages that are not sign-in pages, nor on other sites', async ({ firefox }) => {
  await resetWith(firefox);
  for (const url of [
    // The instance, but its contact form.
    asVersailles('/contact'),
    // The same sign-up page on a site that is no instance (the content script runs on 127.0.0.1 in
    // the e2e build, so it can say what it decided).
    server.url('/signup'),
    server.url(`/signup?${IMPERSONATE_PARAM}=example.org`),
    server.url(`/signup?${IMPERSONATE_PARAM}=${VERSAILLES_HOST}.evil.example`),
  ]) {
    const page = await open(firefox, url);
    try {
      await typeAddress(page, 'jean.dupont@ac-creteil.fr');
      await pollEvaluate(
        page,
        (name: string) => document.documentElement.getAttribute(name)?.includes('"signIn":false') ?? false,
        [DECISION_ATTRIBUTE],
        { what: `a decision on ${url}` },
      );
      expect(await bannerState(page), url).toBeUndefined();
      expect((await decision(page))?.shown).toBe('none');
      // Nothing to show: the bootstrap decided so, and the UI script was never injected.
      expect(await uiInjected(page), url).toBe(false);
    } finally {
      await page.close();
    }
  }
});

test('a single-page app that moves to its sign-up page: the UI is injected then, and warns', async ({
  firefox,
}) => {
  await resetWith(firefox);
  const page = await open(firefox, asVersailles('/contact'));
  try {
    await pollEvaluate(
      page,
      (name: string) => document.documentElement.getAttribute(name)?.includes('"signIn":false') ?? false,
      [DECISION_ATTRIBUTE],
      { what: 'a decision on the contact page' },
    );
    expect(await uiInjected(page)).toBe(false);
    // A client-side route change: no page load, the same document.
    await page.evaluate(
      (param: string, host: string) => history.pushState(null, '', `/signup?${param}=${host}`),
      IMPERSONATE_PARAM,
      VERSAILLES_HOST,
    );
    await typeAddress(page, 'jean.dupont@ac-creteil.fr');
    await waitForBanner(page, 'académie de Créteil');
    expect(await uiInjected(page)).toBe(true);
  } finally {
    await page.close();
  }
});
