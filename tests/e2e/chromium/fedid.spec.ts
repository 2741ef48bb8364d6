/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SCREENSHOT_DIR } from '../paths';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 12: federation IDs on today's platform. No API clicks a context-menu item: the tests call the
// one click handler through the e2e-only hook, and read the real clipboard back from a page.

const LINK_ITEM = 'compagnon-share-link';
const SELECTION_ITEM = 'compagnon-share-selection';
const JEAN_ID = 'jdupont@nuage06.apps.education.fr';
const FAQ_ID = 'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr';
const PROFILE_URL = 'https://portail.apps.education.fr/profile';
const PROFILE_PAGE = readFileSync(join(process.cwd(), 'tests/fixtures/capture/laboite-profile.html'), 'utf8');

interface ClickResult {
  handled: boolean;
  copied?: string;
  notice?: { ok: boolean; title: string; message: string };
  unknown?: string[];
  offer?: string;
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

async function clipboardPage(context: BrowserContext, page: Page): Promise<Page> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.route('https://example.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Clipboard</title><p>Page</p>' }),
  );
  await page.goto('https://example.test/');
  await page.bringToFront();
  return page;
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page: Page, text: string) =>
  page.evaluate((value) => navigator.clipboard.writeText(value), text);

async function seedBook(serviceWorker: Worker, entries: Record<string, unknown>[]): Promise<void> {
  await serviceWorker.evaluate(
    (list) => chrome.storage.local.set({ idBookStorage: { version: 1, entries: list } }),
    entries,
  );
}

const jeanEntry = {
  id: JEAN_ID,
  address: 'jean.dupont@ac-lyon.fr',
  name: 'Jean Dupont',
  how: 'pasted',
  addedAt: Date.UTC(2026, 0, 5),
  updatedAt: Date.UTC(2026, 0, 5),
};

async function expectNoAxeViolations(popup: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page: popup })
    .include('#panel-share')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeEach(async ({ serviceWorker }) => {
  await setSettings(serviceWorker, { platform: 'national' });
});

test('a real national ID is accepted (never « not staff ») and remembered in the book', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html#share');
    // Pasted as is: recognised.
    await popup.getByTestId('share-input').fill(JEAN_ID);
    const result = popup.getByTestId('share-results').getByRole('listitem');
    await expect(result).toContainText('Identifiant de fédération reconnu');
    await expect(result).not.toContainText('n’est pas une adresse académique');

    // An address whose ID is unknown: said plainly, nothing invented; the ID pasted once.
    await popup.getByTestId('share-input').fill('Jean Dupont <jean.dupont@ac-lyon.fr>');
    await expect(result).toContainText('n’est pas dans votre carnet');
    await expect(result.locator('code')).toHaveCount(0);
    await expect(result.getByRole('link', { name: /^Demander son identifiant/ })).toHaveAttribute(
      'href',
      /^mailto:jean\.dupont@ac-lyon\.fr\?subject=/,
    );
    await expectNoAxeViolations(popup);
    await popup.getByTestId('share-paste-id').fill(JEAN_ID);
    await popup.getByRole('button', { name: /^Enregistrer dans le carnet/ }).click();
    await expect(result.locator('code')).toHaveText(JEAN_ID);
    await expect(popup.getByTestId('id-book')).toContainText('jean.dupont@ac-lyon.fr');
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('idBookStorage'));
    expect(stored.idBookStorage).toMatchObject({
      version: 1,
      entries: [{ id: JEAN_ID, address: 'jean.dupont@ac-lyon.fr', how: 'pasted' }],
    });

    // Next time the popup opens: known at once.
    await popup.reload();
    await popup.getByTestId('share-input').fill('jean.dupont@ac-lyon.fr');
    await expect(popup.getByTestId('share-results').locator('code')).toHaveText(JEAN_ID);
  } finally {
    await popup.close();
  }
});

test('right-click on the mailto: of a known colleague copies their ID (clipboard read back)', async ({
  context,
  page,
  serviceWorker,
}) => {
  await seedBook(serviceWorker, [jeanEntry]);
  await clipboardPage(context, page);
  await writeClipboard(page, 'avant');
  const result = await clickMenu(serviceWorker, {
    menuItemId: LINK_ITEM,
    linkUrl: 'mailto:Jean.Dupont@ac-lyon.fr?subject=Bonjour',
  });
  expect(result.copied).toBe(JEAN_ID);
  expect(result.notice).toMatchObject({ ok: true, title: 'Identifiant de partage copié' });
  expect(await readClipboard(page)).toBe(JEAN_ID);
});

test('right-click on an unknown colleague copies nothing, explains, and offers the share tab', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await clipboardPage(context, page);
  await writeClipboard(page, 'contenu précédent');
  const result = await clickMenu(serviceWorker, {
    menuItemId: LINK_ITEM,
    linkUrl: 'mailto:marie.curie@ac-lyon.fr',
  });
  expect(result.copied).toBeUndefined();
  expect(result.notice).toMatchObject({ ok: false, title: 'Identifiant inconnu : rien n’a été copié' });
  expect(result.notice?.message).toContain(
    'marie.curie@ac-lyon.fr : son identifiant de fédération n’est pas dans votre carnet',
  );
  expect(result.notice?.message).toContain('onglet « Partager »');
  expect(await readClipboard(page)).toBe('contenu précédent');
  const notifications = await serviceWorker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications)).toContain('compagnon-share');

  // The offered page: the popup's share tab with the address filled in.
  expect(result.offer).toBe(`chrome-extension://${extensionId}/popup.html?to=marie.curie%40ac-lyon.fr#share`);
  const popup = await context.newPage();
  try {
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(result.offer!);
    await expect(popup.getByTestId('share-input')).toHaveValue('marie.curie@ac-lyon.fr');
    await expect(popup.getByTestId('share-results')).toContainText('n’est pas dans votre carnet');
    await seedBook(serviceWorker, [
      jeanEntry,
      {
        ...jeanEntry,
        id: 'jdupont@nuage02.apps.education.fr',
        address: 'jean.dupont@ac-nice.fr',
        name: 'Jean Dupont',
      },
    ]);
    await expect(popup.getByTestId('id-book').getByRole('listitem')).toHaveCount(2);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(SCREENSHOT_DIR, `share-unknown-${scheme}.png`), fullPage: true });
    }
    await popup.setViewportSize({ width: 320, height: 900 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'share-unknown-320.png'), fullPage: true });
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  } finally {
    await popup.close();
  }
});

test('my ID captured from a served https://portail.apps.education.fr/profile appears in the popup', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.route(PROFILE_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: PROFILE_PAGE }),
  );
  await page.goto(PROFILE_URL);
  await expect
    .poll(() =>
      serviceWorker.evaluate(() =>
        chrome.storage.local.get('myFederationIdStorage').then((s) => s.myFederationIdStorage),
      ),
    )
    .toMatchObject({ id: JEAN_ID, source: 'profile', node: 'nuage06' });
  // My ID teaches « Mon Nuage » (issue 11's setting).
  await expect
    .poll(() =>
      serviceWorker.evaluate(() =>
        chrome.storage.local.get('settingsStorage').then((s) => s.settingsStorage),
      ),
    )
    .toMatchObject({ myNuage: 'nuage06.apps.education.fr' });
  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html#share', { width: 380, height: 700 });
    await expect(popup.getByTestId('my-federation-id')).toContainText(JEAN_ID);
    await expect(
      popup.getByTestId('my-federation-id').getByRole('link', { name: 'Envoyer par courriel' }),
    ).toHaveAttribute('href', /^mailto:\?subject=/);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup
        .getByTestId('my-federation-id')
        .screenshot({ path: join(SCREENSHOT_DIR, `my-id-${scheme}.png`) });
    }
    await popup.setViewportSize({ width: 320, height: 700 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByTestId('my-federation-id').screenshot({ path: join(SCREENSHOT_DIR, 'my-id-320.png') });
  } finally {
    await popup.close();
  }
});

test('the beta flow still gives the FAQ’s ID', async ({ context, page, serviceWorker }) => {
  await setSettings(serviceWorker, { platform: 'beta' });
  await clipboardPage(context, page);
  const result = await clickMenu(serviceWorker, {
    menuItemId: SELECTION_ITEM,
    selectionText: 'prenom.nom@ac-grenoble.fr',
  });
  expect(result.copied).toBe(FAQ_ID);
  expect(await readClipboard(page)).toBe(FAQ_ID);
});
