import { describe, expect, it } from 'vitest';
import whatsNewJson from '@/assets/data/whats-new.json';
import { compareVersions, whatsNewLine } from '@/lib/welcome/whats-new';
import type { Release } from '@/lib/welcome/whats-new';

const releases: Release[] = [
  {
    version: '0.2.0',
    notice: { fr: 'La plateforme nationale par défaut.', en: 'The national platform by default.' },
  },
  { version: '0.2.1' },
  { version: '0.3.0', notice: { fr: 'Le carnet des identifiants.', en: 'The ID book.' } },
];

describe('compareVersions', () => {
  it.each([
    ['1.10.0', '1.9.2', 1],
    ['0.2.0', '0.2', 0],
    ['0.1.0', '0.2.0', -1],
  ])('%s vs %s → %i', (a, b, sign) => expect(compareVersions(a, b)).toBe(sign));
});

describe('whatsNewLine: one line after an update where a change matters, else nothing', () => {
  it.each([
    [undefined, '0.2.0', undefined, 'the install gets the welcome page instead'],
    ['0.1.0', '0.2.0', 'La plateforme nationale par défaut.', 'a release with a notice'],
    ['0.2.0', '0.2.1', undefined, 'a release without one updates silently'],
    ['0.1.0', '0.3.0', 'Le carnet des identifiants.', 'several releases skipped: the newest notice only'],
    ['0.3.0', '0.3.0', undefined, 'a reload of the same version'],
    ['0.4.0', '0.3.0', undefined, 'a downgrade'],
  ] as [string | undefined, string, string | undefined, string][])(
    '%s → %s: %s (%s)',
    (previous, current, line) => {
      expect(whatsNewLine(previous, current, 'fr', releases)).toBe(line);
    },
  );

  it('speaks English too', () => {
    expect(whatsNewLine('0.1.0', '0.2.0', 'en', releases)).toBe('The national platform by default.');
  });

  it('the bundled list has no notice yet for 0.1.0 (nothing to say on the first release)', () => {
    expect(whatsNewJson.releases.map((r) => r.version)).toContain('0.1.0');
    expect(whatsNewLine('0.0.1', '0.1.0', 'fr')).toBeUndefined();
  });
});
