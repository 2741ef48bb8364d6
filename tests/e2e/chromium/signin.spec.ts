/// <reference types="chrome" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { CHROME_EXTENSION_PATH } from '../paths';
import {
  CLOBBERED_SIGNUP_PAGE,
  CONTACT_PAGE,
  DECISION_ATTRIBUTE,
  IMPERSONATE_PARAM,
  SIGNUP_PAGE,
  UI_ATTRIBUTE,
  UI_SCRIPT,
  VERSAILLES_HOST,
  type Decision,
} from '../signin-pages';
import { expect, setSettings, test } from './fixtures';

// The fake pages are served by request routing with the real host names, so the release match
// patterns and instanceForUrl are exercised as they are in production. These pages are the 2020
// platform's: on the national platform the extension shows its rescue page for them instead (issue
// 18), so every test here chooses the archived 2020 platform.
const BETA = { platform: 'beta', platformChosen: true } as const;

const SIGNUP = `https://${VERSAILLES_HOST}/signup`;

async function routeFakeSites(page: Page): Promise<void> {
  await page.route(`https://${VERSAILLES_HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const url = new URL(route.request().url());
    const signup = url.searchParams.has('clobbered') ? CLOBBERED_SIGNUP_PAGE : SIGNUP_PAGE;
    const body = path === '/signup' ? signup : path === '/contact' ? CONTACT_PAGE : undefined;
    return body === undefined
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  // Other sites, including a look-alike of the instance's host, with the very same sign-up page.
  for (const origin of ['https://example.org', `https://${VERSAILLES_HOST}.evil.example`]) {
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: SIGNUP_PAGE }),
    );
  }
}

/** The content script's last decision (e2e build only), or undefined before its first one. */
async function decision(page: Page): Promise<Decision | undefined> {
  const raw = await page.locator('html').getAttribute(DECISION_ATTRIBUTE);
  return raw === null ? undefined : (JSON.parse(raw) as Decision);
}

/** Waits until the content script has judged `address` (instead of sleeping), returns what it showed. */
async function decided(page: Page, address: string): Promise<Decision> {
  await expect
    .poll(async () => (await decision(page))?.address, { message: `decision on ${address}` })
    .toBe(address);
  return (await decision(page))!;
}

async function typeAddress(page: Page, address: string): Promise<void> {
  await page.getByLabel('Adresse de courriel').fill(address);
}

async function dismissedSites(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(async () => {
    const stored = await chrome.storage.local.get('settingsStorage');
    return (stored.settingsStorage as { dismissedSites?: string[] } | undefined)?.dismissedSites ?? [];
  });
}

const banner = (page: Page) => page.getByTestId('signin-warning');

/** Whether the sign-in UI script was injected into the page (e2e build only). */
const uiInjected = async (page: Page) => (await page.locator('html').getAttribute(UI_ATTRIBUTE)) !== null;

test.beforeEach(async ({ page, serviceWorker }) => {
  await setSettings(serviceWorker, BETA);
  // The background drops the rescue redirect of the 2020 hosts once it sees the 2020 platform chosen
  // (asynchronously, after the storage change): wait for it, or the first page could be redirected.
  await expect
    .poll(() =>
      serviceWorker.evaluate(() => chrome.declarativeNetRequest.getSessionRules().then((r) => r.length)),
    )
    .toBe(0);
  await routeFakeSites(page);
});

test('a Créteil address on the Versailles sign-up page: warning and link to Créteil', async ({ page }) => {
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');

  await expect(banner(page)).toBeVisible();
  // Shown by the UI script, which the background injected into this sign-in page.
  expect(await uiInjected(page)).toBe(true);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('académie de Versailles');
  await expect(alert).toContainText('académie de Créteil');
  const link = page.getByRole('link', { name: "Aller sur l'instance de Créteil" });
  await expect(link).toHaveAttribute('href', 'https://apps-creteil.beta.education.fr/');
  await expect(page.getByRole('button', { name: 'Continuer quand même' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ne plus avertir pour ce site' })).toBeVisible();
  // The page's own CSS tried to hide it and to paint everything magenta.
  await expect(alert).not.toHaveCSS('color', 'rgb(255, 0, 255)');
  // Keyboard reachable: the banner sits before the form, Shift+Tab from the field reaches it.
  await page.getByLabel('Adresse de courriel').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Ne plus avertir pour ce site' })).toBeFocused();
  // It never blocks the form.
  await expect(page.getByRole('button', { name: 'Valider' })).toBeEnabled();
  await page.getByLabel('Mot de passe').fill('secret');

  // Corrected address: the warning goes away.
  await typeAddress(page, 'jean.dupont@ac-versailles.fr');
  await expect(banner(page)).toHaveCount(0);
});

test('the page’s own scripts get no window message from the content scripts', async ({ page }) => {
  // WXT's content-script context posts one by default (with the extension's id): turned off.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(banner(page)).toBeVisible();
  expect(await uiInjected(page)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages)).toEqual(
    [],
  );
});

test('a page whose form clobbers DOM members still gets the banner', async ({ page }) => {
  await page.goto(`${SIGNUP}?clobbered`);
  // The clobbering is real in this browser.
  expect(
    await page.evaluate(() => document.querySelector('form')?.parentNode instanceof HTMLInputElement),
  ).toBe(true);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('link', { name: "Aller sur l'instance de Créteil" })).toBeVisible();
  // Before the form, not inside it (compared as nodes: the form's own tagName is clobbered too).
  expect(
    await page.evaluate(
      () =>
        document.querySelector('[data-testid="signin-warning"]')?.nextElementSibling ===
        document.querySelector('form'),
    ),
  ).toBe(true);
});

test('a Versailles address shows nothing', async ({ page }) => {
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-versailles.fr');
  expect((await decided(page, 'jean.dupont@ac-versailles.fr')).shown).toBe('none');
  await expect(banner(page)).toHaveCount(0);
});

test('a Gmail address gets the staff-only message', async ({ page }) => {
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@gmail.com');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('réservés aux personnels');
  await expect(alert).toContainText('élèves ne peuvent pas créer de compte');
  await expect(page.getByRole('link')).toHaveCount(0);
});

test('"Continuer quand même" hides it for this page, and it never comes back while the page lives', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(banner(page)).toHaveCount(0);
  // Focus went back to the field the user was filling.
  await expect(page.getByLabel('Adresse de courriel')).toBeFocused();

  // Retyping the same address: judged again, still hidden.
  await typeAddress(page, 'jean.dupont@ac-versailles.fr');
  await decided(page, 'jean.dupont@ac-versailles.fr');
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  expect((await decided(page, 'jean.dupont@ac-creteil.fr')).shown).toBe('none');
  await expect(banner(page)).toHaveCount(0);
  // For this page only: nothing stored, and a new visit warns again.
  expect(await dismissedSites(serviceWorker)).toEqual([]);
  await page.reload();
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(banner(page)).toBeVisible();
});

test('"Ne plus avertir pour ce site" is stored, survives a reload, and can be revoked', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await page.getByRole('button', { name: 'Ne plus avertir pour ce site' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => dismissedSites(serviceWorker)).toEqual([VERSAILLES_HOST]);

  await page.reload();
  await typeAddress(page, 'jean.dupont@gmail.com');
  expect((await decided(page, 'jean.dupont@gmail.com')).shown).toBe('none');
  await expect(banner(page)).toHaveCount(0);

  // Revoked (as the options page does): the open page warns again.
  await serviceWorker.evaluate(async () => {
    const stored = await chrome.storage.local.get('settingsStorage');
    const settings = stored.settingsStorage as Record<string, unknown>;
    await chrome.storage.local.set({ settingsStorage: { ...settings, dismissedSites: [] } });
  });
  await expect(page.getByRole('alert')).toContainText('réservés aux personnels');
});

test('the stored profile address stands in for an empty field', async ({ page, serviceWorker }) => {
  await setSettings(serviceWorker, { ...BETA, profile: { address: 'jean.dupont@ac-creteil.fr' } });
  await page.goto(SIGNUP);
  await expect(page.getByRole('alert')).toContainText('académie de Créteil');
  await typeAddress(page, 'jean.dupont@ac-versailles.fr');
  await expect(banner(page)).toHaveCount(0);
});

test('in English when the settings (or the browser) say so', async ({ page, serviceWorker }) => {
  await setSettings(serviceWorker, { ...BETA, language: 'en' });
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(page.getByRole('alert')).toContainText('Créteil academy');
  await expect(page.getByRole('link', { name: 'Go to the instance of Créteil' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue anyway' })).toBeVisible();
});

test('no banner on a page of the instance that is not a sign-in page', async ({ page }) => {
  await page.goto(`https://${VERSAILLES_HOST}/contact`);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect.poll(async () => (await decision(page))?.signIn).toBe(false);
  await expect(banner(page)).toHaveCount(0);
  // Nothing to show: the registered script (the bootstrap) decided so, and the UI was never injected.
  expect(await uiInjected(page)).toBe(false);
});

test('a single-page app that moves to its sign-up page: the UI is injected then, and warns', async ({
  page,
}) => {
  await page.goto(`https://${VERSAILLES_HOST}/contact`);
  await expect.poll(async () => (await decision(page))?.signIn).toBe(false);
  expect(await uiInjected(page)).toBe(false);
  // A client-side route change: no page load, the same document.
  await page.evaluate(() => history.pushState(null, '', '/signup'));
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(page.getByRole('alert')).toContainText('académie de Créteil');
  expect(await uiInjected(page)).toBe(true);
});

test('no content script on other sites, look-alike hosts included', async ({ page, context }) => {
  const others = [];
  for (const url of ['https://example.org/signup', `https://${VERSAILLES_HOST}.evil.example/signup`]) {
    const other = await context.newPage();
    await routeFakeSites(other);
    await other.goto(url);
    await typeAddress(other, 'jean.dupont@ac-creteil.fr');
    others.push(other);
  }
  // A genuine page loaded after them has been judged: theirs would have been too, had they been injected.
  await page.goto(SIGNUP);
  await typeAddress(page, 'jean.dupont@ac-creteil.fr');
  await expect(banner(page)).toBeVisible();
  for (const other of others) {
    expect(await decision(other)).toBeUndefined();
    await expect(banner(other)).toHaveCount(0);
    await other.close();
  }
});

test('the manifest injects it on instance hosts only; the release build has no test back door', () => {
  const e2e = JSON.parse(
    readFileSync(join(CHROME_EXTENSION_PATH, 'manifest.json'), 'utf8'),
  ) as chrome.runtime.ManifestV3;
  const releaseDir = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  const release = JSON.parse(
    readFileSync(join(releaseDir, 'manifest.json'), 'utf8'),
  ) as chrome.runtime.ManifestV3;
  const signinScript = (m: chrome.runtime.ManifestV3) =>
    m.content_scripts?.find((cs) => cs.js?.some((f) => f.includes('signin')));
  const releaseMatches = signinScript(release)?.matches ?? [];
  expect(releaseMatches).toContain(`https://${VERSAILLES_HOST}/*`);
  for (const pattern of releaseMatches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.education\.fr\/\*$/);
  expect(signinScript(e2e)?.matches).toContain('http://127.0.0.1/*');
  // <all_urls> only as the rescue page's web-accessible match (README, permissions), never as a
  // permission or a content-script match.
  expect(
    JSON.stringify([release.permissions, release.host_permissions, release.content_scripts]),
  ).not.toContain('<all_urls>');

  const releaseJs = readdirSync(releaseDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  for (const file of releaseJs) {
    const code = readFileSync(join(releaseDir, file), 'utf8');
    expect(code, file).not.toContain(IMPERSONATE_PARAM);
    expect(code, file).not.toContain(DECISION_ATTRIBUTE);
    // The decision attributes' names are built from a template (data-compagnon-<watcher>-e2e): the
    // release code must not hold that template either.
    expect(code, file).not.toMatch(/data-compagnon-\$\{[^}]*\}-e2e/);
  }
  // The registered script is a bootstrap (issue 16); the banner and the watchers are the unlisted UI
  // script that the background injects (`scripting`): in no manifest list, and not web-accessible.
  for (const m of [release, e2e]) {
    expect(JSON.stringify([m.content_scripts, m.web_accessible_resources])).not.toContain(UI_SCRIPT);
    expect(m.permissions).toContain('scripting');
  }
  const e2eScript = readFileSync(join(CHROME_EXTENSION_PATH, UI_SCRIPT), 'utf8');
  expect(e2eScript).toContain(IMPERSONATE_PARAM);
  // The banner's shadow root is closed in release (the e2e build opens it for Playwright).
  const releaseScript = readFileSync(join(releaseDir, UI_SCRIPT), 'utf8');
  expect(releaseScript).toMatch(/attachShadow\(\{mode:.closed.\}\)/);
  expect(releaseScript).not.toMatch(/attachShadow\(\{mode:.open.\}\)/);
  // …and the check above can fail: the e2e build does hold the template (the UI and the bootstrap).
  expect(e2eScript).toMatch(/data-compagnon-\$\{[^}]*\}-e2e/);
  const e2eBootstrap = readFileSync(join(CHROME_EXTENSION_PATH, signinScript(e2e)!.js![0]!), 'utf8');
  expect(e2eBootstrap).toMatch(/data-compagnon-\$\{[^}]*\}-e2e/);
});
