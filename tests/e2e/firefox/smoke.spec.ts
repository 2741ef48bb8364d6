import { expect, openExtensionPage, pollEvaluate, test } from './fixtures';

test('the extension installs in Firefox and its popup page renders', async ({ firefox }) => {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    const heading = await pollEvaluate(page, () => document.querySelector('h1')?.textContent ?? '', [], {
      what: 'the popup heading',
    });
    expect(heading).toContain('Compagnon Apps Édu');
    const { version, id } = await page.evaluate(() => {
      const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
      return { version: api.runtime.getManifest().manifest_version, id: api.runtime.id };
    });
    expect(version).toBe(2);
    expect(id).toBe('compagnon-apps-edu@compagnon-apps-edu.org');
  } finally {
    await page.close();
  }
});
