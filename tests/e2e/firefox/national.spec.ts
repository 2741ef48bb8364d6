import type { Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../server';
import { IMPERSONATE_PARAM } from '../signin-pages';
import { expect, openExtensionPage, pollEvaluate, resetExtension, setSettings, test } from './fixtures';

// Issue 11 in Firefox (MV2): the national platform by default, « Mon Nuage », the 2020 platform as an
// archived choice. Firefox cannot route made-up https hosts here: the Nuage page comes from the tests'
// local server and stands for nuage06.apps.education.fr through the e2e build's query parameter (the
// background honours it in that build only, entrypoints/background/platform.ts).

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };
const FILES_PAGE = '<!doctype html><html lang="fr"><title>Fichiers - Nuage</title><h1>Fichiers</h1></html>';

let server: TestServer;

test.beforeAll(async () => {
  server = await startTestServer({ '/apps/files/': FILES_PAGE, '/login': FILES_PAGE });
});

test.afterAll(async () => {
  await server?.close();
});

/** href of each service link of the catalogue, by service id, once `academy`'s heading is shown. */
function catalogueLinks(page: Page, academy: string): Promise<Record<string, string>> {
  return pollEvaluate(
    page,
    (heading: string) => {
      if (!document.querySelector('h2')?.textContent?.includes(heading)) return null;
      const links = [
        ...document.querySelectorAll<HTMLAnchorElement>('[data-testid="catalogue"] a[data-service]'),
      ];
      return links.length
        ? Object.fromEntries(links.map((a) => [a.dataset.service, a.getAttribute('href')]))
        : null;
    },
    [academy],
    { what: `the catalogue of ${academy}` },
  ) as Promise<Record<string, string>>;
}

const allCatalogueHrefs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="catalogue"] a')].map((a) => a.getAttribute('href') ?? ''),
  );

const stored = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as ExtensionGlobal).browser;
    return (await api.storage.local.get('settingsStorage')).settingsStorage as Record<string, unknown>;
  });

test('first run with a Lyon address: the national catalogue, no beta.education.fr link', async ({
  firefox,
}) => {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    await resetExtension(page);
    await setSettings(page, { language: 'fr' });
    await pollEvaluate(page, () => document.querySelector('[data-testid="profile-address"]') !== null, [], {
      what: 'the first-run form',
    });
    await page.type('[data-testid="profile-address"]', 'prenom.nom@ac-lyon.fr');
    await page.keyboard.press('Enter');
    const links = await catalogueLinks(page, 'Lyon');
    expect(links).toMatchObject({
      portal: 'https://portail.apps.education.fr/',
      nextcloud: 'https://nuage.apps.education.fr/',
      peertube: 'https://tubes.apps.education.fr/',
      forge: 'https://forge.apps.education.fr/',
      'visio-agents': 'https://visio-agents.education.fr/',
    });
    const hrefs = await allCatalogueHrefs(page);
    expect(hrefs).toContain('https://tube-maternelle.apps.education.fr/');
    expect(hrefs.filter((h) => h.includes('beta.education.fr'))).toEqual([]);
    expect(await page.$('[data-testid="platform-notice"]')).toBeNull();
  } finally {
    await page.close();
  }
});

test('after a visit to nuage06’s files page, the Nuage tile opens nuage06 and « Mon Nuage » says so', async ({
  firefox,
}) => {
  const setup = await openExtensionPage(firefox, 'popup.html');
  await resetExtension(setup);
  await setSettings(setup, { language: 'fr', profile: { address: 'prenom.nom@ac-lyon.fr' } });
  const nuage = await firefox.browser.newPage();
  let popup: Page | undefined;
  try {
    // A login page teaches nothing; the files page of the node does.
    await nuage.goto(server.url(`/login?${IMPERSONATE_PARAM}=nuage07.apps.education.fr`));
    await nuage.goto(server.url(`/apps/files/?${IMPERSONATE_PARAM}=nuage06.apps.education.fr`));
    await pollEvaluate(
      setup,
      async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        const s = (await api.storage.local.get('settingsStorage')).settingsStorage as { myNuage?: string };
        return s?.myNuage === 'nuage06.apps.education.fr';
      },
      [],
      { what: 'the learned node' },
    );
    popup = await openExtensionPage(firefox, 'popup.html');
    const links = await catalogueLinks(popup, 'Lyon');
    expect(links.nextcloud).toBe('https://nuage06.apps.education.fr/');
    const line = await popup.evaluate(() => document.querySelector('[data-testid="my-nuage"]')?.textContent);
    expect(line).toBe('Mon Nuage : nuage06');
  } finally {
    await popup?.close();
    await nuage.close();
    await setup.close();
  }
});

test('the 2020 platform chosen in the options still gives Grenoble’s 2020 links', async ({ firefox }) => {
  const options = await openExtensionPage(firefox, 'options.html');
  let popup: Page | undefined;
  try {
    await resetExtension(options);
    await setSettings(options, { language: 'fr', profile: { address: 'jean.dupont@ac-grenoble.fr' } });
    await pollEvaluate(
      options,
      () =>
        (
          document.querySelector(
            '[data-testid="platform"] input[value="national"]',
          ) as HTMLInputElement | null
        )?.checked === true,
      [],
      { what: 'the national platform checked' },
    );
    await options.click('[data-testid="platform"] input[value="beta"]');
    await pollEvaluate(
      options,
      async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        const s = (await api.storage.local.get('settingsStorage')).settingsStorage as { platform?: string };
        return s?.platform === 'beta';
      },
      [],
      { what: 'the 2020 platform stored' },
    );
    popup = await openExtensionPage(firefox, 'popup.html');
    const links = await catalogueLinks(popup, 'Grenoble');
    expect(links.nextcloud).toBe('https://cloud-grenoble.beta.education.fr/');
    expect(links.portal).toBe('https://apps-grenoble.beta.education.fr/');
    expect(await stored(popup)).toMatchObject({ platform: 'beta', platformChosen: true });
  } finally {
    await popup?.close();
    await options.close();
  }
});
