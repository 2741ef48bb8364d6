import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '../server';
import { expect, openExtensionPage, pollEvaluate, resetExtension, setSettings, test } from './fixtures';

// Issue 12 in Firefox (MV2): a real national ID accepted and remembered; the context menu copies a
// known colleague's ID from the book, copies nothing for an unknown one; my ID captured from a served
// La Boîte profile page (Firefox cannot route made-up https hosts here: the local server impersonates
// portail.apps.education.fr through the e2e-only `?compagnon-e2e-as=` parameter); the beta flow.

type Api = import('webextension-polyfill').Browser;
type Hooked = { __compagnonTest?: { handleShareClick(info: unknown): Promise<Record<string, unknown>> } };
const JEAN_ID = 'jdupont@nuage06.apps.education.fr';
const PROFILE_PAGE = readFileSync(join(process.cwd(), 'tests/fixtures/capture/laboite-profile.html'), 'utf8');

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer({ '/profile': PROFILE_PAGE });
});
test.afterAll(async () => {
  await server?.close();
});

function click(page: Page, info: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async (clickInfo) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as Hooked;
    return background.__compagnonTest?.handleShareClick(clickInfo);
  }, info);
}

/** The clipboard, read back by pasting into a field of an extension page. */
async function pasteClipboard(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.querySelector('#paste-target')?.remove();
    const field = document.createElement('textarea');
    field.id = 'paste-target';
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  return (await pollEvaluate(
    page,
    () => (document.querySelector<HTMLTextAreaElement>('#paste-target')?.value ?? '') || null,
    [],
    { what: 'the pasted clipboard' },
  )) as string;
}

async function writeClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
}

test('Firefox: a real national ID is accepted and remembered; the menu copies it, or nothing', async ({
  firefox,
}) => {
  const page = await openExtensionPage(firefox, 'popup.html#share');
  try {
    await resetExtension(page);
    await setSettings(page, { language: 'fr', platform: 'national' });
    await pollEvaluate(page, () => document.querySelector('[data-testid="share-input"]') !== null, [], {
      what: 'the share tab',
    });
    await page.type('[data-testid="share-input"]', 'jean.dupont@ac-lyon.fr');
    await pollEvaluate(page, () => document.querySelector('[data-testid="share-paste-id"]') !== null, [], {
      what: 'the paste field',
    });
    await page.type('[data-testid="share-paste-id"]', JEAN_ID);
    await page.locator('::-p-aria(Enregistrer dans le carnet (jean.dupont@ac-lyon.fr))').click();
    const shown = await pollEvaluate(
      page,
      (id: string) => document.querySelector('[data-testid="share-results"] code')?.textContent === id,
      [JEAN_ID],
      { what: 'the ID from the book' },
    );
    expect(shown).toBe(true);
    const book = await pollEvaluate(
      page,
      () => document.querySelector('[data-testid="id-book"]')?.textContent ?? null,
      [],
      {
        what: 'the book',
      },
    );
    expect(book).toContain('jean.dupont@ac-lyon.fr');

    // The context menu, on a mailto: of that colleague: their ID on the clipboard.
    const known = await click(page, {
      menuItemId: 'compagnon-share-link',
      linkUrl: 'mailto:jean.dupont@ac-lyon.fr',
    });
    expect(known).toMatchObject({ handled: true, copied: JEAN_ID });
    expect(await pasteClipboard(page)).toBe(JEAN_ID);

    // An unknown colleague: nothing copied, a clear notice, the share tab offered.
    await writeClipboard(page, 'avant');
    const unknown = await click(page, {
      menuItemId: 'compagnon-share-link',
      linkUrl: 'mailto:marie.curie@ac-lyon.fr',
    });
    expect(unknown).toMatchObject({
      handled: true,
      unknown: ['marie.curie@ac-lyon.fr'],
      notice: { ok: false, title: 'Identifiant inconnu : rien n’a été copié' },
    });
    expect(unknown?.copied).toBeUndefined();
    expect(String(unknown?.offer)).toMatch(/popup\.html\?to=marie\.curie%40ac-lyon\.fr#share$/);
    expect(await pasteClipboard(page)).toBe('avant');
  } finally {
    await page.close();
  }
});

test('Firefox: my ID captured from a served La Boîte profile page appears in the popup', async ({
  firefox,
}) => {
  const setup = await openExtensionPage(firefox, 'popup.html');
  await resetExtension(setup);
  await setSettings(setup, { language: 'fr', platform: 'national' });
  const profile = await firefox.browser.newPage();
  try {
    await profile.goto(server.url('/profile?compagnon-e2e-as=portail.apps.education.fr'));
    const stored = await pollEvaluate(
      setup,
      async () => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        return (
          (
            (await api.storage.local.get('myFederationIdStorage')).myFederationIdStorage as
              { id?: string } | undefined
          )?.id ?? null
        );
      },
      [],
      { what: 'the captured ID' },
    );
    expect(stored).toBe(JEAN_ID);
    const myNuage = await pollEvaluate(
      setup,
      async () => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        return (
          (
            (await api.storage.local.get('settingsStorage')).settingsStorage as
              { myNuage?: string } | undefined
          )?.myNuage ?? null
        );
      },
      [],
      { what: '« Mon Nuage » taught by my ID' },
    );
    expect(myNuage).toBe('nuage06.apps.education.fr');
  } finally {
    await profile.close();
    await setup.close();
  }
  const popup = await openExtensionPage(firefox, 'popup.html#share');
  try {
    const text = await pollEvaluate(
      popup,
      (id: string) => {
        const card = document.querySelector('[data-testid="my-federation-id"]')?.textContent ?? '';
        return card.includes(id) ? card : null;
      },
      [JEAN_ID],
      { what: 'my ID in the popup' },
    );
    expect(text).toContain(JEAN_ID);
  } finally {
    await popup.close();
  }
});

test('Firefox: the beta flow still gives the FAQ’s ID', async ({ firefox }) => {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    await resetExtension(page);
    await setSettings(page, { language: 'fr', platform: 'beta' });
    const result = await click(page, {
      menuItemId: 'compagnon-share-selection',
      selectionText: 'prenom.nom@ac-grenoble.fr',
    });
    expect(result).toMatchObject({ copied: 'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr' });
    expect(await pasteClipboard(page)).toBe('prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr');
  } finally {
    await page.close();
  }
});
