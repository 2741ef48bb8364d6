import type { Page } from 'puppeteer-core';
import { startTestServer } from '../server';
import { expect, openExtensionPage, pollEvaluate, resetExtension, setSettings, test } from './fixtures';

// Issue 18 in Firefox (MV2): declarativeNetRequest redirects a dead 2020 link to the rescue page, with
// the network cut; the popup's link converter copies a Nuage share link's download form.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d';
const OLD_VIDEO = `https://tube-lyon.beta.education.fr/videos/watch/${UUID}`;

/** Settings, then the background's rule made to follow them (the MV2 background page holds the hook). */
async function settle(page: Page, settings: Record<string, unknown>): Promise<boolean> {
  await setSettings(page, { language: 'fr', ...settings });
  return page.evaluate(async () => {
    const api = (globalThis as unknown as ExtensionGlobal).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as {
      __compagnonTest?: { syncRescueRule(): Promise<boolean> };
    };
    if (!background.__compagnonTest) throw new Error('The e2e test hook is missing: is this the e2e build?');
    return background.__compagnonTest.syncRescueRule();
  });
}

/** Where a tab ends up: moz-extension navigations never resolve over BiDi, so poll the location. */
async function landOn(
  page: Page,
  url: string | undefined,
  expected: (href: string) => boolean,
): Promise<string> {
  if (url !== undefined) page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 10_000;
  for (;;) {
    const href = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .catch(() => '');
    if (href && expected(href)) return href;
    if (Date.now() > deadline)
      throw new Error(`Still on ${href || '(loading)'} (navigation to ${url ?? 'a link'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('Firefox: a 2020 video link shows the rescue page with the network cut', async ({ firefox }) => {
  const options = await openExtensionPage(firefox, 'popup.html');
  const tab = await firefox.browser.newPage();
  const server = await startTestServer({ '/': '<!doctype html><title>En ligne</title>' });
  try {
    await resetExtension(options);
    expect(await settle(options, { platform: 'national' })).toBe(true);
    await tab.setOfflineMode(true);
    // The network really is cut: even the tests' local server is out of reach.
    await tab.goto(server.url('/')).catch(() => undefined);
    expect(await tab.title()).not.toBe('En ligne');
    const href = await landOn(tab, OLD_VIDEO, (h) => h.includes('rescue.html'));
    expect(href).toBe(`${firefox.baseUrl}rescue.html#${OLD_VIDEO}`);
    const heading = await pollEvaluate(tab, () => document.querySelector('h1')?.textContent ?? null, [], {
      what: 'the rescue heading',
    });
    expect(heading).toBe('Ce lien mène à l’ancienne plateforme de 2020');
    // No-break spaces (French typography) read as spaces.
    const text = (await tab.evaluate(() => document.querySelector('main')?.textContent ?? '')).replace(
      /\u00a0/g,
      ' ',
    );
    expect(text).toContain(
      'les vidéos (PeerTube) de la plateforme apps.education.fr de 2020 (« beta »), instance : Lyon.',
    );
    expect(text).toContain('a fermé en 2021');
    const links = await tab.evaluate(() =>
      [...document.querySelectorAll('main a')].map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links).toEqual([
      'https://tubes.apps.education.fr/',
      `https://tubes.apps.education.fr/search?search=${UUID}`,
    ]);
  } finally {
    await tab.setOfflineMode(false).catch(() => {});
    await tab.close();
    await options.close();
    await server.close();
  }
});

test('Firefox: a 2020 link clicked in another site’s page is rescued too', async ({ firefox }) => {
  const old = 'https://cloud-grenoble.beta.education.fr/s/AbCdEfGhIjKlMnO';
  const server = await startTestServer({
    '/ent': `<!doctype html><title>ENT</title><a id="old" href="${old}">lien</a>`,
  });
  const options = await openExtensionPage(firefox, 'popup.html');
  const tab = await firefox.browser.newPage();
  try {
    await resetExtension(options);
    await settle(options, { platform: 'national' });
    await tab.goto(server.url('/ent'));
    await tab.click('#old');
    const href = await landOn(tab, undefined, (h) => h.includes('rescue.html'));
    expect(href).toBe(`${firefox.baseUrl}rescue.html#${old}`);
    const text = await pollEvaluate(tab, () => document.querySelector('main')?.textContent ?? null, [], {
      what: 'the rescue page',
    });
    expect(text?.replace(/\u00a0/g, ' ')).toContain(
      'Nuage (Nextcloud) de la plateforme apps.education.fr de 2020 (« beta »), instance : Grenoble.',
    );
  } finally {
    await tab.close();
    await options.close();
    await server.close();
  }
});

test('Firefox popup « Partager » → « Convertir un lien »: a Nuage share link converts and copies (pasted back)', async ({
  firefox,
}) => {
  const share = 'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5';
  const page = await openExtensionPage(firefox, 'popup.html#share');
  try {
    await resetExtension(page);
    await setSettings(page, { language: 'fr' });
    await pollEvaluate(page, () => document.querySelector('[data-testid="link-input"]') !== null, [], {
      what: 'the link converter',
    });
    await page.type('[data-testid="link-input"]', share);
    await page.locator('::-p-aria(Copier (Téléchargement direct))').click();
    const status = await pollEvaluate(
      page,
      () => {
        const text = document.querySelector('[data-testid="link-status"]')?.textContent ?? '';
        const button = document.querySelector('[data-form="download"] button')?.textContent ?? '';
        return text && button.includes('Copié ✓') ? text : null;
      },
      [],
      { what: 'the copy confirmation' },
    );
    expect(status).toBe('Copié : Téléchargement direct.');
    // Read the real clipboard back: paste it into a text field of the page.
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'paste-target';
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    const pasted = await pollEvaluate(
      page,
      () => (document.querySelector<HTMLTextAreaElement>('#paste-target')?.value ?? '') || null,
      [],
      { what: 'the pasted text' },
    );
    expect(pasted).toBe(`${share}/download`);
  } finally {
    await page.close();
  }
});
