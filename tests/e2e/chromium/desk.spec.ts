/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import {
  AUTH_HOST,
  brokerPath,
  DESK_DECISION_ATTRIBUTE,
  DESK_PATHS,
  destinationPage,
  KEYCLOAK_DESK_PAGE,
  LINKS_DESK_PAGE,
  SELECT_DESK_PAGE,
  UI_ATTRIBUTE,
  type DeskDecision,
} from '../signin-pages';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// The academy desk list of auth.apps.education.fr (issue 13), served by request routing with the real
// host name, so the release match patterns and isDeskPage are exercised as in production.

const AUTH = `https://${AUTH_HOST}`;
const CRETEIL = { profile: { address: 'jean.dupont@ac-creteil.fr' } };

async function routeDesk(page: Page): Promise<void> {
  const pages: Record<string, string> = {
    [DESK_PATHS.keycloak]: KEYCLOAK_DESK_PAGE,
    [DESK_PATHS.select]: SELECT_DESK_PAGE,
    [DESK_PATHS.links]: LINKS_DESK_PAGE,
    [DESK_PATHS.chosen]: destinationPage('Guichet choisi'),
  };
  await page.route(`${AUTH}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const broker = /^\/realms\/apps\/broker\/([^/]+)\/login$/.exec(path)?.[1];
    const body = pages[path] ?? (broker ? destinationPage(`Guichet ${broker}`) : undefined);
    return body === undefined
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  await page.route(/^https:\/\/id\.ac-[a-z-]+\.fr\//, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: destinationPage(`Site ${new URL(route.request().url()).hostname}`),
    }),
  );
}

async function deskDecision(page: Page): Promise<DeskDecision | undefined> {
  const raw = await page.locator('html').getAttribute(DESK_DECISION_ATTRIBUTE);
  return raw === null ? undefined : (JSON.parse(raw) as DeskDecision);
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

test.beforeEach(async ({ page }) => {
  await routeDesk(page);
});

test('Keycloak list, Créteil profile: Créteil pointed out; Versailles warns, then "Continuer quand même" follows it', async ({
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, CRETEIL);
  await page.goto(AUTH + DESK_PATHS.keycloak);
  await expect(banner(page)).toHaveAttribute('data-kind', 'hint');
  await expect(page.getByRole('status')).toContainText('Votre académie\u00a0: Créteil');
  expect(await uiInjected(page)).toBe(true);
  const go = page.getByRole('link', { name: 'Continuer avec Créteil' });
  await expect(go).toHaveAttribute('href', `${AUTH}${brokerPath('ac-creteil')}?session_code=abc&tab_id=t1`);

  await page.getByRole('link', { name: 'Académie de Versailles' }).click();
  await expect(banner(page)).toHaveAttribute('data-kind', 'warning');
  expect(new URL(page.url()).pathname).toBe(DESK_PATHS.keycloak); // not followed
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('académie de Versailles');
  await expect(alert).toContainText('académie de Créteil');
  await expect(alert).not.toHaveCSS('color', 'rgb(255, 0, 255)');
  await expect(page.getByRole('link', { name: 'Aller au guichet de Créteil' })).toHaveAttribute(
    'href',
    /\/broker\/ac-creteil\/login/,
  );

  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(page).toHaveURL(`${AUTH}${brokerPath('ac-versailles')}?session_code=abc&tab_id=t1`);
  await expect(page.getByRole('heading')).toHaveText('Guichet ac-versailles');
});

test('"Ne plus avertir pour ce site" is stored, listed in the options, and revocable there', async ({
  page,
  serviceWorker,
  extensionId,
  context,
}) => {
  await setSettings(serviceWorker, CRETEIL);
  await page.goto(AUTH + DESK_PATHS.keycloak);
  // The UI is injected after the bootstrap's question to the background (issue 16): its hint first.
  await expect(banner(page)).toHaveAttribute('data-kind', 'hint');
  await page.getByRole('link', { name: 'Académie de Lyon' }).click();
  await page.getByRole('button', { name: 'Ne plus avertir pour ce site' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => dismissedSites(serviceWorker)).toEqual([AUTH_HOST]);

  // After a reload: nothing shown, and another academy's entry is simply followed.
  await page.reload();
  await expect.poll(async () => (await deskDecision(page))?.shown).toBe('none');
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Académie de Lyon' }).click();
  await expect(page.getByRole('heading')).toHaveText('Guichet ac-lyon');

  const options = await openExtensionPage(await context.newPage(), extensionId, 'options.html', {
    width: 900,
    height: 900,
  });
  const list = options.getByTestId('dismissed-sites');
  await expect(list).toContainText(AUTH_HOST);
  await list.getByRole('button').click();
  await expect.poll(() => dismissedSites(serviceWorker)).toEqual([]);
  await options.close();
  await page.goto(AUTH + DESK_PATHS.keycloak);
  await expect(banner(page)).toHaveAttribute('data-kind', 'hint');
});

test('Lyon profile on the Lyon entry: no warning, the link is followed', async ({ page, serviceWorker }) => {
  await setSettings(serviceWorker, { profile: { academyId: 'lyon' } });
  await page.goto(AUTH + DESK_PATHS.keycloak);
  await expect(page.getByRole('status')).toContainText('Votre académie\u00a0: Lyon');
  await page.getByRole('link', { name: 'Académie de Lyon' }).click();
  await expect(page.getByRole('heading')).toHaveText('Guichet ac-lyon');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a <select> list: the wrong academy warns before the form is sent; continuing sends it', async ({
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, CRETEIL);
  await page.goto(AUTH + DESK_PATHS.select);
  await expect(banner(page)).toHaveAttribute('data-kind', 'hint');
  await page.getByLabel('Votre académie').selectOption('ac-versailles');
  await expect(banner(page)).toHaveAttribute('data-kind', 'warning');
  await page.getByRole('button', { name: 'Continuer', exact: true }).click();
  await expect(banner(page)).toHaveAttribute('data-kind', 'warning');
  expect(new URL(page.url()).pathname).toBe(DESK_PATHS.select);
  // The warning came from sending the form: continuing sends it.
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(page).toHaveURL(`${AUTH}${DESK_PATHS.chosen}?desk=ac-versailles`);
});

test('a <select> list: "Continuer avec Créteil" chooses it and sends the form', async ({
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, CRETEIL);
  await page.goto(AUTH + DESK_PATHS.select);
  await page.getByRole('button', { name: 'Continuer avec Créteil' }).click();
  await expect(page).toHaveURL(`${AUTH}${DESK_PATHS.chosen}?desk=ac-creteil`);
});

test('plain links to the academies’ sites: pointed out, warned, followed', async ({
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, CRETEIL);
  await page.goto(AUTH + DESK_PATHS.links);
  await expect(page.getByRole('link', { name: 'Continuer avec Créteil' })).toHaveAttribute(
    'href',
    'https://id.ac-creteil.fr/login',
  );
  await page.getByRole('link', { name: 'Académie de Versailles' }).click();
  await expect(banner(page)).toHaveAttribute('data-kind', 'warning');
  await page.getByRole('button', { name: 'Continuer quand même' }).click();
  await expect(page.getByRole('heading')).toHaveText('Site id.ac-versailles.fr');
});

test('in English; nothing without a profile or with an overseas territory’s', async ({
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { ...CRETEIL, language: 'en' });
  await page.goto(AUTH + DESK_PATHS.keycloak);
  await expect(page.getByRole('status')).toContainText('Your academy: Créteil');
  await page.getByRole('link', { name: 'Académie de Lyon' }).click();
  await expect(page.getByRole('button', { name: 'Continue anyway' })).toBeVisible();

  for (const profile of [{}, { address: 'jean.dupont@ac-noumea.nc' }]) {
    await setSettings(serviceWorker, { profile });
    await page.goto(AUTH + DESK_PATHS.keycloak);
    await expect.poll(async () => (await deskDecision(page))?.entries).toBe(0);
    await expect(banner(page)).toHaveCount(0);
  }
});

test('nothing to show (no academy, or the site dismissed): the UI script is not injected, until the settings change', async ({
  page,
  serviceWorker,
}) => {
  // The list of plain links: a desk page only (the Keycloak page is also a sign-in page, where the UI runs).
  for (const settings of [{ profile: {} }, { ...CRETEIL, dismissedSites: [AUTH_HOST] }]) {
    await setSettings(serviceWorker, settings);
    await page.goto(AUTH + DESK_PATHS.links);
    await expect.poll(async () => (await deskDecision(page))?.shown).toBe('none');
    await expect(banner(page)).toHaveCount(0);
    expect(await uiInjected(page)).toBe(false);
  }
  // The profile set while the page is open (from the popup, say): the page now needs the UI.
  await setSettings(serviceWorker, CRETEIL);
  await expect(banner(page)).toHaveAttribute('data-kind', 'hint');
  await expect(page.getByRole('status')).toContainText('Votre académie\u00a0: Créteil');
  expect(await uiInjected(page)).toBe(true);
});
