import type { Page } from 'puppeteer-core';
import {
  expect,
  openExtensionPage,
  pollEvaluate,
  resetExtension,
  setSettings,
  settingsDrawn,
  test,
} from './fixtures';

// Issue 4, popup tab "Partager" in Firefox (MV2): results per address, copy, remembered host.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

/** Text of each result of the list, once there are `count` of them. */
function resultTexts(page: Page, count: number): Promise<string[]> {
  return pollEvaluate(
    page,
    (n: number) => {
      const items = [...document.querySelectorAll('[data-testid="share-results"] > li')];
      return items.length === n ? items.map((li) => li.textContent ?? '') : null;
    },
    [count],
    { what: `${count} share results` },
  ) as Promise<string[]>;
}

async function statusText(page: Page, expected: string): Promise<string> {
  return pollEvaluate(
    page,
    (text: string) => {
      const status = document.querySelector('[data-testid="share-status"]')?.textContent ?? '';
      return status === text ? status : null;
    },
    [expected],
    { what: `the status "${expected}"` },
  ) as Promise<string>;
}

test('popup tab "Partager" in Firefox: several addresses, copy all, remembered host', async ({ firefox }) => {
  const page = await openExtensionPage(firefox, 'popup.html#share');
  try {
    await resetExtension(page);
    // French (the browser here speaks en-US, which the "auto" language would follow).
    // The 2020 (beta) platform: IDs derived from the academy (national is the default).
    await setSettings(page, { language: 'fr', platform: 'beta' });
    await settingsDrawn(page, 'fr');
    await pollEvaluate(page, () => document.querySelector('[data-testid="share-input"]') !== null, [], {
      what: 'the share tab',
    });
    await page.type(
      '[data-testid="share-input"]',
      'Jean Dupont <jean.dupont@ac-lyon.fr>; bob@gmail.com, marie.curie@ac-grenoble.fr',
    );
    const [jean, bob, marie] = await resultTexts(page, 3);
    expect(jean).toContain('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr');
    expect(jean).toContain('Serveur de l’académie (Lyon, plateforme beta)');
    expect(bob).toContain('n’est pas une adresse académique');
    expect(marie).toContain('marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr');

    await page.locator('::-p-aria(Tout copier (2 identifiants, un par ligne))').click();
    await statusText(page, 'Copié : 2 identifiants, un par ligne');
    const history = await pollEvaluate(
      page,
      () => {
        const codes = [...document.querySelectorAll('[data-testid="share-history"] code')];
        return codes.length === 2 ? codes.map((c) => c.textContent) : null;
      },
      [],
      { what: 'two history entries' },
    );
    expect(history).toEqual([
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    ]);

    // Switch to the national platform: the open popup follows the stored settings; nothing is built.
    await setSettings(page, { language: 'fr', platform: 'national' });
    await settingsDrawn(page, 'fr');
    const national = await pollEvaluate(
      page,
      () => {
        const first = document.querySelector('[data-testid="share-results"] > li');
        return first?.getAttribute('data-kind') === 'error' ? (first.textContent ?? '') : null;
      },
      [],
      { what: 'the national platform to apply' },
    );
    expect(national).toContain('n’est pas dans votre carnet');

    // The colleague's real ID, pasted once: kept in the book and used.
    await page.type('#share-id-0', 'jdupont@nuage05.apps.education.fr');
    await page.locator('::-p-aria(Enregistrer dans le carnet (jean.dupont@ac-lyon.fr))').click();
    await statusText(
      page,
      'Identifiant jdupont@nuage05.apps.education.fr enregistré pour jean.dupont@ac-lyon.fr.',
    );
    const [known] = await resultTexts(page, 3);
    expect(known).toContain('jdupont@nuage05.apps.education.fr');
    expect(known).toContain('Identifiant de votre carnet');
    const stored = await page.evaluate(async () => {
      const api = (globalThis as unknown as ExtensionGlobal).browser;
      return (await api.storage.local.get('idBookStorage')).idBookStorage;
    });
    expect(stored).toMatchObject({
      entries: [{ id: 'jdupont@nuage05.apps.education.fr', address: 'jean.dupont@ac-lyon.fr' }],
    });
  } finally {
    await page.close();
  }
});

test('context menu in Firefox: both items exist, and a click copies from the background page', async ({
  firefox,
}) => {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    await resetExtension(page);
    // The 2020 (beta) platform: IDs derived from the academy (national is the default).
    await setSettings(page, { language: 'fr', platform: 'beta' });
    await settingsDrawn(page, 'fr');
    const menus = await pollEvaluate(
      page,
      async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        const exists = (id: string) =>
          api.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          );
        return (await exists('compagnon-share-link')) && (await exists('compagnon-share-selection'));
      },
      [],
      { what: 'the two menu items' },
    );
    expect(menus).toBe(true);
    // The MV2 background page holds the e2e hook; an extension page reaches it directly.
    const result = await page.evaluate(async () => {
      const api = (globalThis as unknown as ExtensionGlobal).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as {
        __compagnonTest?: { handleShareClick(info: unknown): Promise<unknown> };
      };
      return background.__compagnonTest?.handleShareClick({
        menuItemId: 'compagnon-share-selection',
        selectionText: 'Écrire à Jean Dupont <jean.dupont@ac-lyon.fr>',
      });
    });
    expect(result).toMatchObject({
      handled: true,
      copied: 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      notice: { ok: true, title: 'Identifiant de partage copié' },
    });
    // Read the real clipboard back: paste it into a text field of an extension page.
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
      { what: 'the pasted clipboard' },
    );
    expect(pasted).toBe('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr');
  } finally {
    await page.close();
  }
});

test('ten mixed lines in Firefox: the summary counts them, the copy button says « Copié ✓ »', async ({
  firefox,
}) => {
  const page = await openExtensionPage(firefox, 'popup.html#share');
  try {
    await resetExtension(page);
    await setSettings(page, { language: 'fr', platform: 'beta' });
    await settingsDrawn(page, 'fr');
    await pollEvaluate(page, () => document.querySelector('[data-testid="share-input"]') !== null, [], {
      what: 'the share tab',
    });
    // Filled at once (as a paste), then an input event for Preact.
    await page.evaluate((text: string) => {
      const field = document.querySelector<HTMLTextAreaElement>('[data-testid="share-input"]')!;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, TEN_LINES);
    const summary = await pollEvaluate(
      page,
      () => document.querySelector('[data-testid="share-summary"]')?.textContent || null,
      [],
      { what: 'the summary' },
    );
    expect(summary).toBe(
      '7 identifiants prêts · 2 adresses refusées · 1 ligne sans adresse · 1 doublon ignoré',
    );
    // The tab's stylesheet came with its lazy chunk (the popup's own preload helper, wxt.config.ts).
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('[data-testid="share-results"]')!).listStyleType,
      ),
    ).toBe('none');
    await resultTexts(page, 9);
    await page
      .locator('::-p-aria(Copier l’identifiant marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr)')
      .click();
    const label = await pollEvaluate(
      page,
      () => {
        const button = document.querySelector<HTMLButtonElement>('button[data-copied]');
        return button?.textContent || null;
      },
      [],
      { what: 'a button saying « Copié ✓ »' },
    );
    expect(label).toBe('Copié ✓ l’identifiant marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr');
    await statusText(page, 'Copié : marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr');
  } finally {
    await page.close();
  }
});

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
