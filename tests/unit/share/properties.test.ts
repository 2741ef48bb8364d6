import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  academies,
  academyForAddress,
  allInstanceHosts,
  buildCloudId,
  buildShareId,
  describeShareError,
  instanceForUrl,
  instanceHost,
  isValidHostname,
  normalizeNextcloudHost,
  parseAddresses,
  resolveCloudId,
} from '@/lib';

/** Every kind of string, plus non-strings (the functions are called from untyped contexts too). */
const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.webUrl(),
  fc.emailAddress(),
  fc.string({ unit: fc.constantFrom('@', '/', ':', '\\', '.', '%', 'a', ' ', '<', '>', ',', 'é', '+') }),
  fc.anything(),
) as fc.Arbitrary<string>;

const allDomains = academies.flatMap((a) => a.domains);
const staffLocal = fc.stringMatching(/^[a-z]{1,12}(-[a-z]{1,8})?\.[a-z]{1,12}(-[a-z]{1,8})?[0-9]?$/);
const staffAddress = fc
  .tuple(staffLocal, fc.constantFrom(...allDomains))
  .map(([local, domain]) => `${local}@${domain}`);
const genuineHosts = allInstanceHosts();

describe('nothing throws, whatever the input', () => {
  it('parseAddresses returns lower-case, trimmed, unique addresses', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const found = parseAddresses(input);
        expect(Array.isArray(found)).toBe(true);
        expect(new Set(found).size).toBe(found.length);
        for (const address of found) {
          expect(address).toBe(address.toLowerCase());
          expect(address).not.toMatch(/\s/);
          expect(address).toMatch(/^[^@]+@[^@]+\.[^@.]+$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('academyForAddress gives an academy only for one of its domains', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const academy = academyForAddress(input);
        if (academy) {
          const domain = input
            .trim()
            .slice(input.trim().lastIndexOf('@') + 1)
            .toLowerCase()
            .replace(/\.$/, '');
          expect(academy.domains).toContain(domain);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('resolveCloudId gives a valid user and a remote with a protocol, or nothing', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const resolved = resolveCloudId(input);
        if (resolved) {
          expect(resolved.user).toMatch(/^[a-zA-Z0-9 _.@'=-]+$/);
          expect(resolved.user).not.toMatch(/^\s|\s$|^\.{1,2}$|^0$/);
          expect(resolved.remote).toContain('://');
          expect(input.replaceAll('\\', '/').startsWith(resolved.id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('buildCloudId and resolveCloudId agree on (user, server) pairs', () => {
    const user = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', ' ', '_', '.', '@', '-', "'", '='),
      minLength: 1,
    });
    const remote = fc
      .tuple(fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })), fc.option(fc.webSegment()))
      .map(([domain, port, path]) => `${domain}${port === null ? '' : `:${port}`}${path ? `/${path}` : ''}`);
    fc.assert(
      fc.property(user, remote, fc.constantFrom('', 'https://'), (u, r, scheme) => {
        const valid = u.trim() === u && u !== '.' && u !== '..' && u !== '0' && `${u}@${r}`.length <= 255;
        const resolved = resolveCloudId(buildCloudId(u, `${scheme}${r}`));
        if (valid) expect(resolved).toEqual({ user: u, remote: `https://${r}`, id: `${u}@${r}` });
        else expect(resolved).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('buildShareId only hands out IDs that resolve to the address and the host', () => {
    fc.assert(
      fc.property(anyInput, fc.option(anyInput, { nil: undefined }), (input, host) => {
        const result = buildShareId(input, host === undefined ? {} : { host });
        if (result.ok) {
          expect(resolveCloudId(result.id)).toMatchObject({
            user: result.address,
            remote: `https://${result.host}`,
          });
          expect(result.id).not.toBe(result.address);
        } else {
          expect(describeShareError(result.code, result, 'fr').length).toBeGreaterThan(20);
          expect(describeShareError(result.code, result, 'en').length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('instanceForUrl only matches genuine hosts', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const match = instanceForUrl(input);
        if (match) {
          const url = new URL(input);
          expect(url.protocol).toBe('https:');
          expect(url.hostname.replace(/\.$/, '')).toBe(match.host);
          expect(
            genuineHosts.includes(match.host) || /^nuage\d\d\.apps\.education\.fr$/.test(match.host),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeNextcloudHost gives a valid host or nothing', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const host = normalizeNextcloudHost(input);
        if (host !== undefined) expect(isValidHostname(host.replace(/:\d+$/, ''))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildShareId over staff addresses', () => {
  it('gives <address>@<academy Nextcloud host>, resolving to user = address', () => {
    fc.assert(
      fc.property(staffAddress, (address) => {
        const result = buildShareId(address);
        if (!result.ok) expect.fail(`${address}: ${result.code}`);
        const academy = academyForAddress(address);
        const host = academy && instanceHost(academy, 'nextcloud');
        expect(result.host).toBe(host);
        expect(result.id).toBe(`${address}@${host}`);
        expect(resolveCloudId(result.id)).toEqual({
          user: address,
          remote: `https://${host}`,
          id: result.id,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('uses a given host however it is written', () => {
    const hostForms = fc
      .tuple(fc.domain(), fc.integer({ min: 0, max: 5 }), staffAddress)
      .map(([domain, form, colleague]) => {
        const forms = [
          domain,
          `https://${domain}`,
          `https://${domain}/`,
          `https://${domain}/index.php/s/AbCdEf123`,
          `${colleague}@${domain}`,
          ` ${domain.toUpperCase()}. `,
        ];
        return { domain: domain.toLowerCase(), given: forms[form] ?? domain };
      });
    fc.assert(
      fc.property(staffAddress, hostForms, (address, { domain, given }) => {
        const result = buildShareId(`Prénom Nom <${address}>`, { host: given });
        if (`${address}@${domain}`.length > 255) {
          expect(result).toMatchObject({ ok: false, code: 'too-long' });
          return;
        }
        if (!result.ok) expect.fail(`${address} / ${given}: ${result.code}`);
        expect(result.host).toBe(domain);
        expect(result.id).toBe(`${address}@${domain}`);
        expect(resolveCloudId(result.id)).toMatchObject({ user: address, remote: `https://${domain}` });
      }),
      { numRuns: 300 },
    );
  });

  it('finds every address of a pasted list, in order', () => {
    const entry = fc.tuple(staffAddress, fc.boolean(), fc.constantFrom(', ', ';', '\n', ' ; ', '\r\n'));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 20 }), (entries) => {
        const text = entries
          .map(
            ([address, named, separator]) => `${named ? `"Nom, Prénom" <${address}>` : address}${separator}`,
          )
          .join('');
        const expected = [...new Set(entries.map(([address]) => address))];
        expect(parseAddresses(text)).toEqual(expected);
        expect(parseAddresses(`mailto:${expected.map(encodeURIComponent).join(',')}`)).toEqual(expected);
      }),
    );
  });
});

describe('instanceForUrl against look-alikes of genuine hosts', () => {
  it('refuses a genuine host used as a prefix, a query value or credentials', () => {
    fc.assert(
      fc.property(fc.constantFrom(...genuineHosts), fc.domain(), (host, other) => {
        fc.pre(
          !genuineHosts.includes(other.toLowerCase()) && !/^nuage\d\d\.apps\.education\.fr$/i.test(other),
        );
        expect(instanceForUrl(`https://${host}.${other}/`)).toBeUndefined();
        expect(instanceForUrl(`https://${other}/?u=${host}`)).toBeUndefined();
        expect(instanceForUrl(`https://${other}/${host}`)).toBeUndefined();
        expect(instanceForUrl(`https://${host}@${other}/`)).toBeUndefined();
        expect(instanceForUrl(`https://${other}.${host}/`)).toBeUndefined();
      }),
    );
  });

  it('recognises a genuine host with any path, query and fragment', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...genuineHosts),
        fc.webPath(),
        fc.webQueryParameters(),
        fc.webFragments(),
        (host, path, query, fragment) => {
          const match = instanceForUrl(`https://${host}${path}?${query}#${fragment}`);
          expect(match?.host).toBe(host);
        },
      ),
    );
  });
});
