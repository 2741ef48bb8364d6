import type { Page } from 'puppeteer-core';
import {
  expect,
  launchFirefox,
  openExtensionPage,
  pollEvaluate,
  resetExtension,
  setSettings,
  test,
} from './fixtures';

// Issue 14 in Firefox (MV2): the first run with a pasted « Nom <adresse> » and a near miss, and the
// welcome page opened on install.

/** A fresh popup with a clean extension state, in French, on its first-run form. */
async function freshPopup(firefox: Parameters<typeof openExtensionPage>[0]): Promise<Page> {
  const page = await openExtensionPage(firefox, 'popup.html');
  await resetExtension(page);
  await setSettings(page, { language: 'fr' });
  await pollEvaluate(page, () => document.querySelector('[data-testid="profile-address"]') !== null, [], {
    what: 'the first-run form',
  });
  return page;
}

const academyHeading = (page: Page) =>
  pollEvaluate(page, () => document.querySelector('.academy-name')?.textContent || null, [], {
    what: 'the catalogue',
  });

test('first run: « Jean Dupont <adresse> » pasted from a mail client is read', async ({ firefox }) => {
  const page = await freshPopup(firefox);
  try {
    await page.type('[data-testid="profile-address"]', 'Jean Dupont <jean.dupont@ac-grenoble.fr>');
    await page.keyboard.press('Enter');
    expect(await academyHeading(page)).toBe('Académie : Grenoble');
    // The focus went on to the services panel, not to <body>.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-services');
  } finally {
    await page.close();
  }
});

test('first run: a near miss is suggested and one click accepts it', async ({ firefox }) => {
  const page = await freshPopup(firefox);
  try {
    await page.type('[data-testid="profile-address"]', 'jean.dupont@ac-clermont-ferrand.fr');
    await page.keyboard.press('Enter');
    const message = await pollEvaluate(
      page,
      () =>
        [...document.querySelectorAll('[role="alert"]')]
          .map((a) => a.textContent ?? '')
          .find((text) => text.includes('Vouliez-vous dire')) ?? null,
      [],
      { what: 'the suggestion' },
    );
    expect(message).toContain('Vouliez-vous dire @ac-clermont.fr ?');
    await page.click('[data-testid="address-suggestion"]');
    expect(await academyHeading(page)).toBe('Académie : Clermont-Ferrand');
    const stored = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
      return (await api.storage.local.get('settingsStorage')).settingsStorage;
    });
    expect(stored).toMatchObject({
      profile: { address: 'jean.dupont@ac-clermont.fr', academyId: 'clermont-ferrand' },
    });
  } finally {
    await page.close();
  }
});

test('the welcome page opens on install', async () => {
  // Its own Firefox: the shared one was installed long before this test.
  const fx = await launchFirefox();
  try {
    const url = `${fx.baseUrl}welcome.html`;
    const deadline = Date.now() + 15_000;
    let welcome: Page | undefined;
    // page.url() stays about:blank for moz-extension:// tabs (BiDi drops their navigation events,
    // Mozilla bug 1755014): ask each tab's document instead.
    const hrefs: string[] = [];
    while (!welcome && Date.now() < deadline) {
      hrefs.length = 0;
      for (const candidate of await fx.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        hrefs.push(href);
        if (href === url) welcome = candidate;
      }
      if (!welcome) await new Promise((r) => setTimeout(r, 200));
    }
    expect(welcome, `a tab on welcome.html among ${hrefs.join(', ')}`).toBeDefined();
    const heading = await pollEvaluate(
      welcome!,
      () => document.querySelector('h1')?.textContent || null,
      [],
      {
        what: 'the welcome heading',
      },
    );
    // No language stored yet: the page follows this Firefox's (English here).
    expect(['Bienvenue dans Compagnon Apps Édu', 'Welcome to Compagnon Apps Édu']).toContain(heading);
    const shortcut = await welcome!.evaluate(
      () => document.querySelector('[data-testid="welcome-shortcut"]')?.textContent ?? '',
    );
    expect(shortcut).toContain('Alt+Shift+A');
    expect(shortcut).toContain('about:addons');
    expect(await welcome!.evaluate(() => document.querySelector('a[href="/privacy.html"]') !== null)).toBe(
      true,
    );
  } finally {
    await fx.close();
  }
});
