import { test as base } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_PATH } from '../paths';
import {
  expect,
  launchFirefox,
  openExtensionPage,
  pollEvaluate,
  type FirefoxWithExtension,
} from './fixtures';

// Issue 3 in Firefox: administrator pre-configuration through Firefox's real managed-storage lookup,
// a managed-storage manifest `<gecko id>.json` of type "storage" (shared/docs/recipes/managed-storage.md).
// Firefox looks in ~/.mozilla/managed-storage/ first, then in /usr/lib/mozilla/managed-storage/. The
// manifest goes to the user-level folder of a private HOME given to this spec's own Firefox only: no
// root needed, and no other Firefox (other specs, other runs on this machine) can pick it up. A missing
// manifest is looked up again at every get(), so a system-wide file would leak into them.
// Firefox reads the manifest once per extension run (at the first get(), which the background does at
// start-up) and never fires onChanged: the file is removed as soon as the extension has read it.

type ExtensionGlobal = { browser: import('webextension-polyfill').Browser };

/** What the administrator pushes; Firefox checks nothing against the schema, the extension does. */
const POLICY = {
  platform: 'national',
  faqUrl: 'https://faq.example.test/faq.json',
  academyOverrides: { grenoble: { hide: ['codimd'] } },
  // Invalid (not https): dropped by lib/settings/policy.ts, so the user keeps this setting.
  catalogueUrl: 'http://catalogue.example.test/catalogue.json',
  // Not in the schema: dropped too.
  unknownKey: 'ignored',
};
/** The part of POLICY the extension keeps. */
const VALID_POLICY = {
  platform: 'national',
  faqUrl: 'https://faq.example.test/faq.json',
  academyOverrides: { grenoble: { hide: ['codimd'] } },
};
const MANAGED_CACHE_KEY = 'managedPolicyStorage';

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox manifest has no gecko id.');
  return id;
}

/** pollEvaluate() returns only once the value is truthy; this says so to the type checker. */
function found<T>(value: T | null): T {
  if (value === null) throw new Error('pollEvaluate returned null');
  return value;
}

/** storage.managed.get() as the extension sees it: the values, or the rejection's message. */
function managedGet(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as ExtensionGlobal).browser;
    return api.storage.managed.get().then(
      (values) => values,
      (error: unknown) => `rejected: ${String(error)}`,
    );
  });
}

base(
  'a managed-storage manifest sets the platform and hides a service; the options page shows it as set by the administrator',
  async () => {
    base.setTimeout(90_000);
    const id = geckoId();
    const home = mkdtempSync(join(tmpdir(), 'compagnon-ff-managed-'));
    const manifestFile = join(home, '.mozilla', 'managed-storage', `${id}.json`);
    let fx: FirefoxWithExtension | undefined;
    try {
      mkdirSync(join(home, '.mozilla', 'managed-storage'), { recursive: true });
      writeFileSync(
        manifestFile,
        JSON.stringify({
          name: id,
          description: 'Compagnon Apps Édu: administrator settings (e2e test)',
          type: 'storage',
          data: POLICY,
        }),
      );
      fx = await launchFirefox(FIREFOX_EXTENSION_PATH, { env: { HOME: home } });
      const popup = await openExtensionPage(fx, 'popup.html');

      // The extension read the policy (the background does at start-up) and cached its valid part.
      const cached = await pollEvaluate(
        popup,
        async (key: string) => {
          const api = (globalThis as unknown as ExtensionGlobal).browser;
          return (await api.storage.local.get(key))[key] ?? null;
        },
        [MANAGED_CACHE_KEY],
        { timeout: 15_000, what: 'the background to cache the managed policy' },
      );
      expect(cached).toEqual(VALID_POLICY);
      // Read: remove the manifest at once. Firefox keeps what it read for this run, unvalidated.
      rmSync(manifestFile);
      expect(await managedGet(popup)).toEqual(POLICY);

      await popup.evaluate(async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        await api.storage.local.set({
          settingsStorage: {
            version: 2,
            language: 'fr',
            platform: 'beta',
            profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
          },
        });
      });
      // The user chose the beta platform; the administrator's national platform wins, and the
      // academy override hides CodiMD (which the national platform has).
      const catalogue = found(
        await pollEvaluate(
          popup,
          () => {
            if (!document.querySelector('h2')?.textContent?.includes('Grenoble')) return null;
            const links = [
              ...document.querySelectorAll<HTMLAnchorElement>('[data-testid="catalogue"] a[data-service]'),
            ];
            if (links.length === 0) return null;
            return {
              platform: document.querySelector('.academy-platform')?.textContent ?? '',
              links: Object.fromEntries(links.map((a) => [a.dataset.service, a.getAttribute('href')])),
            };
          },
          [],
          { what: 'the catalogue of Grenoble' },
        ),
      );
      expect(catalogue.platform).toMatch(/^Plateforme nationale/);
      expect(catalogue.links.portal).toBe('https://portail.apps.education.fr/');
      expect(catalogue.links.nextcloud).toMatch(/^https:\/\/.+\.apps\.education\.fr\//);
      expect(catalogue.links).not.toHaveProperty('codimd');

      const options = await openExtensionPage(fx, 'options.html');
      const shown = found(
        await pollEvaluate(
          options,
          () => {
            const notice = document.querySelector('[data-testid="managed-notice"]');
            const national = document.querySelector<HTMLInputElement>(
              'input[type="radio"][name="platform"][value="national"]',
            );
            const faq = document.querySelector<HTMLInputElement>('[data-testid="faq-url"]');
            const catalogueUrl = document.querySelector<HTMLInputElement>('[data-testid="catalogue-url"]');
            if (!notice || !national || !faq || !catalogueUrl) return null;
            const labelOf = (input: HTMLInputElement) =>
              document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
            return {
              notice: notice.textContent ?? '',
              nationalChecked: national.checked,
              nationalDisabled: national.matches(':disabled'),
              platformLegend: national.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
              faqValue: faq.value,
              faqDisabled: faq.matches(':disabled'),
              faqLabel: labelOf(faq),
              catalogueDisabled: catalogueUrl.matches(':disabled'),
              catalogueLabel: labelOf(catalogueUrl),
            };
          },
          [],
          { what: 'the options page with the managed notice' },
        ),
      );
      expect(shown.notice).toContain('administrateur');
      expect(shown).toMatchObject({
        nationalChecked: true,
        nationalDisabled: true,
        faqValue: 'https://faq.example.test/faq.json',
        faqDisabled: true,
        catalogueDisabled: false,
      });
      expect(shown.platformLegend).toContain('Défini par l’administrateur');
      expect(shown.faqLabel).toContain('Défini par l’administrateur');
      // The invalid catalogue URL was not applied: that setting stays the user's.
      expect(shown.catalogueLabel).not.toContain('Défini par l’administrateur');

      // The user's own choice is kept underneath (used again if the policy goes away).
      const stored = await options.evaluate(async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        return (await api.storage.local.get('settingsStorage')).settingsStorage;
      });
      expect(stored).toMatchObject({ platform: 'beta' });

      // Issue 10's bug: the context menu read the user's settings without the policy, and copied a
      // beta ID although the administrator imposes the national platform. One reader now.
      const click = await options.evaluate(async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          __compagnonTest?: { handleShareClick(info: unknown): Promise<unknown> };
        };
        return background.__compagnonTest?.handleShareClick({
          menuItemId: 'compagnon-share-link',
          linkUrl: 'mailto:jean.dupont@ac-lyon.fr',
        });
      });
      expect(click).toMatchObject({ handled: true });
      expect(JSON.stringify(click)).not.toContain('beta.education.fr');
    } finally {
      await fx?.close().catch(() => {});
      rmSync(home, { recursive: true, force: true });
    }
    expect(existsSync(manifestFile)).toBe(false);
  },
);
