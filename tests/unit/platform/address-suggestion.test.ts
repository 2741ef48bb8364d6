import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import mistakesJson from '@/assets/data/domain-mistakes.json';
import {
  academyForDomain,
  bundledDomainMistakes,
  bundledHostData,
  editDistance,
  readStaffAddress,
  suggestStaffAddress,
  suggestStaffDomain,
} from '@/lib';
import type { HostData } from '@/lib';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['ac-grenble.fr', 'ac-grenoble.fr', 1],
    ['ac-grneoble.fr', 'ac-grenoble.fr', 1],
    ['ac-lyon.fr', 'ac-lille.fr', 4],
    ['kitten', 'sitting', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the bound', () => {
    expect(editDistance('ac-lyon.fr', 'education.gouv.fr', 2)).toBe(3);
    expect(editDistance('a'.repeat(10_000), 'b'.repeat(10_000), 2)).toBe(3);
  });
});

describe('suggestStaffDomain', () => {
  it.each([
    // The three examples.
    ['ac-grenble.fr', 'ac-grenoble.fr', 'grenoble', 'typo'],
    ['ac-clermont-ferrand.fr', 'ac-clermont.fr', 'clermont-ferrand', 'known-mistake'],
    ['ac-nancy.fr', 'ac-nancy-metz.fr', 'nancy-metz', 'known-mistake'],
    // Typos: a missing, doubled, swapped or wrong letter.
    ['ac-grenoblle.fr', 'ac-grenoble.fr', 'grenoble', 'typo'],
    ['ac-grneoble.fr', 'ac-grenoble.fr', 'grenoble', 'typo'],
    ['ac-versaille.fr', 'ac-versailles.fr', 'versailles', 'typo'],
    ['ac-montpelier.fr', 'ac-montpellier.fr', 'montpellier', 'typo'],
    ['ac-strasbour.fr', 'ac-strasbourg.fr', 'strasbourg', 'typo'],
    ['ac-rouenn.fr', 'ac-rouen.fr', 'normandie', 'typo'],
    ['educaton.gouv.fr', 'education.gouv.fr', 'administration-centrale', 'typo'],
    ['ac-noumea.nv', 'ac-noumea.nc', 'nouvelle-caledonie', 'top-level-domain'],
    // Short domains allow one typo.
    ['ac-nic.fr', 'ac-nice.fr', 'nice', 'typo'],
    // The right name with a wrong or missing ending.
    ['ac-lyon.com', 'ac-lyon.fr', 'lyon', 'top-level-domain'],
    ['ac-grenoble', 'ac-grenoble.fr', 'grenoble', 'top-level-domain'],
    ['AC-GRENBLE.FR.', 'ac-grenoble.fr', 'grenoble', 'typo'],
    ['ac-orleans.fr', 'ac-orleans-tours.fr', 'orleans-tours', 'known-mistake'],
  ])('%s → %s (%s, %s)', (typed, domain, academy, reason) => {
    const suggestion = suggestStaffDomain(typed);
    expect(suggestion?.domain).toBe(domain);
    expect(suggestion?.academy.id).toBe(academy);
    expect(suggestion?.reason).toBe(reason);
  });

  it.each([
    ['ac-grenoble.fr', 'already a staff domain'],
    ['ac-caen.fr', 'an alias is a staff domain too'],
    ['gmail.com', 'nothing near'],
    ['laposte.net', 'nothing near'],
    ['ac-lyon.fr.evil.example', 'not an ending typo'],
    ['', 'empty'],
    ['ac-nce.com', 'short: one typo at most, and the ending differs too'],
  ])('%s: no suggestion (%s)', (typed) => {
    expect(suggestStaffDomain(typed)).toBeUndefined();
  });

  it('gives nothing when two academies are equally close', () => {
    const data: HostData = {
      ...bundledHostData,
      academies: [
        { id: 'aa', name: 'Aa', kind: 'academie', domains: ['ac-aab.fr'], slug: 'aa' },
        { id: 'bb', name: 'Bb', kind: 'academie', domains: ['ac-abb.fr'], slug: 'bb' },
      ],
    };
    expect(suggestStaffDomain('ac-abab.fr', data, [])).toBeUndefined();
    expect(suggestStaffDomain('ac-aabx.fr', data, [])?.academy.id).toBe('aa');
  });

  it('takes its data as arguments (a remote catalogue’s academies, other wrong forms)', () => {
    expect(
      suggestStaffDomain('ac-lugdunum.fr', bundledHostData, [{ domain: 'ac-lugdunum.fr', academy: 'lyon' }])
        ?.domain,
    ).toBe('ac-lyon.fr');
    // A wrong form naming an academy that the data does not have is ignored.
    expect(suggestStaffDomain('ac-nancy.fr', { ...bundledHostData, academies: [] })).toBeUndefined();
  });
});

describe('suggestStaffAddress', () => {
  it('keeps the local part and changes only the domain', () => {
    expect(suggestStaffAddress('Jean.Dupont@ac-grenble.fr')).toMatchObject({
      address: 'jean.dupont@ac-grenoble.fr',
      domain: 'ac-grenoble.fr',
    });
    expect(suggestStaffAddress('jean.dupont@ac-grenoble.fr')).toBeUndefined();
    expect(suggestStaffAddress('not an address')).toBeUndefined();
  });
});

describe('readStaffAddress (first run and options)', () => {
  it.each([
    ['jean.dupont@ac-grenoble.fr', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    ['  Jean.Dupont@ac-grenoble.fr  ', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    ['jean.dupont@ac-grenoble.fr.', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    ['jean.dupont@ac-grenoble.fr. ', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    ['Jean Dupont <jean.dupont@ac-grenoble.fr>', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    ['"Dupont, Jean" <jean.dupont@ac-lyon.fr>', 'jean.dupont@ac-lyon.fr', 'lyon'],
    ['<jean.dupont@ac-lyon.fr>', 'jean.dupont@ac-lyon.fr', 'lyon'],
    ['mailto:jean.dupont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr', 'lyon'],
    ['Jean Dupont <mailto:jean.dupont@ac-lyon.fr>', 'jean.dupont@ac-lyon.fr', 'lyon'],
    ['ce.0690001A@ac-lyon.fr', 'ce.0690001a@ac-lyon.fr', 'lyon'],
  ])('%j → %s (%s)', (input, address, academy) => {
    const read = readStaffAddress(input);
    expect(read).toMatchObject({ ok: true, address });
    expect(read.ok && read.academy.id).toBe(academy);
  });

  it.each([
    ['', { code: 'empty' }],
    ['   ', { code: 'empty' }],
    ['Jean Dupont', { code: 'no-address' }],
    ['jean.dupont', { code: 'no-address' }],
    ['a@ac-lyon.fr, b@ac-lyon.fr', { code: 'several', addresses: ['a@ac-lyon.fr', 'b@ac-lyon.fr'] }],
    // Never a shortened address: the space cut "jean" off.
    ['jean dupont@ac-lyon.fr', { code: 'partial', found: 'dupont@ac-lyon.fr' }],
    ['écrivez à jean.dupont@ac-lyon.fr svp', { code: 'partial', found: 'jean.dupont@ac-lyon.fr' }],
    // An unsupported character before the local part: nothing rather than a truncated address.
    ['jean!dupont@ac-lyon.fr', { code: 'no-address' }],
    ['jean@example.com', { code: 'not-staff', address: 'jean@example.com' }],
  ])('%j → %o', (input, expected) => {
    expect(readStaffAddress(input)).toMatchObject({ ok: false, ...expected });
  });

  it('a near miss carries its suggestion', () => {
    for (const [typed, meant] of [
      ['Jean Dupont <jean.dupont@ac-grenble.fr>', 'jean.dupont@ac-grenoble.fr'],
      ['jean.dupont@ac-clermont-ferrand.fr', 'jean.dupont@ac-clermont.fr'],
      ['jean.dupont@ac-nancy.fr', 'jean.dupont@ac-nancy-metz.fr'],
    ] as const) {
      const read = readStaffAddress(typed);
      expect(read.ok === false && read.code === 'not-staff' && read.suggestion?.address).toBe(meant);
    }
    const far = readStaffAddress('jean@example.com');
    expect(far.ok === false && far.code === 'not-staff' && far.suggestion).toBeUndefined();
  });
});

describe('assets/data/domain-mistakes.json', () => {
  const schema = z.object({
    $comment: z.string(),
    mistakes: z.array(
      z.object({
        domain: z.string(),
        academy: z.string(),
        inferred: z.optional(z.literal(true)),
        source: z.optional(z.string()),
      }),
    ),
  });

  it('is valid, each entry names a real academy, is no staff domain, and is sourced or marked inferred', () => {
    expect(schema.safeParse(mistakesJson).success).toBe(true);
    for (const mistake of bundledDomainMistakes) {
      expect(
        bundledHostData.academies.some((a) => a.id === mistake.academy),
        mistake.domain,
      ).toBe(true);
      expect(academyForDomain(mistake.domain), mistake.domain).toBeUndefined();
      const entry = mistake as { inferred?: boolean; source?: string };
      expect(entry.inferred === true || typeof entry.source === 'string', mistake.domain).toBe(true);
    }
  });
});
