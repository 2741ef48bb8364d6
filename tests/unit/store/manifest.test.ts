import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNIN_MATCHES_MARKER } from '@/lib/signin/marker';
import config from '@/wxt.config';

// Issue 17: the manifest's store-facing texts come from public/_locales, complete in French and English.
// scripts/check-packages.mjs checks the same on the built manifests and the zips (`npm run check`).

type Messages = Record<string, { message: string; description?: string }>;
const readMessages = (locale: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const LOCALES = ['fr', 'en'];

async function manifestFor(browser: 'chrome' | 'firefox', mode = 'production') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  return manifest({ browser, mode, command: 'build', manifestVersion: browser === 'firefox' ? 2 : 3 });
}

const msgKeys = (value: unknown) => [...JSON.stringify(value).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

describe('public/_locales', () => {
  it('has exactly the French and English locales', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
  });

  it('the locales have the same keys and no empty message', () => {
    const fr = readMessages('fr');
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(fr).sort());
      for (const [key, { message }] of Object.entries(messages))
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('the short description fits the Chrome Web Store (≤ 132 characters), the name AMO (≤ 45)', () => {
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      expect(messages.extDescription!.message.length, locale).toBeLessThanOrEqual(132);
      expect(messages.extName!.message.length, locale).toBeLessThanOrEqual(45);
    }
  });

  it('never calls the extension official (it is not a State product)', () => {
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      expect(messages.extDescription!.message).toMatch(/non officielle|Unofficial/);
      expect(messages.extName!.message).not.toMatch(/officiel|official|ministère|ministry/i);
    }
  });
});

describe('wxt.config.ts manifest', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: default locale fr; name, description and command localized, every key defined`, async () => {
      const manifest = await manifestFor(browser);
      expect(manifest.default_locale).toBe('fr');
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      const command = Object.values(manifest.commands ?? {})[0] as { description?: string } | undefined;
      expect(command?.description).toBe('__MSG_commandOpenPopup__');
      const used = msgKeys(manifest);
      for (const locale of LOCALES)
        for (const key of used) expect(readMessages(locale), `${locale} ${key}`).toHaveProperty(key);
    });
  }

  it('the action title is set after WXT (which takes it from the popup’s <title>), from the locales', async () => {
    const hook = (config.hooks as Record<string, unknown> | undefined)?.['build:manifestGenerated'];
    expect(hook).toBeTypeOf('function');
    const manifest = {
      manifest_version: 3,
      name: 'x',
      version: '1',
      action: { default_title: 'from <title>' },
      // The sign-in script's placeholder, which the same hook replaces with the real hosts.
      content_scripts: [{ matches: [SIGNIN_MATCHES_MARKER], js: ['content-scripts/signin.js'] }],
    };
    const wxt = { config: { mode: 'production', browser: 'chrome' } };
    await (hook as (w: unknown, m: unknown) => unknown)(wxt, manifest);
    const key = /^__MSG_(\w+)__$/.exec(manifest.action.default_title)?.[1];
    expect(key).toBeDefined();
    for (const locale of LOCALES) expect(readMessages(locale)[key!]?.message).toBeTruthy();
    expect(manifest.content_scripts[0]!.matches).toContain('https://apps-versailles.beta.education.fr/*');
    expect(manifest.content_scripts[0]!.matches).not.toContain(SIGNIN_MATCHES_MARKER);
  });

  it('the Chrome manifest keeps the fixed key (unpacked builds: policies and tests name its id)', async () => {
    expect(await manifestFor('chrome')).toHaveProperty('key');
    expect(await manifestFor('firefox')).not.toHaveProperty('key');
  });
});
