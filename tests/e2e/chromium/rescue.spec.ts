/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from '../paths';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 18: a dead 2020 link opens the extension's rescue page (declarativeNetRequest), with the
// network cut; and the link converter of the popup copies a Nuage share link's download form.

const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d';
const OLD_VIDEO = `https://tube-lyon.beta.education.fr/videos/watch/${UUID}`;

/** Writes the settings and waits until the background's rule follows them. */
async function settle(serviceWorker: Worker, settings: Record<string, unknown>): Promise<boolean> {
  await setSettings(serviceWorker, settings);
  return serviceWorker.evaluate(async () => {
    const hook = (globalThis as { __compagnonTest?: { syncRescueRule(): Promise<boolean> } }).__compagnonTest;
    if (!hook) throw new Error('The e2e test hook is missing: is this the e2e build?');
    return hook.syncRescueRule();
  });
}

/** Navigates and waits for the navigation to end somewhere (rescue page or error page). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

test('with the network cut, a 2020 video link shows the rescue page, in French, with where it lives today', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  expect(await settle(serviceWorker, { platform: 'national' })).toBe(true);
  await context.setOffline(true);
  try {
    await open(page, OLD_VIDEO);
    await expect(page).toHaveURL(`chrome-extension://${extensionId}/rescue.html#${OLD_VIDEO}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ce lien mène à l’ancienne plateforme de 2020',
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('main')).toContainText(
      'les vidéos (PeerTube) de la plateforme apps.education.fr de 2020 (« beta »), instance : Lyon.',
    );
    await expect(page.locator('main')).toContainText('a fermé en 2021');
    await expect(page.getByTestId('rescue-old-url')).toHaveText(OLD_VIDEO);
    await expect(page.getByRole('link', { name: 'Ouvrir le portail des vidéos' })).toHaveAttribute(
      'href',
      'https://tubes.apps.education.fr/',
    );
    await expect(page.getByTestId('rescue-search-link')).toHaveAttribute(
      'href',
      `https://tubes.apps.education.fr/search?search=${UUID}`,
    );
    await expect(page).toHaveTitle('Lien de la plateforme de 2020 — Compagnon Apps Édu');
  } finally {
    await context.setOffline(false);
  }
});

test('a 2020 link clicked in another site’s page is rescued too; look-alike hosts are not', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await settle(serviceWorker, { platform: 'national' });
  const links = [
    'https://cloud-grenoble.beta.education.fr/s/AbCdEfGhIjKlMnO',
    'https://tube-lyon.beta.education.fr.evil.example/videos/watch/x',
  ];
  await page.route('https://ent.example.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>ENT</title>${links.map((l, i) => `<a id="l${i}" href="${l}">lien</a>`).join(' ')}`,
    }),
  );
  // The look-alike must reach the network (here: answered by the test), never the rescue page.
  await page.route('https://tube-lyon.beta.education.fr.evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Look-alike</title>' }),
  );
  await page.goto('https://ent.example.test/');
  await page.click('#l0');
  await expect(page).toHaveURL(`chrome-extension://${extensionId}/rescue.html#${links[0]}`);
  await expect(page.locator('main')).toContainText(
    'Nuage (Nextcloud) de la plateforme apps.education.fr de 2020 (« beta »), instance : Grenoble.',
  );
  await expect(page.getByRole('link', { name: 'Ouvrir Mon Nuage' })).toHaveAttribute(
    'href',
    'https://nuage.apps.education.fr/',
  );
  // "Page précédente" goes back to the ENT (the dead address never entered the history).
  await page.getByRole('button', { name: 'Page précédente' }).click();
  await expect(page).toHaveURL('https://ent.example.test/');
  await page.click('#l1');
  await expect(page).toHaveTitle('Look-alike');
});

test('switchable: turned off in the settings, or on the beta platform, nothing is redirected', async ({
  page,
  serviceWorker,
}) => {
  for (const settings of [{ platform: 'national', rescueDeadLinks: false }, { platform: 'beta' }]) {
    expect(await settle(serviceWorker, settings)).toBe(false);
    expect(await serviceWorker.evaluate(() => chrome.declarativeNetRequest.getSessionRules())).toEqual([]);
    await page.route(OLD_VIDEO, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Instance</title>' }),
    );
    await open(page, OLD_VIDEO);
    await expect(page).toHaveURL(OLD_VIDEO);
    await page.unrouteAll();
  }
});

const SHARE = 'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5';

test('popup « Partager » → « Convertir un lien »: a Nuage share link converts, and Copier puts the download link on the clipboard', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await setSettings(serviceWorker, {});
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExtensionPage(page, extensionId, 'popup.html#share');
  await page.getByLabel('Lien à convertir').fill(SHARE);
  await expect(page.getByRole('heading', { name: /Lien de partage Nuage/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copier (Téléchargement direct)' }).click();
  await expect(page.getByTestId('link-status')).toHaveText('Copié : Téléchargement direct.');
  // The same button, renamed for a few seconds.
  const copy = page.locator('[data-form="download"] button');
  await expect(copy).toHaveAccessibleName('Copié ✓ (Téléchargement direct)');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SHARE}/download`);
  // The confirmation goes after a few seconds.
  await expect(copy).toContainText('Copier', { timeout: 6000 });
  // A look-alike: a reason, nothing to copy.
  await page
    .getByLabel('Lien à convertir')
    .fill('https://nuage03.apps.education.fr.evil.example/s/Ab3dE6gH9jK2mN5');
  await expect(page.locator('#link-reason')).toHaveText(
    'Ce lien n’est pas sur un serveur de la plateforme nationale (apps.education.fr).',
  );
  await expect(page.getByRole('button', { name: /^Copier/ })).toHaveCount(0);
});

test('context menu on a Tube link: the embed code on the clipboard, confirmed by a notification', async ({
  context,
  page,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, {});
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.route('https://example.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Clipboard</title>' }),
  );
  await page.goto('https://example.test/');
  await page.bringToFront();
  const result = await serviceWorker.evaluate(async (linkUrl) => {
    const hook = (globalThis as { __compagnonTest?: { handleLinkClick(info: unknown): Promise<unknown> } })
      .__compagnonTest;
    return hook?.handleLinkClick({ menuItemId: 'compagnon-link-convert', linkUrl });
  }, `https://tube-cycle-3.apps.education.fr/w/${UUID}?start=42`);
  const embed = `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}?start=42`;
  expect(result).toMatchObject({ handled: true, notice: { ok: true, title: 'Code d’intégration copié' } });
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain(`src="${embed}"`);
  expect(clipboard).toMatch(/^<iframe title="Vidéo"/);
  const notifications = await serviceWorker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications)).toContain('compagnon-link');
  // The share menu's items and ours coexist (no removeAll of one by the other).
  for (const id of ['compagnon-link-convert', 'compagnon-share-link', 'compagnon-share-selection']) {
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          (itemId) => chrome.contextMenus.update(itemId, {}).then(() => 'exists', String),
          id,
        ),
      )
      .toBe('exists');
  }
});

test('screenshots of the rescue page: light, dark, 320 px', async ({ page, serviceWorker }) => {
  for (const [theme, width, file] of [
    ['light', 900, 'rescue-light.png'],
    ['dark', 900, 'rescue-dark.png'],
    ['light', 320, 'rescue-320.png'],
  ] as const) {
    await settle(serviceWorker, { platform: 'national', theme });
    await page.setViewportSize({ width, height: 760 });
    await open(page, OLD_VIDEO);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Reflow (RGAA 10.11): no horizontal scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
  }
});
