import type { Page } from 'puppeteer-core';
import { startTestServer } from '../server';
import { expect, launchFirefox, NETWORK_CUT_PREFS, openExtensionPage, pollEvaluate, test } from './fixtures';

// Issue 6, popup tab "FAQ" in Firefox (MV2): search as you type, open an answer, ask for an update.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

const FEDERATION_ID = 'ou-trouver-mon-identifiant-de-federation-et-partager-avec-une-autre-academie';

/** Back to a fresh install (storage.local and the FAQ cache) through the background page's e2e hook. */
async function resetWithFrenchUi(page: Page, settings: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(async (extra: Record<string, unknown>) => {
    const api = (globalThis as unknown as ExtensionGlobal).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as {
      __compagnonTest?: { reset(): Promise<void> };
    };
    if (!background.__compagnonTest) throw new Error('The e2e test hook is missing: is this the e2e build?');
    await background.__compagnonTest.reset();
    // French (the browser here speaks en-US, which the "auto" language would follow).
    await api.storage.local.set({ settingsStorage: { version: 2, language: 'fr', ...extra } });
  }, settings);
}

/** Replaces the search field's text, as typing would (Preact listens to `input`). */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.evaluate((text: string) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="faq-search"]');
    if (!input) throw new Error('No FAQ search field.');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

function textOf(page: Page, selector: string, expected: string | RegExp, what: string): Promise<string> {
  const source = typeof expected === 'string' ? null : expected.source;
  return pollEvaluate(
    page,
    (sel: string, text: string | null, pattern: string | null) => {
      const value = document.querySelector(sel)?.textContent ?? '';
      const ok = pattern === null ? value === text : new RegExp(pattern).test(value);
      return ok ? value : null;
    },
    [selector, typeof expected === 'string' ? expected : null, source],
    { what },
  ) as Promise<string>;
}

test('popup tab "FAQ" in Firefox: searches as you type and shows the answer', async ({ firefox }) => {
  const setup = await openExtensionPage(firefox, 'popup.html');
  try {
    await resetWithFrenchUi(setup);
  } finally {
    await setup.close();
  }

  const page = await openExtensionPage(firefox, 'popup.html#faq');
  try {
    await pollEvaluate(page, () => document.querySelector('[data-testid="faq-sections"]') !== null, [], {
      what: 'the FAQ tab, browsing by section',
    });
    await textOf(
      page,
      '[data-testid="faq-updated"]',
      /^FAQ intégrée à l’extension, modifiée le \d{1,2} \S+ \d{4}\.$/,
      'the date the built-in FAQ last changed',
    );

    await page.type('[data-testid="faq-search"]', 'quota');
    await textOf(
      page,
      '[data-testid="faq-results"] > li:first-child button',
      'Le quotas de cloud ou tube ne sont pas suffisants.',
      'the quota question first',
    );
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="faq-results"] > li:first-child mark')].map((m) =>
        m.textContent?.toLowerCase(),
      ),
    );
    expect(marks).toContain('quotas');

    await page.click('[data-testid="faq-results"] > li:first-child button');
    const answer = await textOf(page, '[data-testid="faq-answer"]', /ajuster les quotas/, 'the answer');
    expect(answer).toContain('peuvent ajuster les quotas de Cloud et Tube');

    // No source configured: nothing to update, and it says where to set one.
    expect(await page.evaluate(() => document.querySelector('[data-testid="faq-refresh"]'))).toBeNull();
    await textOf(page, '[data-testid="faq-no-source"]', /indiquez son adresse dans les options/, 'the hint');
  } finally {
    await page.close();
  }
});

test('with the network cut, Firefox finds a today entry, and says when nothing matches', async () => {
  const firefox = await launchFirefox(undefined, { prefs: NETWORK_CUT_PREFS });
  try {
    const setup = await openExtensionPage(firefox, 'popup.html');
    try {
      // The cut is real: a request to the platform fails.
      const reached = await setup.evaluate(() =>
        fetch('https://apps.education.fr/', { cache: 'no-store' }).then(
          () => true,
          () => false,
        ),
      );
      expect(reached).toBe(false);
      await resetWithFrenchUi(setup, { platform: 'national' });
    } finally {
      await setup.close();
    }

    const page = await openExtensionPage(firefox, 'popup.html#faq');
    try {
      await textOf(
        page,
        '[data-testid="faq-part-today"] h2',
        'La plateforme aujourd’hui',
        "today's part, first",
      );
      await searchFor(page, 'identifiant de fédératon');
      await pollEvaluate(
        page,
        (id: string) =>
          document.querySelector<HTMLElement>('[data-testid="faq-results"] > li:first-child')?.dataset
            .entry === id,
        [FEDERATION_ID],
        { what: 'the federation ID entry first' },
      );
      await page.click('[data-testid="faq-results"] > li:first-child button');
      const answer = await textOf(page, '[data-testid="faq-answer"]', /Fédération Nextcloud/, 'the answer');
      expect(answer).toMatch(/«\u00a0ID de Fédération Nextcloud\u00a0»/);

      await searchFor(page, 'fiche de paie');
      await textOf(
        page,
        '[data-testid="faq-count"]',
        /^Aucune réponse ne correspond à «\u00a0fiche de paie\u00a0»/,
        'the no-answer message',
      );
      expect(
        await page.evaluate(() => document.querySelectorAll('[data-testid="faq-results"] > li').length),
      ).toBe(0);
    } finally {
      await page.close();
    }
  } finally {
    await firefox.close();
  }
});

test("Firefox parses an HTML FAQ page with its background page's DOMParser", async ({ firefox }) => {
  const server = await startTestServer({
    '/faq.html': {
      body:
        '<!doctype html><html lang="fr"><body><h2>Compte</h2><details><summary>Comment changer mon mot ' +
        'de passe&nbsp;?</summary><p>Depuis <a href="/compte">votre compte</a> &amp; ses réglages.</p>' +
        '</details><details><summary>Où est mon quota ?</summary><ul><li>Dans le Nuage</li></ul></details>' +
        '</body></html>',
    },
  });
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    await resetWithFrenchUi(page);
    const result = await page.evaluate(async (url: string) => {
      const api = (globalThis as unknown as ExtensionGlobal).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as {
        __compagnonTest?: { refreshFaq(url: string): Promise<unknown> };
      };
      return background.__compagnonTest?.refreshFaq(url);
    }, server.url('/faq.html'));
    expect(result).toMatchObject({ status: 'updated', params: { count: 2 } });
  } finally {
    await page.close();
    await server.close();
  }
});
