import { describe, expect, it } from 'vitest';
import desksJson from '@/assets/data/signin-desks.json';
import { academyById } from '@/lib/platform/academies';
import { deskDataSchema, parseDeskData } from '@/lib/signin/data';
import {
  bundledDeskData,
  deskAcademy,
  deskHosts,
  deskKey,
  hasDesk,
  isDeskPage,
  type DeskData,
} from '@/lib/signin/desk';
import { signInMatchPatterns } from '@/lib/signin/signin';

const id = (entry: Parameters<typeof deskAcademy>[0]) => deskAcademy(entry)?.id;

describe('assets/data/signin-desks.json', () => {
  it('validates against its schema and is what the library uses', () => {
    const result = deskDataSchema.safeParse(desksJson);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(bundledDeskData).toEqual(desksJson);
  });

  it('marks every alias and path inferred, with a source', () => {
    for (const entry of [...desksJson.aliases, ...desksJson.paths]) {
      expect(entry.inferred, JSON.stringify(entry)).toBe(true);
      expect(typeof entry.source).toBe('string');
    }
  });

  it('names only academies that have a desk', () => {
    for (const alias of desksJson.aliases)
      expect(hasDesk(academyById(alias.academy)), alias.academy).toBe(true);
  });

  it('refuses hosts outside education.fr', () => {
    expect(parseDeskData({ ...desksJson, hosts: ['auth.evil.example'] })).toBeUndefined();
    expect(deskHosts({ ...bundledDeskData, hosts: ['auth.evil.example', 'auth.apps.education.fr'] })).toEqual(
      ['auth.apps.education.fr'],
    );
  });
});

describe('deskKey', () => {
  it.each([
    ['Académie de Créteil', 'creteil'],
    ['ACADÉMIE DE CRÉTEIL', 'creteil'],
    ['ac-creteil', 'creteil'],
    ['Creteil', 'creteil'],
    ["Académie d'Aix-Marseille", 'aix marseille'],
    ['Académie de la Réunion', 'reunion'],
    ['ac_creteil', 'creteil'],
    ['  Académie\u00a0de   Créteil ', 'creteil'],
    ['ac-creteil.evil', 'creteil.evil'],
    ['ac', 'ac'],
    ['', ''],
  ])('%j → %j', (text, key) => expect(deskKey(text)).toBe(key));

  it('ignores absurdly long strings', () => expect(deskKey('a'.repeat(10_000))).toBe(''));
});

describe('deskAcademy: entry → academy', () => {
  it.each([
    [{ name: 'Académie de Créteil' }, 'creteil'],
    [{ name: 'académie de créteil' }, 'creteil'],
    [{ name: 'Créteil' }, 'creteil'],
    [{ name: 'Creteil' }, 'creteil'],
    [{ alias: 'ac-creteil' }, 'creteil'],
    [{ alias: 'AC-CRETEIL' }, 'creteil'],
    [{ alias: 'creteil' }, 'creteil'],
    [{ name: 'Académie de Versailles', alias: 'ac-versailles' }, 'versailles'],
    [{ name: "Académie d'Aix-Marseille" }, 'aix-marseille'],
    [{ alias: 'ac-aix-marseille' }, 'aix-marseille'],
    [{ name: 'Clermont-Ferrand' }, 'clermont-ferrand'],
    [{ alias: 'ac-clermont' }, 'clermont-ferrand'],
    [{ name: 'Académie de Nancy-Metz' }, 'nancy-metz'],
    [{ name: 'Caen' }, 'normandie'],
    [{ alias: 'ac-rouen' }, 'normandie'],
    [{ name: 'Académie de Normandie' }, 'normandie'],
    [{ name: 'Académie de La Réunion' }, 'reunion'],
    [{ name: 'Orléans-Tours' }, 'orleans-tours'],
    [{ name: 'Besançon' }, 'besancon'],
    // The visible name is not a plain name, but the alias is: the alias decides.
    [{ name: 'Se connecter', alias: 'ac-lyon' }, 'lyon'],
    // Keycloak's broker link, and an academy's own site (anchored at the end of the host).
    [
      { href: 'https://auth.apps.education.fr/realms/apps/broker/ac-creteil/login?session_code=x' },
      'creteil',
    ],
    [{ href: 'https://id.ac-versailles.fr/login' }, 'versailles'],
    [{ href: 'https://ac-lyon.fr/' }, 'lyon'],
  ])('%j → %s', (entry, academy) => expect(id(entry)).toBe(academy));

  it.each([
    [{ name: 'Académie de Créteil-Test' }],
    [{ name: 'Créteil-Test', alias: 'ac-creteil-test' }],
    [{ alias: 'ac-creteil.evil' }],
    [{ name: 'Créteil2' }],
    [{ name: 'Créteil (test)' }],
    [{ name: 'Académie de Créteil et de Versailles' }],
    [{ name: 'Marseille' }],
    [{ name: 'Académie' }],
    [{ name: '' }],
    [{ alias: 'ac-' }],
    [{ href: 'https://ac-creteil.fr.evil.example/' }],
    [{ href: 'https://evil-ac-creteil.fr/' }],
    [{ href: 'https://auth.apps.education.fr/realms/apps/broker/ac-creteil-test/login' }],
    [{ href: 'javascript:alert(1)' }],
    [{ href: 'not a url' }],
    // Two signs that disagree: no guess.
    [{ name: 'Académie de Créteil', alias: 'ac-versailles' }],
    [{ name: 'Versailles', href: 'https://id.ac-creteil.fr/' }],
    // No desk of their own: overseas territories and the central administration.
    [{ name: 'Nouvelle-Calédonie' }],
    [{ alias: 'ac-noumea' }],
    [{ name: 'Administration centrale' }],
    [{ href: 'https://education.gouv.fr/' }],
  ])('%j → nothing', (entry) => expect(id(entry)).toBeUndefined());

  it('never throws on junk', () => {
    for (const junk of [null, undefined, 42, 'x', { name: 42 }, { href: {} }, { alias: '%E0' }])
      expect(() => deskAcademy(junk as never)).not.toThrow();
    expect(id({ href: 'https://auth.apps.education.fr/realms/a/broker/%E0/login' })).toBeUndefined();
  });

  it('takes extra aliases from data (a catalogue or a policy)', () => {
    const data: DeskData = {
      ...bundledDeskData,
      aliases: [...bundledDeskData.aliases, { academy: 'creteil', names: ['idp-94'], inferred: true }],
    };
    expect(deskAcademy({ alias: 'idp-94' }, data)?.id).toBe('creteil');
    expect(deskAcademy({ alias: 'idp-94' })).toBeUndefined();
  });

  it('drops a name that two academies claim', () => {
    const data: DeskData = {
      ...bundledDeskData,
      aliases: [
        { academy: 'creteil', names: ['Est'] },
        { academy: 'versailles', names: ['Est'] },
      ],
    };
    expect(deskAcademy({ name: 'Est' }, data)).toBeUndefined();
    expect(deskAcademy({ name: 'Créteil' }, data)?.id).toBe('creteil');
  });
});

describe('isDeskPage and the match patterns', () => {
  it.each([
    ['https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth?client_id=x', true],
    ['https://auth.apps.education.fr/realms/apps/broker/en/endpoint', true],
    ['https://auth.apps.education.fr/auth/realms/apps/login-actions/authenticate', true],
    ['https://auth.apps.education.fr/', false],
    ['http://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth', false],
    ['https://auth.apps.education.fr.evil.example/realms/apps/x', false],
    ['https://portail.apps.education.fr/realms/apps/x', false],
    ['nonsense', false],
  ])('%s → %s', (url, expected) => expect(isDeskPage(url)).toBe(expected));

  it('injects the content script on the desk hosts, only under education.fr', () => {
    const patterns = signInMatchPatterns();
    expect(patterns).toContain('https://auth.apps.education.fr/*');
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const p of patterns) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\.education\.fr\/\*$/);
    const more = signInMatchPatterns(undefined, undefined, {
      ...bundledDeskData,
      hosts: ['portail-test.apps.education.fr', 'evil.example'],
    });
    expect(more).toContain('https://portail-test.apps.education.fr/*');
    expect(more.some((p) => p.includes('evil'))).toBe(false);
  });
});
