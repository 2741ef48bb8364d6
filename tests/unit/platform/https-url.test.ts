import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueSchema, catalogueServiceSchema } from '@/lib/catalogue/schema';
import { academySchema } from '@/lib/platform/schemas';
import { httpsUrlSchema, isHttpsDataUrl } from '@/lib/platform/schema-parts';
import { parseManagedPolicy } from '@/lib/settings/policy';
import { isValidSettingValue } from '@/lib/settings/settings';

// Issue 15, item 12: a catalogue link to https://*.education.fr/ passed and made the popup focus an
// unrelated tab. Every URL from data goes through httpsUrlSchema: it must name one real host.

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const hostname = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([labels, tld]) => [...labels, tld].join('.'));
const path = fc.constantFrom('/', '/catalogue.json', '/faq?x=1', '/a/b#c', '');

describe('httpsUrlSchema: host names only', () => {
  it.each([
    'https://*.education.fr/',
    'https://*/',
    'https://cloud-*.beta.education.fr/',
    'https://localhost/',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://10.0.0.1:8443/c.json',
    'https://exa_mple.fr/',
    'https://a..b.fr/',
    'https://example.fr./',
    'https://intranet/',
    'https://example.123/',
    'https://%2A.education.fr/',
  ])('refuses %s', (url) => {
    expect(httpsUrlSchema.safeParse(url).success).toBe(false);
  });

  it.each([
    'https://apps.education.fr/',
    'https://cloud-grenoble.beta.education.fr/index.php',
    'https://dane.ac-lyon.fr:8443/catalogue.json?v=2',
    'https://xn--bcher-kva.example/',
    'https://EXAMPLE.org/',
  ])('accepts %s', (url) => {
    expect(httpsUrlSchema.safeParse(url).success).toBe(true);
  });

  it('a wildcard or a character that is not a host name character anywhere in the host: refused (property)', () => {
    const bad = fc.constantFrom('*', '_', '!', '$', '&', "'", '(', ')', '+', ',', ';', '=', '~', '{', '}');
    fc.assert(
      fc.property(hostname, bad, fc.nat(), path, (host, char, at, rest) => {
        const i = at % (host.length + 1);
        const url = `https://${host.slice(0, i)}${char}${host.slice(i)}${rest}`;
        expect(isHttpsDataUrl(url), url).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('IPv4 addresses are refused (property); real host names accepted (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), path, (ip, rest) => {
        expect(isHttpsDataUrl(`https://${ip}${rest}`)).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(hostname, path, (host, rest) => {
        expect(isHttpsDataUrl(`https://${host}${rest}`), host).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('every schema of URLs from data refuses the wildcard', () => {
    const wildcard = 'https://*.education.fr/';
    const service = { id: 'x', name: { fr: 'X' }, description: { fr: 'X' }, url: wildcard };
    expect(catalogueServiceSchema.safeParse(service).success).toBe(false);
    expect(
      catalogueSchema.safeParse({
        version: 1,
        services: [{ ...service, url: 'https://ok.example.fr/' }],
        overrides: { lyon: { support: { url: wildcard } } },
      }).success,
    ).toBe(false);
    expect(isValidSettingValue('catalogueUrl', wildcard)).toBe(false);
    expect(isValidSettingValue('faqUrl', 'https://localhost/faq')).toBe(false);
    expect(parseManagedPolicy({ catalogueUrl: wildcard, faqUrl: wildcard })).toEqual({});
    const academy = { id: 'lyon', name: 'Lyon', kind: 'academie', domains: ['ac-lyon.fr'], slug: 'lyon' };
    expect(academySchema.safeParse({ ...academy, support: 'https://dane.ac-lyon.fr/' }).success).toBe(true);
    expect(academySchema.safeParse({ ...academy, support: wildcard }).success).toBe(false);
  });
});
