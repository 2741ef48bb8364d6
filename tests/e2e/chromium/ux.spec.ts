/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from '../paths';
import { expect, isolatedTest, openExtensionPage, setSettings, test } from './fixtures';

// Issue 14 (first run, keyboard and text size, onboarding) in Chromium, with its screenshots.

const GRENOBLE = { profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' } };

function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
}

/**
 * A larger browser font, emulated: Playwright cannot set the browser's font size (and the DevTools
 * protocol's Page.setFontSizes did not change the root size of extension pages here), so the root
 * gets the size a `px` browser font gives it (base.css: 93.75 %). Media queries in em still see 16 px.
 */
async function emulateBrowserFont(page: Page, px: number): Promise<void> {
  await page.addStyleTag({ content: `:root { font-size: ${px * 0.9375}px !important; }` });
}

/** Light, dark, 320 px and a 24 px browser font: four screenshots of one page. */
async function fourScreenshots(
  page: Page,
  name: string,
  width: number,
  ready: (page: Page) => Promise<void>,
) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 600 });
    await page.reload();
    await ready(page);
    await screenshot(page, `${name}-${scheme}.png`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 600 });
  await page.reload();
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await screenshot(page, `${name}-320.png`);
  await page.setViewportSize({ width, height: 600 });
  await page.reload();
  await emulateBrowserFont(page, 24);
  await ready(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22.5px');
  await screenshot(page, `${name}-large-text.png`);
}

isolatedTest(
  'the welcome page opens on install, with the shortcut and the privacy promise',
  async ({ context, extensionId }) => {
    const url = `chrome-extension://${extensionId}/welcome.html`;
    const welcome =
      context.pages().find((p) => p.url() === url) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url() === url }));
    await welcome.bringToFront();
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Compagnon Apps Édu');
    // Bound, or said as the planned one when this browser left it unbound.
    await expect(welcome.getByTestId('welcome-shortcut')).toContainText('Alt+Shift+A');
    await expect(welcome.getByTestId('welcome-shortcut')).toContainText('chrome://extensions/shortcuts');
    await expect(welcome.getByRole('link', { name: 'Lire la politique de confidentialité' })).toHaveAttribute(
      'href',
      '/privacy.html',
    );
    // Set the address there, pasted from a mail client.
    await welcome.getByTestId('profile-address').fill('Jean Dupont <jean.dupont@ac-grenoble.fr>');
    await welcome.getByRole('button', { name: 'Valider' }).click();
    await expect(welcome.getByText('C’est noté : Académie : Grenoble.')).toBeVisible();
    await expect(welcome.getByRole('heading', { name: 'Vie privée' })).toBeFocused();
  },
);

test('first run: « Jean Dupont <adresse> » pasted from a mail client is read', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker);
  await openExtensionPage(page, extensionId, 'popup.html');
  const field = page.getByTestId('profile-address');
  await field.fill('Jean Dupont <jean.dupont@ac-grenoble.fr>');
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Académie : Grenoble' })).toBeVisible();
  // The focus went on to the services panel, not to <body>.
  await expect(page.locator('#panel-services')).toBeFocused();
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settingsStorage'));
  expect(stored.settingsStorage).toMatchObject({
    profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
  });
});

test('first run: a near miss is suggested, one click accepts it; screenshots', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker);
  await openExtensionPage(page, extensionId, 'popup.html');
  const nearMiss = async (p: Page) => {
    await p.getByTestId('profile-address').fill('jean.dupont@ac-grenble.fr');
    await p.getByRole('button', { name: 'Valider' }).click();
    await expect(p.getByRole('alert').filter({ hasText: 'Vouliez-vous dire' })).toContainText(
      'Vouliez-vous dire @ac-grenoble.fr ?',
    );
  };
  await fourScreenshots(page, 'first-run', 380, nearMiss);
  await page.getByRole('button', { name: 'Utiliser jean.dupont@ac-grenoble.fr' }).click();
  await expect(page.getByRole('heading', { name: 'Académie : Grenoble' })).toBeVisible();
});

test('« Changer d’adresse »: not « Bienvenue »; Escape cancels and the focus returns to the menu', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, GRENOBLE);
  await openExtensionPage(page, extensionId, 'popup.html');
  const menu = page.getByRole('button', { name: 'Plus d’actions' });
  await menu.focus();
  // ArrowDown opens it before its code is loaded.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Options' })).toBeFocused();
  await page.getByRole('menuitem', { name: 'Changer d’adresse ou d’académie' }).click();
  await expect(page.getByRole('heading', { name: 'Changer d’adresse ou d’académie' })).toBeVisible();
  await expect(page.getByText('Bienvenue')).toHaveCount(0);
  await expect(page.getByTestId('profile-address')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('catalogue')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plus d’actions' })).toBeFocused();
});

test('text size: a 200 % browser font shows the first services; the header and tabs stay in view', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, GRENOBLE);
  await openExtensionPage(page, extensionId, 'popup.html', { width: 380, height: 600 });
  await emulateBrowserFont(page, 32);
  const first = page.getByTestId('catalogue').getByRole('link').first();
  await screenshot(page, 'popup-200-percent.png');
  await expect(first).toBeInViewport();
  await page.mouse.wheel(0, 2000);
  await expect(page.getByRole('tab', { name: 'Mes services' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('the welcome page and the options: light, dark, 320 px, 24 px font', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker);
  await openExtensionPage(page, extensionId, 'welcome.html', { width: 900, height: 600 });
  await fourScreenshots(page, 'welcome', 900, async (p) => {
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
  });
  await setSettings(serviceWorker, GRENOBLE);
  await openExtensionPage(page, extensionId, 'options.html', { width: 900, height: 600 });
  await fourScreenshots(page, 'options', 900, async (p) => {
    await expect(p.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+$/);
  });
  await expect(page.getByTestId('advanced').getByTestId('catalogue-url')).toBeVisible();
  await expect(page.getByTestId('about-shortcut')).toContainText('Alt+Shift+A');
});

test('options: after « Réinitialiser » and its confirmation the focus is on the reset button', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, GRENOBLE);
  await openExtensionPage(page, extensionId, 'options.html', { width: 900, height: 900 });
  await page.getByRole('button', { name: 'Réinitialiser tous les réglages' }).click();
  await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Confirmer la réinitialisation' }).click();
  await expect(page.getByText('Réglages réinitialisés.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réinitialiser tous les réglages' })).toBeFocused();
});
