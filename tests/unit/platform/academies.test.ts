import { describe, expect, it } from 'vitest';
import {
  academies,
  academyById,
  academyForAddress,
  academyForDomain,
  bundledHostData,
  isStaffAddress,
} from '@/lib';
import type { HostData } from '@/lib';

describe('academyForAddress', () => {
  it.each([
    ['prenom.nom@ac-aix-marseille.fr', 'aix-marseille'],
    ['prenom.nom@ac-clermont.fr', 'clermont-ferrand'],
    ['prenom.nom@ac-grenoble.fr', 'grenoble'],
    ['prenom.nom@ac-lyon.fr', 'lyon'],
    ['prenom.nom@ac-nancy-metz.fr', 'nancy-metz'],
    ['prenom.nom@ac-orleans-tours.fr', 'orleans-tours'],
    ['prenom.nom@ac-versailles.fr', 'versailles'],
    // Normandie and its legacy aliases (Caen + Rouen merged in 2020).
    ['prenom.nom@ac-normandie.fr', 'normandie'],
    ['prenom.nom@ac-caen.fr', 'normandie'],
    ['prenom.nom@ac-rouen.fr', 'normandie'],
    ['prenom.nom@ac-reunion.fr', 'reunion'],
    ['prenom.nom@ac-noumea.nc', 'nouvelle-caledonie'],
    ['prenom.nom@ac-polynesie.pf', 'polynesie'],
    ['prenom.nom@monvr.pf', 'polynesie'],
    ['prenom.nom@ac-wf.wf', 'wallis-et-futuna'],
    ['prenom.nom@ac-spm.fr', 'saint-pierre-et-miquelon'],
    ['prenom.nom@education.gouv.fr', 'administration-centrale'],
    // Case-insensitive, surrounding spaces and one trailing dot tolerated.
    ['Prenom.Nom@AC-LYON.FR', 'lyon'],
    ['  prenom.nom@ac-lyon.fr  ', 'lyon'],
    ['prenom.nom@ac-lyon.fr.', 'lyon'],
    ['ce.0690001A@ac-lyon.fr', 'lyon'],
    // The domain after the *last* @ decides.
    ['a@gmail.com@ac-lyon.fr', 'lyon'],
  ])('%s → %s', (address, id) => {
    expect(academyForAddress(address)?.id).toBe(id);
  });

  it.each([
    ['x@ac-lyon.fr.evil.example', 'suffix attack'],
    ['x@evil-ac-lyon.fr', 'prefix attack'],
    ['x@sub.ac-lyon.fr', 'subdomain: not a staff mailbox'],
    ['x@ac-clermont-ferrand.fr', 'wrong Clermont domain'],
    ['x@ac-lyon.fr..', 'two trailing dots'],
    ['x@ac-lyon.fr@cloud-lyon.beta.education.fr', 'a cloud ID: its last domain is a server'],
    ['x@gmail.com', 'personal address'],
    ['x@gouv.fr', 'other ministry'],
    ['@ac-lyon.fr', 'no local part'],
    ['ac-lyon.fr', 'no @'],
    ['Jean <x@ac-lyon.fr>', 'not a bare address'],
    ['x y@ac-lyon.fr', 'space in the local part'],
    ['', 'empty'],
  ])('%j → undefined (%s)', (address) => {
    expect(academyForAddress(address)).toBeUndefined();
  });

  it.each([null, undefined, 1, {}])('non-string %j → undefined', (input) => {
    expect(academyForAddress(input as unknown as string)).toBeUndefined();
    expect(isStaffAddress(input as unknown as string)).toBe(false);
  });

  it('uses the data it is given (e.g. a catalogue adding an alias)', () => {
    const data: HostData = {
      ...bundledHostData,
      academies: bundledHostData.academies.map((a) =>
        a.id === 'lyon' ? { ...a, domains: [...a.domains, 'ac-lyon-test.fr'] } : a,
      ),
    };
    expect(academyForAddress('x@ac-lyon-test.fr')).toBeUndefined();
    expect(academyForAddress('x@ac-lyon-test.fr', data)?.id).toBe('lyon');
    expect(isStaffAddress('x@ac-lyon-test.fr', data)).toBe(true);
  });
});

describe('academyForDomain, academyById, academies', () => {
  it.each([
    ['ac-caen.fr', 'normandie'],
    ['AC-ROUEN.FR.', 'normandie'],
    ['education.gouv.fr', 'administration-centrale'],
    ['ac-lyon', undefined],
    ['', undefined],
    ['.', undefined],
  ])('academyForDomain(%j) → %s', (domain, id) => {
    expect(academyForDomain(domain)?.id).toBe(id);
  });

  it('finds academies by id', () => {
    expect(academyById('nancy-metz')).toMatchObject({ name: 'Nancy-Metz', slug: 'nancy', kind: 'academie' });
    expect(academyById('reunion')?.name).toBe('La Réunion');
    expect(academyById('Lyon')).toBeUndefined();
    expect(academyById('')).toBeUndefined();
  });

  it('exposes the bundled list, frozen', () => {
    expect(academies).toBe(bundledHostData.academies);
    expect(academies.length).toBe(35);
    expect(Object.isFrozen(academies)).toBe(true);
    expect(Object.isFrozen(academies[0]?.domains)).toBe(true);
  });
});

describe('isStaffAddress', () => {
  it.each([
    ['jean.dupont@ac-lyon.fr', true],
    ['ce.0690001A@ac-lyon.fr', true],
    ['jean.dupont@education.gouv.fr', true],
    ['jean.dupont@monvr.pf', true],
    ['jean.dupont@gmail.com', false],
    ['jean.dupont@ac-lyon.fr.evil.example', false],
    ['jean.dupont@sub.ac-lyon.fr', false],
  ])('%s → %s', (address, expected) => {
    expect(isStaffAddress(address)).toBe(expected);
  });
});
