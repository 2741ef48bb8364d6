/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { expect, setSettings, test } from './fixtures';

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
    await expect(page.locator('main')).toContainText('les vidéos (PeerTube) de l’académie Lyon');
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
  await expect(page.locator('main')).toContainText('Nuage (Nextcloud) de l’académie Grenoble');
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
