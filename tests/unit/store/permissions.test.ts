import { describe, expect, it } from 'vitest';
import { bundledCatalogue, resolveCatalogue } from '@/lib/catalogue/catalogue';
import { academies } from '@/lib/platform/academies';
import { nuageContentScriptMatches } from '@/lib/platform/nuage';
import { signInMatchPatterns } from '@/lib/signin/signin';
import config from '@/wxt.config';

// Issue 15, item 14: the host permission is only what the features use, and covers all of it.

async function hostPermissions(browser: 'chrome' | 'firefox'): Promise<string[]> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  const built = await manifest({
    browser,
    mode: 'production',
    command: 'build',
    manifestVersion: browser === 'firefox' ? 2 : 3,
  });
  return (built.host_permissions ?? []) as string[];
}

/** Whether a match pattern `https://*.x/*` or `https://x/*` covers `host`. */
function covers(pattern: string, host: string): boolean {
  const m = /^https:\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const [, wildcard, base] = m;
  return host === base || (wildcard !== undefined && host.endsWith(`.${base}`));
}
const hostOf = (pattern: string) => new URL(pattern.replace('*.', 'x.').replace(/\*$/, '')).hostname;

describe('host permissions', () => {
  it('are narrower than *.education.fr, never <all_urls>', async () => {
    const hosts = await hostPermissions('chrome');
    expect(hosts).not.toContain('https://*.education.fr/*');
    expect(hosts).not.toContain('<all_urls>');
    expect(hosts.length).toBeGreaterThan(0);
  });

  it('cover every content-script match and every national service of the catalogue', async () => {
    const hosts = await hostPermissions('chrome');
    const needed = [...signInMatchPatterns(), ...nuageContentScriptMatches().matches].map(hostOf);
    for (const platform of ['national', 'beta'] as const)
      for (const academy of academies.slice(0, 3))
        for (const service of resolveCatalogue({
          catalogue: bundledCatalogue,
          academy,
          platform,
          lang: 'fr',
        }))
          if (!service.external) needed.push(new URL(service.url).hostname);
    for (const host of needed)
      expect(
        hosts.some((p) => covers(p, host)),
        host,
      ).toBe(true);
  });
});
