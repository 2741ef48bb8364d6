/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCREENSHOT_DIR } from '../paths';
import { startTestServer, type TestServer } from '../server';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 6: the offline FAQ. The popup reads IndexedDB only; the background fetches. No API fires an
// alarm, and settings accept only https FAQ addresses, so the refresh from the tests' local server
// goes through the e2e hook (`refreshFaq(url)`), the same code the alarm and the button run.

const QUOTA_QUESTION = 'Le quotas de cloud ou tube ne sont pas suffisants.';
const QUOTA_ID = 'le-quotas-de-cloud-ou-tube-ne-sont-pas-suffisants';
const NEW_ANSWER = 'Depuis la mise à jour de test, le quota passe à 50 Go.';
const FEDERATION_ID = 'ou-trouver-mon-identifiant-de-federation-et-partager-avec-une-autre-academie';
const SHARE_2020_ID = 'comment-partager-des-documents-avec-mes-collegues-de-la-region-academique';

interface FaqDocument {
  version: number;
  sections: unknown[];
  entries: { id: string; answer: unknown[] }[];
}

function bundledDocument(): FaqDocument {
  return JSON.parse(readFileSync(resolve('assets/data/faq.json'), 'utf8')) as FaqDocument;
}

/** The bundled FAQ with a new answer to the quota question. */
function updatedDocument(): FaqDocument {
  const doc = bundledDocument();
  const entry = doc.entries.find((e) => e.id === QUOTA_ID);
  if (!entry) throw new Error('The bundled FAQ has no quota question any more.');
  entry.answer = [{ type: 'p', content: [{ text: NEW_ANSWER }] }];
  return doc;
}

interface RefreshResponse {
  status: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

function refreshFrom(serviceWorker: Worker, url: string): Promise<RefreshResponse> {
  return serviceWorker.evaluate(async (faqUrl) => {
    const hook = (globalThis as { __compagnonTest?: { refreshFaq(url: string): Promise<RefreshResponse> } })
      .__compagnonTest;
    if (!hook) throw new Error('The e2e test hook is missing: is this the e2e build?');
    return hook.refreshFaq(faqUrl);
  }, url);
}

async function openFaqTab(
  page: Page,
  extensionId: string,
  viewport?: { width: number; height: number },
): Promise<void> {
  await openExtensionPage(page, extensionId, 'popup.html', viewport);
  await page.getByRole('tab', { name: 'FAQ' }).click();
  await expect(page.getByTestId('faq-search')).toBeVisible();
}

/** Types a query and opens the first result; returns the answer's locator. */
async function openFirstAnswer(page: Page, query: string) {
  await page.getByTestId('faq-search').fill(query);
  const first = page.getByTestId('faq-results').locator('li.faq-item').first();
  await expect(first.getByRole('button').first()).toHaveText(QUOTA_QUESTION);
  await first.getByRole('button').first().click();
  return page.getByTestId('faq-answer');
}

test('with the network cut, the FAQ tab finds the answer and the update says so calmly', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker);
  const server = await startTestServer({
    '/faq.json': { body: JSON.stringify(updatedDocument()), contentType: 'application/json; charset=utf-8' },
  });
  await context.setOffline(true);
  try {
    // The background's fetch is cut too (the emulation covers the service worker): offline, cache kept.
    expect(await refreshFrom(serviceWorker, server.url('/faq.json'))).toMatchObject({
      status: 'offline',
      messageKey: 'faq.refresh.offline',
    });

    await openFaqTab(page, extensionId);
    // No source set: the built-in FAQ and the day its text last changed, no « Mettre à jour ».
    await expect(page.getByTestId('faq-updated')).toHaveText(
      /^FAQ intégrée à l’extension, modifiée le \d{1,2} \p{L}+ \d{4}\.$/u,
    );
    await expect(page.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ouvrir les options' })).toBeVisible();

    // Both parts, titled, today's first.
    await expect(page.getByTestId('faq-sections').getByRole('heading', { level: 2 })).toHaveText([
      'La plateforme aujourd’hui',
      'FAQ de la plateforme (2020)',
    ]);

    // A today entry, found offline with a typo, and its answer.
    await page.getByTestId('faq-search').fill('identifiant de fédératon');
    const today = page.getByTestId('faq-results').locator('li.faq-item').first();
    await expect(today).toHaveAttribute('data-entry', FEDERATION_ID);
    await expect(today.locator('.faq-part-tag')).toHaveText('Aujourd’hui');
    await today.getByRole('button').first().click();
    await expect(page.getByTestId('faq-answer')).toContainText('« ID de Fédération Nextcloud »');
    await expect(page.getByTestId('faq-answer').getByRole('link', { name: /votre profil/ })).toHaveAttribute(
      'href',
      'https://portail.apps.education.fr/profile',
    );

    // A question the FAQ does not answer.
    await page.getByTestId('faq-search').fill('fiche de paie');
    await expect(page.getByTestId('faq-count')).toHaveText(
      /^Aucune réponse ne correspond à «\u00a0fiche de paie\u00a0»/,
    );
    await expect(page.getByTestId('faq-results').locator('li.faq-item')).toHaveCount(0);

    const answer = await openFirstAnswer(page, 'quota');
    await expect(answer).toContainText('peuvent ajuster les quotas de Cloud et Tube');

    await page.getByTestId('faq-search').fill('élèves');
    await expect(
      page.getByTestId('faq-results').locator('li.faq-item').first().getByRole('button'),
    ).toHaveText('Pourquoi mes élèves ne peuvent pas créer de compte ?');

    // An address, but no network: « Mettre à jour » is offered, says so calmly, and the saved FAQ
    // is still there.
    await setSettings(serviceWorker, { faqUrl: 'https://faq.invalid/faq.json' });
    await openFaqTab(page, extensionId);
    await expect(page.getByTestId('faq-updated')).toContainText('pas encore téléchargée depuis faq.invalid');
    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect(page.getByTestId('faq-refresh-status')).toHaveText(
      'Hors ligne : la FAQ enregistrée reste disponible.',
    );
    await expect(await openFirstAnswer(page, 'quota')).toContainText(
      'peuvent ajuster les quotas de Cloud et Tube',
    );
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('on the national platform today’s answer ranks first, on the 2020 platform the 2020 one', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await context.setOffline(true);
  try {
    const query = 'partager avec un collègue d’une autre académie';
    for (const [platform, first] of [
      ['national', FEDERATION_ID],
      ['beta', SHARE_2020_ID],
    ] as const) {
      await setSettings(serviceWorker, { platform });
      await openFaqTab(page, extensionId);
      await page.getByTestId('faq-search').fill(query);
      await expect(page.getByTestId('faq-results').locator('li.faq-item').first()).toHaveAttribute(
        'data-entry',
        first,
      );
    }
  } finally {
    await context.setOffline(false);
  }
});

test('a refresh from the FAQ source updates an entry in the tab; a bad answer never replaces it', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  // A source is set, so the tab offers « Mettre à jour » and says where the FAQ came from.
  await setSettings(serviceWorker, { faqUrl: 'https://faq.invalid/faq.json' });
  let server: TestServer | undefined;
  try {
    server = await startTestServer({
      '/faq.json': {
        body: JSON.stringify(updatedDocument()),
        contentType: 'application/json; charset=utf-8',
      },
      '/maintenance.html': { body: '<!doctype html><title>Maintenance</title><p>Revenez plus tard.</p>' },
    });
    const result = await refreshFrom(serviceWorker, server.url('/faq.json'));
    expect(result).toMatchObject({ status: 'updated', messageKey: 'faq.refresh.updated' });

    await openFaqTab(page, extensionId);
    const host = new URL(server.origin).host;
    await expect(page.getByTestId('faq-updated')).toContainText(`(téléchargée depuis ${host})`);
    await expect(page.getByTestId('faq-part-2020')).toContainText(`FAQ téléchargée depuis ${host}`);
    await expect(await openFirstAnswer(page, 'quota')).toHaveText(NEW_ANSWER);
    // The remote FAQ replaced the 2020 part only: today's answers are still there, first.
    await page.getByTestId('faq-search').fill('');
    await expect(page.getByTestId('faq-part-today')).toContainText('Comment ouvrir mon Nuage');

    // A page with no question (a maintenance page, a captive portal…) is refused: the good copy stays.
    const refused = await refreshFrom(serviceWorker, server.url('/maintenance.html'));
    expect(refused).toMatchObject({ status: 'rejected', messageKey: 'faq.refresh.rejected.empty' });
    await page.reload();
    await page.getByRole('tab', { name: 'FAQ' }).click();
    await expect(await openFirstAnswer(page, 'quota')).toHaveText(NEW_ANSWER);
  } finally {
    await server?.close();
  }
});

/** An HTML FAQ page of two questions, with an entity, a script and a relative link to resolve. */
const HTML_FAQ =
  '<!doctype html><html lang="fr"><head><title>FAQ</title><script>document.title = "x"</script></head>' +
  '<body><h2>Compte</h2><details><summary>Comment changer mon mot de passe&nbsp;?</summary>' +
  '<p>Depuis <a href="/compte">votre compte</a> &amp; ses réglages.</p></details>' +
  '<details><summary>Où est mon quota ?</summary><ul><li>Dans le Nuage</li><li>Dans Tube</li></ul>' +
  '</details></body></html>';

test('an HTML FAQ page is parsed by the offscreen document (the worker has no DOMParser)', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, { faqUrl: 'https://faq.invalid/faq.html' });
  const server = await startTestServer({ '/faq.html': { body: HTML_FAQ } });
  try {
    const first = await refreshFrom(serviceWorker, server.url('/faq.html'));
    expect(first).toMatchObject({ status: 'updated', params: { count: 2 } });
    // The document stays open for the next task (a copy, another parse): the second parse reuses it.
    const again = await refreshFrom(serviceWorker, server.url('/faq.html'));
    expect(again).toMatchObject({ status: 'updated', messageKey: 'faq.refresh.unchanged' });
    await openFaqTab(page, extensionId);
    await page.getByTestId('faq-search').fill('mot de passe');
    await expect(page.getByTestId('faq-results')).toContainText('Comment changer mon mot de passe');
  } finally {
    await server.close();
  }
});

/** WCAG 2.1 AA rules on the FAQ panel (labels, names, contrast of the current theme). */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include('#panel-faq')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the FAQ tab passes axe's WCAG 2.1 AA rules (${theme} theme)`, async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await setSettings(serviceWorker, { theme, faqUrl: 'https://faq.invalid/faq.json' });
    await openFaqTab(page, extensionId);
    await expectNoAxeViolations(page);

    // Results with marked words, an open answer with a link, and an announced status.
    await page.getByTestId('faq-search').fill('établissement sans adresse de courriel');
    await page
      .getByRole('button', { name: 'Je suis en établissement scolaire mais sans adresse de courriel' })
      .click();
    await expect(page.getByTestId('faq-answer').getByRole('link')).toHaveAttribute('target', '_blank');
    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect(page.getByTestId('faq-refresh-status')).not.toBeEmpty();
    await expectNoAxeViolations(page);
  });
}

/** Into SCREENSHOT_DIR: test-results/ in `npm test`, docs/screenshots/ with `npm run screenshots`. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
}

test('the FAQ tab in both parts, a marked search and a query with no answer: light, dark and 320 px', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  for (const [theme, viewport, suffix] of [
    ['light', undefined, 'light'],
    ['dark', undefined, 'dark'],
    ['light', { width: 320, height: 640 }, '320'],
  ] as const) {
    await setSettings(serviceWorker, { theme, platform: 'national' });
    await openFaqTab(page, extensionId, viewport);
    await expect(page.getByTestId('faq-part-today')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport?.width ?? 380,
    );
    await screenshot(page, `faq-parts-${suffix}.png`);

    await page.getByTestId('faq-search').fill('corbeille nuage');
    const first = page.getByTestId('faq-results').locator('li.faq-item').first();
    await expect(first.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, `faq-search-${suffix}.png`);

    await page.getByTestId('faq-search').fill('fiche de paie');
    await expect(page.getByTestId('faq-count')).toHaveText(/^Aucune réponse ne correspond/);
    await screenshot(page, `faq-no-answer-${suffix}.png`);
  }
});
