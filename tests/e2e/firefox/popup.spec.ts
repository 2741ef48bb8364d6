import type { Page } from 'puppeteer-core';
import { expect, openExtensionPage, pollEvaluate, resetExtension, setSettings, test } from './fixtures';

// Issue 3 in Firefox (MV2): first run, catalogue links, the options page, no managed storage.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

/** href of each service link of the catalogue, by service id, once it is shown. */
function catalogueLinks(page: Page, academyHeading: string): Promise<Record<string, string>> {
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
    [academyHeading],
    { what: `the catalogue of ${academyHeading}` },
  ) as Promise<Record<string, string>>;
}

/** A fresh popup with a clean extension state, in French (the 2020 platform when `beta`). */
async function freshPopup(firefox: Parameters<typeof openExtensionPage>[0], beta = false): Promise<Page> {
  const page = await openExtensionPage(firefox, 'popup.html');
  await resetExtension(page);
  await setSettings(page, { language: 'fr', ...(beta ? { platform: 'beta' } : {}) });
  // The popup redraws on storage changes: wait for the first-run form.
  await pollEvaluate(page, () => document.querySelector('[data-testid="profile-address"]') !== null, [], {
    what: 'the first-run form',
  });
  return page;
}

test('first run with a Grenoble address (Enter), 2020 platform chosen → Grenoble’s instances', async ({
  firefox,
}) => {
  const page = await freshPopup(firefox, true);
  try {
    await page.type('[data-testid="profile-address"]', 'jean.dupont@ac-grenoble.fr');
    await page.keyboard.press('Enter');
    const links = await catalogueLinks(page, 'Grenoble');
    expect(links.nextcloud).toBe('https://cloud-grenoble.beta.education.fr/');
    expect(links.peertube).toBe('https://tube-grenoble.beta.education.fr/');
    expect(links.portal).toBe('https://apps-grenoble.beta.education.fr/');
    expect(links.webconf).toMatch(/^https:\/\//);
    const stored = await page.evaluate(async () => {
      const api = (globalThis as unknown as ExtensionGlobal).browser;
      return (await api.storage.local.get('settingsStorage')).settingsStorage;
    });
    expect(stored).toMatchObject({
      profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
    });
    // Firefox rejects storage.managed.get() when no policy is configured: the popup copes.
    const managed = await page.evaluate(async () => {
      const api = (globalThis as unknown as ExtensionGlobal).browser;
      return api.storage.managed.get().then(
        () => 'resolved',
        (error: unknown) => `rejected: ${String(error)}`,
      );
    });
    expect(managed).toMatch(/^rejected/);
  } finally {
    await page.close();
  }
});

test('a non-staff address gets the French message', async ({ firefox }) => {
  const page = await freshPopup(firefox);
  try {
    await page.type('[data-testid="profile-address"]', 'jean.dupont@gmail.com');
    await page.keyboard.press('Enter');
    const message = await pollEvaluate(
      page,
      () => document.querySelector('[role="alert"]')?.textContent || null,
      [],
      { what: 'the error message' },
    );
    expect(message).toContain('« jean.dupont@gmail.com » n’est pas une adresse académique');
  } finally {
    await page.close();
  }
});

test('a change of academy in the options shows in the popup', async ({ firefox }) => {
  const options = await openExtensionPage(firefox, 'options.html');
  let popup: Page | undefined;
  try {
    await resetExtension(options);
    await setSettings(options, {
      language: 'fr',
      platform: 'beta',
      profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
    });
    await pollEvaluate(
      options,
      () =>
        (document.querySelector('[data-testid="profile-address"]') as HTMLInputElement | null)?.value ===
        'jean.dupont@ac-grenoble.fr',
      [],
      { what: 'the profile in the options page' },
    );
    await options.select('[data-testid="profile-academy"]', 'lyon');
    // An academy other than the address's is flagged (issue 14): keep it deliberately.
    await options.locator('::-p-aria(Garder Lyon)').click();
    await pollEvaluate(
      options,
      () => document.body.textContent?.includes('Profil enregistré : Lyon.') || null,
      [],
      {
        what: 'the confirmation',
      },
    );

    popup = await openExtensionPage(firefox, 'popup.html');
    const links = await catalogueLinks(popup, 'Lyon');
    expect(links.nextcloud).toBe('https://cloud-lyon.beta.education.fr/');
    const lang = await popup.evaluate(() => document.documentElement.lang);
    expect(lang).toBe('fr');
  } finally {
    await popup?.close();
    await options.close();
  }
});
