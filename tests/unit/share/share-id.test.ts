import { describe, expect, it } from 'vitest';
import { bundledHostData, buildShareId, resolveCloudId } from '@/lib';
import type { HostData, ShareIdErrorCode, ShareIdResult } from '@/lib';
import { describeShareError } from '@/locales/share';
import type { Lang } from '@/lib/i18n';

/** The ok branch, or a failed assertion showing the error. */
function expectOk(result: ShareIdResult) {
  if (!result.ok) expect.fail(`${result.code}: ${describeShareError(result.code, result, 'en')}`);
  return result;
}

function expectError(result: ShareIdResult, code: ShareIdErrorCode) {
  if (result.ok) expect.fail(`expected ${code}, got ${result.id}`);
  expect(result.code).toBe(code);
  return result;
}

/** What the screens say about an error (the core returns the code and its parameters). */
function words(result: ShareIdResult, lang: Lang): string {
  if (result.ok) return expect.fail(`expected an error, got ${result.id}`);
  return describeShareError(result.code, result, lang);
}

describe('buildShareId: the academy beta instance by default', () => {
  it.each([
    ['jean.dupont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', 'lyon'],
    ['prenom.nom@ac-grenoble.fr', 'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr', 'grenoble'],
    ['  Jean.Dupont@AC-LYON.FR ', 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', 'lyon'],
    ['Jean Dupont <jean.dupont@ac-lyon.fr>', 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', 'lyon'],
    [
      '"Dupont, Jean" <jean.dupont@ac-lyon.fr>',
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      'lyon',
    ],
    ['mailto:jean.dupont%40ac-lyon.fr', 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', 'lyon'],
    ['a.b@ac-nancy-metz.fr', 'a.b@ac-nancy-metz.fr@cloud-nancy.beta.education.fr', 'nancy-metz'],
    ['a.b@ac-caen.fr', 'a.b@ac-caen.fr@cloud-normandie.beta.education.fr', 'normandie'],
    ['a.b@ac-clermont.fr', 'a.b@ac-clermont.fr@cloud-clermont-ferrand.beta.education.fr', 'clermont-ferrand'],
    ['a.b@ac-reunion.fr', 'a.b@ac-reunion.fr@cloud-outremer.beta.education.fr', 'reunion'],
    ['a.b@monvr.pf', 'a.b@monvr.pf@cloud-outremer.beta.education.fr', 'polynesie'],
    [
      'a.b@education.gouv.fr',
      'a.b@education.gouv.fr@cloud-education.beta.education.fr',
      'administration-centrale',
    ],
    ['ce.0690001A@ac-lyon.fr', 'ce.0690001a@ac-lyon.fr@cloud-lyon.beta.education.fr', 'lyon'],
    ["jean.o'neil@ac-lyon.fr", "jean.o'neil@ac-lyon.fr@cloud-lyon.beta.education.fr", 'lyon'],
  ])('%s → %s', (input, id, academyId) => {
    const result = expectOk(buildShareId(input));
    expect(result.id).toBe(id);
    expect(result.academy?.id).toBe(academyId);
    expect(result.address).toBe(id.slice(0, id.lastIndexOf('@')));
    expect(`${result.address}@${result.host}`).toBe(id);
    // Nextcloud reads it back as the whole address on that server, never as a bare address.
    expect(resolveCloudId(result.id)).toEqual({ user: result.address, remote: `https://${result.host}`, id });
  });
});

describe('buildShareId: a host given by the user', () => {
  it.each([
    'nuage03.apps.education.fr',
    'NUAGE03.apps.education.fr',
    '  nuage03.apps.education.fr  ',
    'nuage03.apps.education.fr.',
    'https://nuage03.apps.education.fr',
    'https://nuage03.apps.education.fr/',
    'https://nuage03.apps.education.fr///',
    'http://nuage03.apps.education.fr/',
    'https://nuage03.apps.education.fr/index.php/s/AbC',
    'https://nuage03.apps.education.fr/index.php/apps/files/?dir=/Documents',
    'https://nuage03.apps.education.fr/apps/files/?dir=/&fileid=12#x',
    'https:\\\\nuage03.apps.education.fr\\index.php\\s\\AbC',
    'https://nuage03.apps.education.fr:443/',
    'marie.curie@ac-paris.fr@nuage03.apps.education.fr',
    'marie.curie@ac-paris.fr@https://nuage03.apps.education.fr/index.php/s/AbC',
  ])('%j → nuage03.apps.education.fr', (host) => {
    const result = expectOk(buildShareId('jean.dupont@ac-lyon.fr', { host }));
    expect(result.id).toBe('jean.dupont@ac-lyon.fr@nuage03.apps.education.fr');
    expect(result.host).toBe('nuage03.apps.education.fr');
  });

  it('keeps a non-default port, and IDN hosts in their ASCII form', () => {
    expect(expectOk(buildShareId('a.b@ac-lyon.fr', { host: 'https://nuage.example.org:8443/' })).id).toBe(
      'a.b@ac-lyon.fr@nuage.example.org:8443',
    );
    expect(expectOk(buildShareId('a.b@ac-lyon.fr', { host: 'nuage.académie.fr' })).host).toBe(
      'nuage.xn--acadmie-eya.fr',
    );
  });

  it('treats a blank host as not given', () => {
    expect(expectOk(buildShareId('a.b@ac-lyon.fr', { host: '   ' })).host).toBe(
      'cloud-lyon.beta.education.fr',
    );
  });

  it.each([
    'nuage03',
    'localhost',
    'https://',
    'ftp://nuage03.apps.education.fr',
    'javascript:alert(1)',
    'https://user:pw@nuage03.apps.education.fr/',
    'https://nuage03.apps.education.fr:99999/',
    'nuage03 .apps.education.fr',
    'nuage03.apps\n.education.fr',
    '192.168.1.10',
    '[::1]',
    'nuage_03.apps.education.fr',
    'prénom@ac-lyon.fr@nuage03.apps.education.fr',
    'x@',
    '@nuage03.apps.education.fr',
    `${'a'.repeat(64)}.fr`,
  ])('refuses the host %j with invalid-host', (host) => {
    const error = expectError(buildShareId('a.b@ac-lyon.fr', { host }), 'invalid-host');
    expect(words(error, 'fr')).toMatch(/serveur Nuage/);
    expect(words(error, 'fr')).toMatch(/nuage03\.apps\.education\.fr/);
    expect(words(error, 'en')).toMatch(/Nuage server/);
    expect(words(error, 'en')).toMatch(/nuage03\.apps\.education\.fr/);
  });

  it('refuses a non-staff address even with a host', () => {
    expectError(buildShareId('x@gmail.com', { host: 'nuage03.apps.education.fr' }), 'not-staff');
  });
});

describe('buildShareId: a pasted cloud ID as the address', () => {
  it('keeps its server', () => {
    const result = expectOk(buildShareId('Jean.Dupont@ac-lyon.fr@nuage07.apps.education.fr'));
    expect(result.id).toBe('jean.dupont@ac-lyon.fr@nuage07.apps.education.fr');
    expect(result.host).toBe('nuage07.apps.education.fr');
    // Also on the national platform, where no host could be derived otherwise.
    expect(expectOk(buildShareId(result.id, { platform: 'national' })).id).toBe(result.id);
  });

  it('lets an explicit host win', () => {
    const result = expectOk(
      buildShareId('jean.dupont@ac-lyon.fr@nuage07.apps.education.fr', { host: 'nuage03.apps.education.fr' }),
    );
    expect(result.host).toBe('nuage03.apps.education.fr');
  });

  it('refuses one whose server is not a host name', () => {
    expectError(buildShareId('jean.dupont@ac-lyon.fr@nuage'), 'invalid-host');
  });
});

describe('buildShareId: errors, in French and English, saying what to do', () => {
  it.each([
    ['', 'no-address'],
    ['   ', 'no-address'],
    ['@', 'no-address'],
    ['jean.dupont', 'no-address'],
    ['jean.dupont@', 'no-address'],
    ['a.b@ac-lyon.fr, c.d@ac-lyon.fr', 'several-addresses'],
    ['x@gmail.com', 'not-staff'],
    ['x@ac-lyon.fr.evil.example', 'not-staff'],
    ['x@sub.ac-lyon.fr', 'not-staff'],
    ['x@ac-clermont-ferrand.fr', 'not-staff'],
    ['prénom.nom@ac-lyon.fr', 'invalid-chars'],
    ['jean.dupont+projet@ac-lyon.fr', 'invalid-chars'],
    ['prénom@gmail.com', 'not-staff'],
  ] as [string, ShareIdErrorCode][])('%j → %s', (input, code) => {
    const error = expectError(buildShareId(input), code);
    for (const lang of ['fr', 'en'] as const) {
      expect(words(error, lang).length).toBeGreaterThan(40);
      // Never an ID.
      expect(words(error, lang)).not.toMatch(/cloud-lyon\.beta/);
    }
    // The French one really is French.
    expect(words(error, 'fr')).toMatch(/[éèàù’]/);
  });

  it.each([null, undefined, 42, {}, ['a@ac-lyon.fr']])('non-string %j → no-address', (input) => {
    expectError(buildShareId(input as unknown as string), 'no-address');
  });

  it('asks for an academic address when given another one', () => {
    const error = expectError(buildShareId('jean.dupont@gmail.com'), 'not-staff');
    expect(error.address).toBe('jean.dupont@gmail.com');
    const message = words(error, 'fr');
    expect(message).toContain('jean.dupont@gmail.com');
    expect(message).toMatch(/adresse académique/);
    expect(message).toMatch(/Éducation nationale/);
    const english = words(error, 'en');
    expect(english).toContain('jean.dupont@gmail.com');
    expect(english).toMatch(/academic address/);
    expect(english).toMatch(/Éducation nationale/);
  });

  it('names the refused character', () => {
    const accent = expectError(buildShareId('Prénom.Nom@ac-lyon.fr'), 'invalid-chars');
    expect(accent.char).toBe('é');
    expect(words(accent, 'fr')).toContain('«\u00a0é\u00a0»');
    expect(words(accent, 'fr')).toContain('prénom.nom@ac-lyon.fr');
    expect(words(accent, 'en')).toContain('“é”');
    expect(words(accent, 'en')).toContain('prénom.nom@ac-lyon.fr');
    const plus = expectError(buildShareId('jean+x@ac-lyon.fr'), 'invalid-chars');
    expect(plus.char).toBe('+');
    expect(words(plus, 'fr')).toContain('«\u00a0+\u00a0»');
    expect(words(plus, 'en')).toContain('“+”');
  });

  it('lists the addresses found when there are several', () => {
    const error = expectError(buildShareId('a.b@ac-lyon.fr; c.d@ac-nice.fr'), 'several-addresses');
    for (const lang of ['fr', 'en'] as const) {
      expect(words(error, lang)).toContain('a.b@ac-lyon.fr');
      expect(words(error, lang)).toContain('c.d@ac-nice.fr');
    }
  });

  it('never builds an ID from an address on the national platform (issue 12), even with a host', () => {
    for (const options of [{}, { host: 'nuage05.apps.education.fr' }]) {
      const error = expectError(
        buildShareId('jean.dupont@ac-lyon.fr', { platform: 'national', ...options }),
        'unknown-id',
      );
      expect(words(error, 'fr')).toMatch(/n’est pas dans votre carnet/);
      expect(words(error, 'fr')).toMatch(/jdupont@nuage06\.apps\.education\.fr/);
      expect(words(error, 'en')).toMatch(/is not in your book/);
    }
  });

  it('accepts a real national ID as it is (never « not staff »), on both platforms', () => {
    for (const platform of ['national', 'beta'] as const) {
      expect(buildShareId('jdupont@nuage06.apps.education.fr', { platform })).toEqual({
        ok: true,
        id: 'jdupont@nuage06.apps.education.fr',
        host: 'nuage06.apps.education.fr',
        user: 'jdupont',
        source: 'pasted',
      });
    }
    expect(expectOk(buildShareId(' JDupont@Nuage06.apps.education.fr ')).id).toBe(
      'JDupont@nuage06.apps.education.fr',
    );
    expectError(buildShareId('jdupont@example.com', { platform: 'national' }), 'not-staff');
  });

  it('the FAQ example still comes out of the beta platform', () => {
    expect(expectOk(buildShareId('prenom.nom@ac-grenoble.fr')).id).toBe(
      'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    );
  });

  it('reports no-host when the data knows no Nextcloud for the academy', () => {
    const data: HostData = { ...bundledHostData, overrides: { lyon: { nextcloud: null } } };
    const error = expectError(buildShareId('jean.dupont@ac-lyon.fr', { data }), 'no-host');
    expect(words(error, 'fr')).toContain('@ac-lyon.fr');
    expect(words(error, 'fr')).toMatch(/serveur Nuage/);
    expect(words(error, 'en')).toContain('@ac-lyon.fr');
    expect(words(error, 'en')).toMatch(/Nuage server/);
    expect(expectOk(buildShareId('jean.dupont@ac-grenoble.fr', { data })).host).toBe(
      'cloud-grenoble.beta.education.fr',
    );
    const noTemplate: HostData = { ...bundledHostData, beta: { hostTemplates: {} } };
    expectError(buildShareId('jean.dupont@ac-lyon.fr', { data: noTemplate }), 'no-host');
  });

  it('uses an overridden host from the data', () => {
    const data: HostData = { ...bundledHostData, overrides: { lyon: { nextcloud: 'nuage.ac-lyon.fr' } } };
    expect(expectOk(buildShareId('jean.dupont@ac-lyon.fr', { data })).id).toBe(
      'jean.dupont@ac-lyon.fr@nuage.ac-lyon.fr',
    );
  });

  it('refuses IDs over 255 bytes with too-long', () => {
    // "jean.dupont@ac-lyon.fr@" is 23 bytes: a 233-byte host makes 256.
    const labels = (lastLabel: number) =>
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(lastLabel)}.fr`;
    const longHost = labels(38);
    expect(longHost).toHaveLength(233);
    const error = expectError(buildShareId('jean.dupont@ac-lyon.fr', { host: longHost }), 'too-long');
    expect(words(error, 'fr')).toMatch(/trop long/);
    expect(words(error, 'en')).toMatch(/too long/);
    const fits = labels(37);
    expect(expectOk(buildShareId('jean.dupont@ac-lyon.fr', { host: fits })).id).toHaveLength(255);
  });
});
