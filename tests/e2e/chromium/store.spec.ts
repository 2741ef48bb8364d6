/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_IMAGE_DIR } from '../paths';
import { expect, openExtensionPage, setSettings, test } from './fixtures';

// Issue 17: the store listings' pictures, taken from the real popup and options pages at the stores'
// size (1280×800), the 440×280 promo tile drawn from the icon, the privacy page, the phone width.

const GRENOBLE = { profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' } };
const STORE = { width: 1280, height: 800 };

async function save(page: Page, name: string) {
  mkdirSync(STORE_IMAGE_DIR, { recursive: true });
  // Same pixels run after run: no caret, no animation.
  await page.screenshot({ path: join(STORE_IMAGE_DIR, name), animations: 'disabled', caret: 'hide' });
}

/**
 * Shows the popup page as the browser does (a 380 px panel), on a plain backdrop, with a caption
 * beside it. Only the backdrop and the caption are added (and the FAQ's date hidden); the panel is the
 * real page.
 */
async function stagePopup(page: Page, caption: string, detail: string) {
  await page.addStyleTag({
    content: `
      html { background: #dfe8e9 !important; min-height: 100%; overflow: hidden; }
      body { width: 380px; max-height: 688px; margin: 56px 0 0 720px !important; border-radius: 10px; overflow: hidden;
             box-shadow: 0 12px 36px rgb(0 0 0 / 28%); }
      /* The FAQ's install date and time: the same picture on every run. */
      [data-testid='faq-updated'] { visibility: hidden; }
      .store-caption { position: fixed; left: 96px; top: 250px; width: 560px; margin: 0;
             font: 700 38px/1.2 system-ui, sans-serif; color: #0b3437; }
      .store-caption small { display: block; margin-top: 18px; font-weight: 400; font-size: 22px; color: #2b4d50; }`,
  });
  await page.evaluate(
    ([text, more]) => {
      const p = document.createElement('p');
      p.className = 'store-caption';
      p.append(text!);
      const small = document.createElement('small');
      small.textContent = more!;
      p.append(small);
      document.documentElement.append(p);
    },
    [caption, detail],
  );
}

test('store screenshots (1280×800): services, sharing, FAQ, options', async ({
  context,
  page: first,
  extensionId,
  serviceWorker,
}) => {
  // A fresh tab per picture: popup.html#share after popup.html would only change the hash.
  let page = first;
  const fresh = async () => {
    if (page !== first) await page.close();
    page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    return page;
  };
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await setSettings(serviceWorker, GRENOBLE);

  await openExtensionPage(page, extensionId, 'popup.html', STORE);
  await expect(page.getByTestId('catalogue').getByRole('link', { name: /Nuage/ })).toBeVisible();
  await stagePopup(
    page,
    'Les services de votre académie, en un clic',
    'Déduits de votre adresse académique. Extension non officielle.',
  );
  await save(page, 'screenshot-1-services.png');

  await openExtensionPage(await fresh(), extensionId, 'popup.html#share', STORE);
  await page
    .getByTestId('share-input')
    .fill('Jean Dupont <jean.dupont@ac-lyon.fr>; Marie <marie.curie@ac-grenoble.fr>');
  await expect(page.getByTestId('share-results').getByRole('listitem')).toHaveCount(2);
  await page.getByTestId('share-input').blur();
  await stagePopup(
    page,
    'Partager avec un collègue par Nextcloud',
    'L’identifiant de partage fédéré de chaque adresse, prêt à copier.',
  );
  await save(page, 'screenshot-2-share.png');

  await openExtensionPage(await fresh(), extensionId, 'popup.html#faq', STORE);
  // No accents typed: « élèves » is found all the same.
  await page.getByTestId('faq-search').fill('eleves');
  await expect(page.getByTestId('faq-results').locator('li.faq-item').first()).toBeVisible();
  await page.getByTestId('faq-search').blur();
  await stagePopup(page, 'La FAQ, même hors ligne', 'Les accents et les fautes de frappe sont pardonnés.');
  await save(page, 'screenshot-3-faq.png');

  await openExtensionPage(await fresh(), extensionId, 'options.html', STORE);
  await expect(page.getByTestId('profile-address')).toHaveValue('jean.dupont@ac-grenoble.fr');
  await save(page, 'screenshot-4-options.png');
  await page.close();
});

test('promo tile (440×280), drawn from the icon’s geometry (scripts/make-icons.py)', async ({ page }) => {
  await page.setViewportSize({ width: 440, height: 280 });
  // The icon at any size: scripts/make-icons.py's shapes in a 1×1 box (rounded square r 0.2, "C" ring
  // 0.22–0.32 open to the right where |y − 0.5| < 0.09, dot r 0.07 at x 0.72), same teal.
  await page.setContent(`<!doctype html><html lang="fr"><meta charset="utf-8">
    <style>
      html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
      body { background: linear-gradient(135deg, #f3f8f8, #d9e9ea); font-family: system-ui, sans-serif;
             color: #0b3437; display: flex; align-items: center; gap: 22px; padding: 0 28px; box-sizing: border-box; }
      svg { flex: none; width: 132px; height: 132px; filter: drop-shadow(0 6px 10px rgb(0 60 64 / 30%)); }
      h1 { margin: 0; font-size: 30px; line-height: 1.1; }
      p { margin: 10px 0 0; font-size: 15px; line-height: 1.35; color: #24494c; }
      .tag { display: inline-block; margin-top: 14px; padding: 3px 9px; border-radius: 999px;
             border: 1.5px solid #00696e; color: #00575b; font-size: 13px; font-weight: 600; }
    </style>
    <svg viewBox="0 0 1 1" aria-hidden="true">
      <defs><mask id="open"><rect width="1" height="1" fill="#fff"/><rect x="0.55" y="0.41" width="0.45" height="0.18" fill="#000"/></mask></defs>
      <rect width="1" height="1" rx="0.2" fill="rgb(0,105,110)"/>
      <circle cx="0.5" cy="0.5" r="0.27" fill="none" stroke="#fff" stroke-width="0.1" mask="url(#open)"/>
      <circle cx="0.72" cy="0.5" r="0.07" fill="#fff"/>
    </svg>
    <div><h1>Compagnon Apps&nbsp;Édu</h1>
      <p>Le catalogue de votre académie, le partage Nextcloud, la FAQ hors ligne.</p>
      <span class="tag">Extension non officielle</span></div></html>`);
  await save(page, 'promo-tile-440x280.png');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(440);
});

test('options « À propos »: the privacy policy opens from the package, offline', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, GRENOBLE);
  await openExtensionPage(page, extensionId, 'options.html', { width: 900, height: 900 });
  const about = page.getByRole('region', { name: 'À propos' });
  const link = about.getByRole('link', { name: /Politique de confidentialité/ });
  await expect(link).toHaveAttribute('href', '/privacy.html');
  const opened = context.waitForEvent('page');
  await link.click();
  const privacy = await opened;
  await privacy.waitForLoadState();
  expect(privacy.url()).toBe(`chrome-extension://${extensionId}/privacy.html`);
  await expect(privacy.locator('body')).toContainText('Politique de confidentialité');
  await expect(privacy.locator('body')).toContainText('Rien.');
  await privacy.close();
});

test('a phone’s width (360 px, Firefox for Android): popup and share tab fit', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await setSettings(serviceWorker, GRENOBLE);
  for (const hash of ['', '#share']) {
    const page = await context.newPage();
    await openExtensionPage(page, extensionId, `popup.html${hash}`, { width: 360, height: 740 });
    if (hash) {
      await page.getByTestId('share-input').fill('jean.dupont@ac-lyon.fr; marie.curie@ac-grenoble.fr');
      await expect(page.getByTestId('share-results').getByRole('listitem')).toHaveCount(2);
    } else {
      await expect(page.getByTestId('catalogue').getByRole('link', { name: /Nuage/ })).toBeVisible();
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      hash || 'services',
    ).toBeLessThanOrEqual(360);
  }
});
