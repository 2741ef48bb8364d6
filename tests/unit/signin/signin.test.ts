import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledHostData, type HostData } from '@/lib';
import {
  checkSignIn,
  hasStaffAddressForm,
  isSignInPage,
  matchesSignInPath,
  signInMatchPatterns,
  splitAddress,
  type SignInWarning,
} from '@/lib/signin/signin';

const VERSAILLES = 'https://apps-versailles.beta.education.fr/signup';

/** The parts of a warning a table can state: kind, page host, expected academy id, suggested URL. */
function summary(warning: SignInWarning | undefined) {
  if (!warning) return undefined;
  return {
    kind: warning.kind,
    host: warning.instance.host,
    expected: warning.expected?.id,
    suggestedUrl: warning.suggestedUrl,
  };
}

describe('checkSignIn: wrong academy', () => {
  it.each([
    // [page URL, address, expected academy id, suggested URL]
    [VERSAILLES, 'jean.dupont@ac-creteil.fr', 'creteil', 'https://apps-creteil.beta.education.fr/'],
    [VERSAILLES, 'Jean.Dupont@AC-CRETEIL.FR', 'creteil', 'https://apps-creteil.beta.education.fr/'],
    [VERSAILLES, '  jean.dupont@ac-creteil.fr. ', 'creteil', 'https://apps-creteil.beta.education.fr/'],
    // Same service on the right instance.
    [
      'https://cloud-versailles.beta.education.fr/login',
      'jean.dupont@ac-lyon.fr',
      'lyon',
      'https://cloud-lyon.beta.education.fr/',
    ],
    [
      'https://tube-grenoble.beta.education.fr/signup',
      'jean.dupont@ac-lyon.fr',
      'lyon',
      'https://tube-lyon.beta.education.fr/',
    ],
    // Legacy Normandie aliases; Nancy-Metz's slug is "nancy"; Clermont's domain is ac-clermont.fr.
    [VERSAILLES, 'jean.dupont@ac-caen.fr', 'normandie', 'https://apps-normandie.beta.education.fr/'],
    [VERSAILLES, 'jean.dupont@ac-nancy-metz.fr', 'nancy-metz', 'https://apps-nancy.beta.education.fr/'],
    [
      VERSAILLES,
      'jean.dupont@ac-clermont.fr',
      'clermont-ferrand',
      'https://apps-clermont-ferrand.beta.education.fr/',
    ],
    // Overseas staff go to the shared overseas instance; metropolitan staff are not served there.
    [VERSAILLES, 'jean.dupont@ac-reunion.fr', 'reunion', 'https://apps-outremer.beta.education.fr/'],
    [
      VERSAILLES,
      'jean.dupont@ac-noumea.nc',
      'nouvelle-caledonie',
      'https://apps-outremer.beta.education.fr/',
    ],
    [
      'https://apps-outremer.beta.education.fr/signup',
      'jean.dupont@ac-lyon.fr',
      'lyon',
      'https://apps-lyon.beta.education.fr/',
    ],
    // The central administration has its own instance, and only it.
    [
      VERSAILLES,
      'jean.dupont@education.gouv.fr',
      'administration-centrale',
      'https://apps-education.beta.education.fr/',
    ],
    [
      'https://apps-education.beta.education.fr/signup',
      'jean.dupont@ac-versailles.fr',
      'versailles',
      'https://apps-versailles.beta.education.fr/',
    ],
    // Wrong academy wins over the form hint.
    [VERSAILLES, 'jdupont@ac-creteil.fr', 'creteil', 'https://apps-creteil.beta.education.fr/'],
  ])('%s with %s → %s', (url, address, expected, suggestedUrl) => {
    expect(summary(checkSignIn({ url, address }))).toEqual({
      kind: 'wrong-academy',
      host: new URL(url).hostname,
      expected,
      suggestedUrl,
    });
  });

  it('names the page instance with every academy it serves', () => {
    const warning = checkSignIn({
      url: 'https://apps-outremer.beta.education.fr/',
      address: 'a.b@ac-lyon.fr',
    });
    expect(warning?.instance.academies?.map((a) => a.id)).toContain('guadeloupe');
    expect(warning?.instance.academies?.map((a) => a.id)).toContain('wallis-et-futuna');
  });

  it('suggests the portal when the right academy has no such service, and nothing when it has neither', () => {
    const noCloud: HostData = { ...bundledHostData, overrides: { creteil: { nextcloud: null } } };
    const url = 'https://cloud-versailles.beta.education.fr/login';
    expect(summary(checkSignIn({ url, address: 'a.b@ac-creteil.fr' }, noCloud))?.suggestedUrl).toBe(
      'https://apps-creteil.beta.education.fr/',
    );
    const nothing: HostData = {
      ...bundledHostData,
      overrides: { creteil: { nextcloud: null, portal: null } },
    };
    const warning = checkSignIn({ url, address: 'a.b@ac-creteil.fr' }, nothing);
    expect(warning?.kind).toBe('wrong-academy');
    expect(warning).not.toHaveProperty('suggestedUrl');
  });

  it('follows an override host of the right academy', () => {
    const moved: HostData = {
      ...bundledHostData,
      overrides: { creteil: { portal: 'portail.ac-creteil.fr' } },
    };
    expect(checkSignIn({ url: VERSAILLES, address: 'a.b@ac-creteil.fr' }, moved)?.suggestedUrl).toBe(
      'https://portail.ac-creteil.fr/',
    );
  });
});

describe('checkSignIn: right place, no warning', () => {
  it.each([
    [VERSAILLES, 'jean.dupont@ac-versailles.fr'],
    [VERSAILLES, 'JEAN.DUPONT@AC-VERSAILLES.FR'],
    ['https://cloud-versailles.beta.education.fr/login', 'jean.dupont@ac-versailles.fr'],
    // Every overseas academy and territory on the shared overseas instance.
    ['https://apps-outremer.beta.education.fr/signup', 'jean.dupont@ac-guadeloupe.fr'],
    ['https://apps-outremer.beta.education.fr/signup', 'jean.dupont@ac-mayotte.fr'],
    ['https://apps-outremer.beta.education.fr/signup', 'jean.dupont@ac-noumea.nc'],
    ['https://apps-outremer.beta.education.fr/signup', 'jean.dupont@monvr.pf'],
    ['https://apps-outremer.beta.education.fr/signup', 'jean.dupont@ac-spm.fr'],
    ['https://apps-education.beta.education.fr/signup', 'jean.dupont@education.gouv.fr'],
    ['https://apps-normandie.beta.education.fr/signup', 'jean.dupont@ac-rouen.fr'],
    // The national platform: one instance for every staff address.
    ['https://portail.apps.education.fr/signin', 'jean.dupont@ac-creteil.fr'],
    ['https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth', 'jean.dupont@ac-lyon.fr'],
    ['https://nuage07.apps.education.fr/login', 'jean.dupont@education.gouv.fr'],
  ])('%s with %s', (url, address) => {
    expect(checkSignIn({ url, address })).toBeUndefined();
  });
});

describe('checkSignIn: not a staff address', () => {
  it.each([
    [VERSAILLES, 'jean.dupont@gmail.com'],
    [VERSAILLES, 'eleve@laposte.net'],
    // Anchored at the end of the domain: look-alikes are not staff domains.
    [VERSAILLES, 'jean.dupont@ac-versailles.fr.evil.example'],
    [VERSAILLES, 'jean.dupont@evil-ac-versailles.fr'],
    [VERSAILLES, 'jean.dupont@mail.ac-versailles.fr'],
    [VERSAILLES, 'jean.dupont@ac-versailles.com'],
    [VERSAILLES, 'jean.dupont@ac-créteil.fr'],
    [VERSAILLES, 'jean.dupont@ac-clermont-ferrand.fr'],
    ['https://portail.apps.education.fr/signin', 'jean.dupont@gmail.com'],
    ['https://auth.apps.education.fr/realms/apps/login-actions/registration', 'x.y@outlook.fr'],
  ])('%s with %s', (url, address) => {
    expect(summary(checkSignIn({ url, address }))).toEqual({
      kind: 'not-staff-address',
      host: new URL(url).hostname,
      expected: undefined,
      suggestedUrl: undefined,
    });
  });
});

describe('checkSignIn: address form (a hint)', () => {
  it.each([
    ['jdupont@ac-versailles.fr'],
    ['dupont@ac-versailles.fr'],
    ['prénom.nom@ac-versailles.fr'],
    ['jean_dupont@ac-versailles.fr'],
    ['jean.dupont+apps@ac-versailles.fr'],
    ['jean.dupont2024@ac-versailles.fr'],
    ['ce.078123A@ac-versailles.fr'],
    ['2jean.dupont@ac-versailles.fr'],
  ])('%s', (address) => {
    const warning = checkSignIn({ url: VERSAILLES, address });
    expect(summary(warning)).toEqual({
      kind: 'address-form',
      host: 'apps-versailles.beta.education.fr',
      expected: 'versailles',
      suggestedUrl: undefined,
    });
  });

  it('also on the national platform', () => {
    expect(
      checkSignIn({ url: 'https://portail.apps.education.fr/signin', address: 'jd@ac-lyon.fr' })?.kind,
    ).toBe('address-form');
  });

  it.each([
    ['jean.dupont', true],
    ['Jean.Dupont', true],
    ['jean.dupont2', true],
    ['jean.dupont12', true],
    ['jean-pierre.martin-dupont', true],
    ['marie.claire.dupont', true],
    ['ce.0781234A', true],
    ['ce.0781234a', true],
    ['j.dupont', true],
    ['jdupont', false],
    ['jean.', false],
    ['.dupont', false],
    ['jean..dupont', false],
    ['jean.dupont-', false],
    ['jean.dupont1234', false],
    ['ce.078123A', false],
    ['ce.0781234AB', false],
    ['jéan.dupont', false],
  ])('hasStaffAddressForm(%s) = %s', (local, expected) => {
    expect(hasStaffAddressForm(local)).toBe(expected);
  });
});

describe('checkSignIn: nothing to say', () => {
  it.each([
    // Not an instance: other sites, look-alike hosts, wrong scheme or port, credentials, garbage.
    ['https://example.org/signup'],
    ['https://apps-versailles.beta.education.fr.evil.example/signup'],
    ['https://evil.example/apps-versailles.beta.education.fr/signup'],
    ['https://apps-versailles.beta.education.fr@evil.example/signup'],
    ['https://apps-versailles-beta.education.fr/signup'],
    ['https://apps-paris-versailles.beta.education.fr/signup'],
    ['http://apps-versailles.beta.education.fr/signup'],
    ['https://apps-versailles.beta.education.fr:8443/signup'],
    ['https://user:pw@apps-versailles.beta.education.fr/signup'],
    ['javascript:alert(1)'],
    ['not a url'],
    [''],
  ])('%s is not an instance', (url) => {
    expect(checkSignIn({ url, address: 'jean.dupont@ac-creteil.fr' })).toBeUndefined();
    expect(checkSignIn({ url, address: 'jean.dupont@gmail.com' })).toBeUndefined();
  });

  it.each([
    [undefined],
    [''],
    ['   '],
    // Still being typed, or not an address.
    ['jean.dupont'],
    ['jean.dupont@'],
    ['jean.dupont@ac-cr'],
    ['jean.dupont@gmail.c'],
    ['@ac-creteil.fr'],
    ['jean dupont@ac-creteil.fr'],
    ['Jean <jean.dupont@ac-creteil.fr>'],
    ['a@b@ac-creteil.fr'],
    ['"jean"@ac-creteil.fr'],
    ['jean.@ac-creteil.fr'],
    ['jean..dupont@ac-creteil.fr'],
    ['jean.dupont@ac-creteil..fr'],
    ['jean.dupont@-ac-creteil.fr'],
    // Hostile: markup, control and invisible characters, very long input.
    ['<img src=x onerror=alert(1)>@ac-creteil.fr'],
    ['jean.dupont\u0000@ac-creteil.fr'],
    ['jean.dupont\n@ac-creteil.fr'],
    ['jean\u200b.dupont@ac-creteil.fr'],
    ['jean.dupont@ac-cre\u200bteil.fr'],
    [`${'a'.repeat(65)}@ac-creteil.fr`],
    [`jean.dupont@${'a'.repeat(250)}.fr`],
    ['a'.repeat(100_000)],
    ['@'.repeat(100_000)],
  ])('address %j gives no warning', (address) => {
    expect(
      checkSignIn(address === undefined ? { url: VERSAILLES } : { url: VERSAILLES, address }),
    ).toBeUndefined();
  });

  it('survives input of the wrong types', () => {
    for (const input of [
      null,
      undefined,
      42,
      'x',
      { url: 42 },
      { url: VERSAILLES, address: 42 },
      { url: VERSAILLES, address: {} },
    ]) {
      expect(() => checkSignIn(input as never)).not.toThrow();
      expect(checkSignIn(input as never)).toBeUndefined();
    }
  });

  it('never throws, and any warning is about a genuine instance', () => {
    const urls = fc.oneof(
      fc.constantFrom(VERSAILLES, 'https://portail.apps.education.fr/signin', 'https://example.org/'),
      fc.webUrl(),
      fc.string(),
    );
    const addresses = fc.oneof(fc.emailAddress(), fc.string(), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(urls, addresses, (url, address) => {
        const warning = checkSignIn({ url, address });
        if (warning) {
          expect(['wrong-academy', 'not-staff-address', 'address-form']).toContain(warning.kind);
          expect(new URL(url).hostname.toLowerCase().replace(/\.$/, '')).toBe(warning.instance.host);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitAddress', () => {
  it.each([
    ['jean.dupont@ac-lyon.fr', { local: 'jean.dupont', domain: 'ac-lyon.fr' }],
    [' Jean.Dupont@AC-Lyon.FR. ', { local: 'Jean.Dupont', domain: 'ac-lyon.fr' }],
    ['jean@xn--crteil-bva.fr', { local: 'jean', domain: 'xn--crteil-bva.fr' }],
    ['jean@ac-lyon', undefined],
    ['jean@.fr', undefined],
  ])('%j', (text, expected) => {
    expect(splitAddress(text)).toEqual(expected);
  });
});

describe('sign-in pages', () => {
  it.each([
    ['/signin', '/signin', true],
    ['/signin/', '/signin', true],
    ['/SignIn', '/signin', true],
    ['//signin', '/signin', true],
    ['/signin/extra', '/signin', false],
    ['/', '/signin', false],
    ['/realms/apps/protocol/openid-connect/auth', '/realms/*/protocol/openid-connect/auth', true],
    ['/realms/protocol/openid-connect/auth', '/realms/*/protocol/openid-connect/auth', false],
    ['/realms/apps/login-actions/registration', '/realms/*/login-actions/**', true],
    ['/realms/apps/login-actions', '/realms/*/login-actions/**', true],
    ['/realms/apps/account', '/realms/*/login-actions/**', false],
    ['/', '/', true],
    ['/x', '/', false],
  ])('matchesSignInPath(%s, %s) = %s', (path, pattern, expected) => {
    expect(matchesSignInPath(path, pattern)).toBe(expected);
  });

  it.each([
    ['https://apps-versailles.beta.education.fr/signin', true],
    ['https://apps-versailles.beta.education.fr/signup?next=/services#top', true],
    ['https://apps-versailles.beta.education.fr/register', true],
    ['https://apps-outremer.beta.education.fr/signup', true],
    ['https://cloud-versailles.beta.education.fr/index.php/login', true],
    ['https://cloud-versailles.beta.education.fr/apps/registration/verify/abc', true],
    ['https://tube-lyon.beta.education.fr/signup', true],
    ['https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth?client_id=portail', true],
    ['https://auth.apps.education.fr/auth/realms/apps/login-actions/registration', true],
    ['https://apps-versailles.beta.education.fr/', false],
    ['https://apps-versailles.beta.education.fr/services', false],
    ['https://cloud-versailles.beta.education.fr/apps/files/', false],
    ['https://forge.apps.education.fr/users/sign_in', false],
    ['https://example.org/signin', false],
    ['https://apps-versailles.beta.education.fr.evil.example/signin', false],
    ['http://apps-versailles.beta.education.fr/signin', false],
    ['not a url', false],
  ])('isSignInPage(%s) = %s', (url, expected) => {
    expect(isSignInPage(url)).toBe(expected);
  });

  it('injects the content script on instance hosts only, never more', () => {
    const patterns = signInMatchPatterns();
    expect(patterns).toContain('https://apps-versailles.beta.education.fr/*');
    expect(patterns).toContain('https://apps-outremer.beta.education.fr/*');
    expect(patterns).toContain('https://apps-education.beta.education.fr/*');
    expect(patterns).toContain('https://cloud-creteil.beta.education.fr/*');
    expect(patterns).toContain('https://auth.apps.education.fr/*');
    // Services without sign-in pages in the data are left alone.
    expect(patterns).not.toContain('https://forge.apps.education.fr/*');
    expect(patterns).not.toContain('https://podeduc.apps.education.fr/*');
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const pattern of patterns) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.education\.fr\/\*$/);
    }
  });
});
