/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 11: the national platform by default, its real services, « Mon Nuage », the 2020 platform as
// an archived choice, in Chromium.

const catalogueLink = (page: Page, name: RegExp) => page.getByTestId('catalogue').getByRole('link', { name });
const NUAGE06 = 'https://nuage06.apps.education.fr';
const FILES_PAGE = '<!doctype html><html lang="fr"><title>Fichiers - Nuage</title><h1>Fichiers</h1></html>';

async function storedSettings(serviceWorker: import('@playwright/test').Worker) {
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settingsStorage'));
  return stored.settingsStorage as Record<string, unknown> | undefined;
}

test('first run with a Lyon address: the national catalogue, no beta.education.fr link', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker);
  await openExtensionPage(page, extensionId, 'popup.html');
  await page.getByTestId('profile-address').fill('prenom.nom@ac-lyon.fr');
  await page.getByTestId('profile-address').press('Enter');
  await expect(page.getByRole('heading', { name: 'Académie : Lyon' })).toBeVisible();
  // A new install has nothing to be told.
  await expect(page.getByTestId('platform-notice')).toHaveCount(0);

  await expect(catalogueLink(page, /La Boîte/)).toHaveAttribute('href', 'https://portail.apps.education.fr/');
  await expect(catalogueLink(page, /Nuage/)).toHaveAttribute('href', 'https://nuage.apps.education.fr/');
  await expect(catalogueLink(page, /^Vidéos \(Tubes\)/)).toHaveAttribute(
    'href',
    'https://tubes.apps.education.fr/',
  );
  await expect(catalogueLink(page, /CodiMD/)).toHaveAttribute('href', 'https://codimd.apps.education.fr/');
  await expect(catalogueLink(page, /^Forge/)).toHaveAttribute('href', 'https://forge.apps.education.fr/');
  await expect(catalogueLink(page, /Documentation de la Forge/)).toHaveAttribute(
    'href',
    'https://docs.forge.apps.education.fr/',
  );
  await expect(catalogueLink(page, /PodEduc/)).toHaveAttribute('href', 'https://podeduc.apps.education.fr/');
  await expect(catalogueLink(page, /Visio des agents/)).toHaveAttribute(
    'href',
    'https://visio-agents.education.fr/',
  );
  const hrefs = await page
    .getByTestId('catalogue')
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(15);
  expect(hrefs.filter((h) => h.includes('beta.education.fr'))).toEqual([]);
  for (const gone of [/Pad/, /Forum/, /Webconférence/, /Ma classe à la maison/])
    await expect(catalogueLink(page, gone)).toHaveCount(0);

  // Every thematic tube is reachable, with the keyboard too.
  const summary = page.getByText('Les 11 tubes thématiques');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(catalogueLink(page, /^Langues vivantes$/)).toHaveAttribute(
    'href',
    'https://tube-langues-vivantes.apps.education.fr/',
  );
  await expect(page.getByTestId('my-nuage')).toContainText('pas encore reconnu');
  expect(await storedSettings(serviceWorker)).toMatchObject({ platform: 'national', version: 3 });
});

test('after a visit to https://nuage06.apps.education.fr/apps/files/, the Nuage tile opens nuage06', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { profile: { address: 'prenom.nom@ac-lyon.fr' } });
  await context.route('https://*.apps.education.fr/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FILES_PAGE }),
  );
  const nuage = await context.newPage();
  try {
    // The login page of another node teaches nothing…
    await nuage.goto('https://nuage07.apps.education.fr/login');
    // …the files page of the user's node does.
    await nuage.goto(`${NUAGE06}/apps/files/`);
    await expect
      .poll(async () => (await storedSettings(serviceWorker))?.myNuage)
      .toBe('nuage06.apps.education.fr');

    await openExtensionPage(page, extensionId, 'popup.html');
    await expect(page.getByTestId('my-nuage')).toHaveText('Mon Nuage : nuage06');
    await expect(catalogueLink(page, /Nuage/)).toHaveAttribute('href', `${NUAGE06}/`);

    // The options show it, and forget it.
    await openExtensionPage(page, extensionId, 'options.html', { width: 900, height: 900 });
    await expect(page.getByTestId('my-nuage-current')).toHaveText('Serveur retenu : nuage06');
    await page.getByTestId('my-nuage-forget').click();
    await expect(page.getByText('Serveur Nuage oublié.')).toBeVisible();
    expect((await storedSettings(serviceWorker))?.myNuage).toBeUndefined();
  } finally {
    await nuage.close();
    await context.unroute('https://*.apps.education.fr/**');
  }
});

test('the 2020 platform chosen in the options still gives Grenoble’s 2020 links', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { profile: { address: 'jean.dupont@ac-grenoble.fr' } });
  await openExtensionPage(page, extensionId, 'options.html', { width: 900, height: 900 });
  const group = page.getByTestId('platform');
  await expect(group.locator('input[value="national"]')).toBeChecked();
  await expect(group).toContainText('Plateforme 2020 (archivée)');
  // A click, not check(): the radio follows the stored settings, a moment after the click.
  await group.locator('input[value="beta"]').click();
  await expect(group.locator('input[value="beta"]')).toBeChecked();

  const popup = await context.newPage();
  try {
    await openExtensionPage(popup, extensionId, 'popup.html');
    await expect(popup.getByText('Plateforme 2020 (archivée)')).toBeVisible();
    await expect(catalogueLink(popup, /Cloud/)).toHaveAttribute(
      'href',
      'https://cloud-grenoble.beta.education.fr/',
    );
    await expect(catalogueLink(popup, /La Boîte/)).toHaveAttribute(
      'href',
      'https://apps-grenoble.beta.education.fr/',
    );
    await expect(popup.getByTestId('my-nuage')).toHaveCount(0);
    // The FAQ's example ID comes out of the 2020 platform.
    await popup.getByRole('tab', { name: 'Partager' }).click();
    await popup.getByTestId('share-input').fill('prenom.nom@ac-grenoble.fr');
    await expect(popup.getByTestId('share-results').locator('code')).toHaveText(
      'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    );
  } finally {
    await popup.close();
  }
  expect(await storedSettings(serviceWorker)).toMatchObject({ platform: 'beta', platformChosen: true });
});

test('an update from v2: the user who never chose is moved, told once, and can go back', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      settingsStorage: {
        version: 2,
        language: 'fr',
        platform: 'beta',
        profile: { address: 'jean.dupont@ac-grenoble.fr' },
        dismissedSites: [],
        rememberedHosts: {},
      },
    }),
  );
  await openExtensionPage(page, extensionId, 'popup.html');
  const notice = page.getByTestId('platform-notice');
  await expect(notice.getByRole('heading')).toHaveText('Vous êtes passé à la plateforme nationale');
  await expect(catalogueLink(page, /Nuage/)).toHaveAttribute('href', 'https://nuage.apps.education.fr/');
  await notice.getByRole('button', { name: 'Revenir à la plateforme 2020' }).click();
  await expect(page.getByText(/Plateforme 2020 \(archivée\) rétablie/)).toBeVisible();
  await expect(catalogueLink(page, /Cloud/)).toHaveAttribute(
    'href',
    'https://cloud-grenoble.beta.education.fr/',
  );
  await expect(page.getByTestId('platform-notice')).toHaveCount(0);
  await page.reload();
  await expect(catalogueLink(page, /Cloud/)).toBeVisible();
  await expect(page.getByTestId('platform-notice')).toHaveCount(0);
});
