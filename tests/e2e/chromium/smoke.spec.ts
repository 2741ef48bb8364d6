/// <reference types="chrome" />
import { expect, openExtensionPage, test } from './fixtures';

test('the extension loads as MV3 and its popup page renders', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Compagnon Apps Édu (e2e)');
  await openExtensionPage(page, extensionId);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Compagnon Apps Édu');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the release build carries no test hook', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const dir = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(readFileSync(join(dir, f), 'utf8')).not.toContain('__compagnonTest');
});
