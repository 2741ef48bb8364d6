import type { Page } from 'puppeteer-core';
import { expect, openExtensionPage, pollEvaluate, test } from './fixtures';

// Issue 6, popup tab "FAQ" in Firefox (MV2): search as you type, open an answer, ask for an update.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

/** Back to a fresh install (storage.local and the FAQ cache) through the background page's e2e hook. */
async function resetWithFrenchUi(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as ExtensionGlobal).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as {
      __compagnonTest?: { reset(): Promise<void> };
    };
    if (!background.__compagnonTest) throw new Error('The e2e test hook is missing: is this the e2e build?');
    await background.__compagnonTest.reset();
    // French (the browser here speaks en-US, which the "auto" language would follow).
    await api.storage.local.set({ settingsStorage: { version: 2, language: 'fr' } });
  });
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
      /^Mis à jour le .+ \(copie intégrée à l’extension\)\.$/,
      'the date of the bundled copy',
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

    // The popup asks the background page (no address configured here: it says so).
    await page.click('[data-testid="faq-refresh"]');
    await textOf(
      page,
      '[data-testid="faq-refresh-status"]',
      /^Aucune adresse de FAQ n’est configurée/,
      'the no-address message',
    );
  } finally {
    await page.close();
  }
});
