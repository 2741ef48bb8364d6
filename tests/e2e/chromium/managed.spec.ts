/// <reference types="chrome" />
import { test as base } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_PATH } from '../paths';
import { expect, getServiceWorker, launchWithExtension, openExtensionPage } from './fixtures';

// Issue 3: administrator pre-configuration through the real enterprise-policy mechanism of Chromium
// on Linux: a JSON file in /etc/chromium/policies/managed/ naming the extension by its id, which the
// manifest's fixed `key` makes stable. Needs root (the test writes in /etc and removes it afterwards).

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'compagnon-apps-edu-e2e.json');
const isRoot = process.platform === 'linux' && process.getuid?.() === 0;

/** Chromium's extension id: the first 128 bits of SHA-256(public key), hex digits mapped to a–p. */
function extensionIdOf(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('The Chrome manifest has no `key`: the extension id is not fixed.');
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(c, 16))).join('');
}

base.skip(
  !isRoot,
  'Needs root: the policy file goes to /etc/chromium/policies/managed/ (run the e2e tests as root).',
);

base(
  'a managed policy sets the platform and hides a service; the options page shows it as set by the administrator',
  async () => {
    base.setTimeout(60_000);
    const id = extensionIdOf(CHROME_EXTENSION_PATH);
    const createdDirs = ['/etc/chromium/policies', POLICY_DIR].filter((dir) => !existsSync(dir));
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: {
              platform: 'national',
              faqUrl: 'https://faq.example.test/faq.json',
              academyOverrides: { grenoble: { hide: ['codimd'] } },
              // Not in the schema: Chromium drops it.
              unknownKey: 'ignored',
            },
          },
        },
      }),
    );
    const context = await launchWithExtension();
    try {
      const serviceWorker = await getServiceWorker(context);
      expect(new URL(serviceWorker.url()).host).toBe(id);
      // Chromium delivers the policy a few seconds after start-up.
      await expect
        .poll(() => serviceWorker.evaluate(() => chrome.storage.managed.get()), { timeout: 15_000 })
        .toEqual({
          platform: 'national',
          faqUrl: 'https://faq.example.test/faq.json',
          academyOverrides: { grenoble: { hide: ['codimd'] } },
        });
      await serviceWorker.evaluate(() =>
        chrome.storage.local.set({
          settingsStorage: {
            version: 2,
            language: 'fr',
            platform: 'beta',
            profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
          },
        }),
      );

      const popup = await openExtensionPage(await context.newPage(), id, 'popup.html');
      const catalogue = popup.getByTestId('catalogue');
      // The user chose the beta platform; the administrator's national platform wins.
      await expect(catalogue.getByRole('link', { name: /La Boîte/ })).toHaveAttribute(
        'href',
        'https://portail.apps.education.fr/',
        { timeout: 15_000 },
      );
      await expect(popup.getByText('Plateforme nationale')).toBeVisible();
      // The academy override hides CodiMD (which the national platform has).
      await expect(catalogue.getByRole('link', { name: /Nuage/ })).toBeVisible();
      await expect(catalogue.getByRole('link', { name: /CodiMD/ })).toHaveCount(0);

      const options = await openExtensionPage(await context.newPage(), id, 'options.html', {
        width: 900,
        height: 900,
      });
      await expect(options.getByTestId('managed-notice')).toBeVisible();
      const national = options.getByRole('radio', { name: /Plateforme nationale/ });
      await expect(national).toBeChecked();
      await expect(national).toBeDisabled();
      await expect(
        options.getByRole('group', { name: /Plateforme/ }).getByText('Défini par l’administrateur'),
      ).toBeVisible();
      await expect(options.getByTestId('faq-url')).toHaveValue('https://faq.example.test/faq.json');
      await expect(options.getByTestId('faq-url')).toBeDisabled();
      await expect(options.getByTestId('catalogue-url')).toBeEnabled();
      // The user's own choice is kept underneath (used again if the policy goes away).
      const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settingsStorage'));
      expect(stored.settingsStorage).toMatchObject({ platform: 'beta' });

      // Issue 10's bug: the context menu read the user's settings without the policy, and copied a
      // beta ID although the administrator imposes the national platform. One reader now.
      const click = await serviceWorker.evaluate(async () => {
        const hook = (
          globalThis as { __compagnonTest?: { handleShareClick(info: unknown): Promise<unknown> } }
        ).__compagnonTest;
        if (!hook) throw new Error('The e2e test hook is missing: is this the e2e build?');
        return hook.handleShareClick({
          menuItemId: 'compagnon-share-link',
          linkUrl: 'mailto:jean.dupont@ac-lyon.fr',
        });
      });
      expect(click).toMatchObject({ handled: true });
      expect(JSON.stringify(click)).not.toContain('beta.education.fr');
    } finally {
      await context.close();
      rmSync(POLICY_FILE, { force: true });
      for (const dir of createdDirs.reverse()) rmdirSync(dir);
    }
  },
);
