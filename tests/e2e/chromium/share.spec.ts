/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SCREENSHOT_DIR } from '../paths';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 4: "Partager avec ce collègue (Nextcloud)". No API clicks a context-menu item: the tests call
// the one click handler through the e2e-only hook, and read the real clipboard back from a page.

const LINK_ITEM = 'compagnon-share-link';
const SELECTION_ITEM = 'compagnon-share-selection';
const PAGE_URL = 'https://example.test/';

interface ClickResult {
  handled: boolean;
  copied?: string;
  notice?: { ok: boolean; title: string; message: string };
}

function clickMenu(serviceWorker: Worker, info: Record<string, unknown>): Promise<ClickResult> {
  return serviceWorker.evaluate(async (clickInfo) => {
    const hook = (
      globalThis as { __compagnonTest?: { handleShareClick(info: unknown): Promise<ClickResult> } }
    ).__compagnonTest;
    if (!hook) throw new Error('The e2e test hook is missing: is this the e2e build?');
    return hook.handleShareClick(clickInfo);
  }, info);
}

/** A plain https page (secure context) where the clipboard can be read and written. */
async function clipboardPage(context: BrowserContext, page: Page): Promise<Page> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.route(PAGE_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Clipboard</title><p>Page</p>' }),
  );
  await page.goto(PAGE_URL);
  await page.bringToFront();
  return page;
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page: Page, text: string) =>
  page.evaluate((value) => navigator.clipboard.writeText(value), text);

test.beforeEach(async ({ serviceWorker }) => {
  // The 2020 (beta) platform: IDs derived from the academy (national is the default since v3).
  await setSettings(serviceWorker, { platform: 'beta' });
});

/** WCAG 2.1 AA rules on the share panel (labels, names, contrast in the default theme). */
async function expectNoAxeViolations(popup: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page: popup })
    .include('#panel-share')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('both menu items exist after install', async ({ serviceWorker }) => {
  for (const id of [LINK_ITEM, SELECTION_ITEM]) {
    // No API lists menu items; update() rejects for an unknown id. onInstalled may still be running.
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          (itemId) =>
            chrome.contextMenus.update(itemId, {}).then(
              () => 'exists',
              (error: unknown) => String(error),
            ),
          id,
        ),
      )
      .toBe('exists');
  }
});

test('a selected name and address puts the share ID on the clipboard and says so', async ({
  context,
  page,
  serviceWorker,
}) => {
  await clipboardPage(context, page);
  await writeClipboard(page, 'avant');
  const result = await clickMenu(serviceWorker, {
    menuItemId: SELECTION_ITEM,
    selectionText: 'Écrire à Jean Dupont <jean.dupont@ac-lyon.fr>',
  });
  const id = 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr';
  expect(result.copied).toBe(id);
  expect(result.notice).toMatchObject({ ok: true, title: 'Identifiant de partage copié' });
  expect(result.notice?.message).toContain(id);
  expect(await readClipboard(page)).toBe(id);
  // The confirmation really is a notification.
  const notifications = await serviceWorker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications)).toContain('compagnon-share');
});

test('a mailto: link with two recipients gives two lines', async ({ context, page, serviceWorker }) => {
  await clipboardPage(context, page);
  const result = await clickMenu(serviceWorker, {
    menuItemId: LINK_ITEM,
    linkUrl: 'mailto:jean.dupont@ac-lyon.fr,marie.curie@ac-grenoble.fr?subject=R%C3%A9union',
  });
  expect(result.notice?.title).toBe('2 identifiants de partage copiés');
  expect((await readClipboard(page)).split('\n')).toEqual([
    'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
    'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
  ]);
});

test('a Gmail address gives the reason and leaves the clipboard as it was', async ({
  context,
  page,
  serviceWorker,
}) => {
  await clipboardPage(context, page);
  await writeClipboard(page, 'contenu précédent');
  const result = await clickMenu(serviceWorker, {
    menuItemId: SELECTION_ITEM,
    selectionText: 'bob@gmail.com',
  });
  expect(result.copied).toBeUndefined();
  expect(result.notice).toMatchObject({ ok: false, title: 'Rien n’a été copié' });
  expect(result.notice?.message).toMatch(/^bob@gmail\.com : ce n’est pas une adresse académique/);
  expect(await readClipboard(page)).toBe('contenu précédent');
});

test('popup tab "Partager": several addresses, one result each, "Tout copier"', async ({
  context,
  page,
  extensionId,
}) => {
  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html#share');
    const input = popup.getByTestId('share-input');
    await input.fill(
      'À : Jean Dupont <jean.dupont@ac-lyon.fr>; bob@gmail.com; jean.dupont@ac-lyon.fr@nuage03.apps.education.fr; Marie <marie.curie@ac-grenoble.fr>',
    );
    const results = popup.getByTestId('share-results').getByRole('listitem');
    await expect(results).toHaveCount(4);
    await expect(results.nth(0).locator('code')).toHaveText(
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
    );
    await expect(results.nth(1)).toContainText('n’est pas une adresse académique');
    await expect(results.nth(2)).toContainText('Identifiant de partage reconnu');
    await expect(results.nth(2)).toContainText('Serveur de l’identifiant collé : nuage03.apps.education.fr');
    await expect(results.nth(3).locator('code')).toHaveText(
      'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    );
    await expectNoAxeViolations(popup);

    await popup
      .getByRole('button', {
        name: 'Copier l’identifiant marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
      })
      .click();
    await expect(popup.getByTestId('share-status')).toHaveText(
      'Copié : marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    );
    await popup.getByRole('button', { name: /^Tout copier/ }).click();
    await expect(popup.getByTestId('share-status')).toHaveText('Copié : 3 identifiants, un par ligne');
    await expect(popup.getByTestId('share-history').locator('code')).toHaveCount(3);

    await clipboardPage(context, page);
    expect((await readClipboard(page)).split('\n')).toEqual([
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      'jean.dupont@ac-lyon.fr@nuage03.apps.education.fr',
      'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    ]);

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Effacer l’historique' }).click();
    await expect(popup.getByTestId('share-history')).toHaveCount(0);
    await expect(popup.getByText('Aucun identifiant copié pour l’instant.')).toBeVisible();
  } finally {
    await popup.close();
  }
});

test('national platform: no ID is built from an address; the ID pasted once is used by the menu too', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await setSettings(serviceWorker, { platform: 'national' });
  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html#share');
    await popup.getByTestId('share-input').fill('Jean Dupont <jean.dupont@ac-lyon.fr>');
    const result = popup.getByTestId('share-results').getByRole('listitem');
    await expect(result).toContainText('n’est pas dans votre carnet');
    await expect(result.locator('code')).toHaveCount(0);
    // The tab's stylesheet came with its lazy chunk (the popup's own preload helper, wxt.config.ts).
    await expect(popup.getByTestId('share-results')).toHaveCSS('list-style-type', 'none');
    await expectNoAxeViolations(popup);
    await popup.getByTestId('share-paste-id').fill('jdupont@nuage05.apps.education.fr');
    await popup.getByRole('button', { name: /^Enregistrer dans le carnet/ }).click();
    await expect(result.locator('code')).toHaveText('jdupont@nuage05.apps.education.fr');
    await expect(popup.getByTestId('share-status')).toHaveText(
      'Identifiant jdupont@nuage05.apps.education.fr enregistré pour jean.dupont@ac-lyon.fr.',
    );
  } finally {
    await popup.close();
  }

  // And from the context menu.
  await clipboardPage(context, page);
  const click = await clickMenu(serviceWorker, {
    menuItemId: SELECTION_ITEM,
    selectionText: 'jean.dupont@ac-lyon.fr',
  });
  expect(click.copied).toBe('jdupont@nuage05.apps.education.fr');
  expect(await readClipboard(page)).toBe('jdupont@nuage05.apps.education.fr');
});

/** Ten pasted lines: a greeting, seven colleagues (one line with two, one of them again), two refusals. */
const TEN_LINES = [
  'Bonjour à tous,',
  'Jean Dupont <jean.dupont@ac-lyon.fr>',
  'marie.curie@ac-grenoble.fr',
  'paul.martin@ac-nantes.fr',
  'sophie.leroy@ac-rennes.fr',
  'luc.bernard@ac-bordeaux.fr',
  'Claire Petit <claire.petit@ac-lille.fr>, JEAN.DUPONT@ac-lyon.fr',
  'anne.moreau@ac-versailles.fr',
  'bob@gmail.com',
  'élodie.durand@ac-lyon.fr',
].join('\n');

test('ten mixed lines: a summary with the right counts, compact rows, « Copié ✓ » on the button', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html#share', { width: 380, height: 700 });
    await popup.getByTestId('share-input').fill(TEN_LINES);
    await expect(popup.getByTestId('share-summary')).toHaveText(
      '7 identifiants prêts · 2 adresses refusées · 1 ligne sans adresse · 1 doublon ignoré',
    );
    await expect(popup.getByTestId('share-results').getByRole('listitem')).toHaveCount(9);
    // Compact: nine results take well under half the 2,800 px of the issue (at 380 px).
    const height = await popup
      .getByTestId('share-results')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(1200);
    const copy = popup.getByRole('button', {
      name: 'Copier l’identifiant marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    });
    await copy.click();
    const copied = popup.getByRole('button', {
      name: 'Copié ✓ l’identifiant marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    });
    await expect(copied).toBeVisible();
    // The status line says it too, in view.
    await expect(popup.getByTestId('share-status')).toHaveText(
      'Copié : marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    );
    await expect(popup.getByTestId('share-status')).toBeInViewport();
    await expect(copied).toHaveCount(0, { timeout: 6000 });
    await popup.getByRole('button', { name: /^Tout copier/ }).click();
    await expect(popup.getByRole('button', { name: /^Copié ✓ \(7 identifiants/ })).toBeVisible();
    await expect(popup.getByTestId('share-history')).toContainText('marie.curie@ac-grenoble.fr · ');
    await expectNoAxeViolations(popup);
    // Each ID piece stays on one line: no break inside « cloud-grenoble ».
    const pieces = await popup
      .getByTestId('share-results')
      .locator('code span')
      .evaluateAll((spans) => spans.every((s) => s.getClientRects().length === 1));
    expect(pieces).toBe(true);

    // What the popup shows (not the full page, where the sticky status line would sit mid-page):
    // the summary, « Copié ✓ », the first rows, the status line at the bottom.
    await popup.getByTestId('share-summary').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      // Below the sticky title and tabs.
      window.scrollBy(0, -(document.querySelector('.popup-top')?.getBoundingClientRect().height ?? 0) - 8);
    });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(SCREENSHOT_DIR, `share-ten-lines-${scheme}.png`) });
    }
    await popup.setViewportSize({ width: 320, height: 700 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'share-ten-lines-320.png') });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  } finally {
    await popup.close();
  }
});
