import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddresses } from '@/lib';
import { clipboardTextFor, shareIdsFromText } from '@/lib/share/share';

// Issue 15, « wrong person »: an address is never cut into another person's by characters the user
// does not see, and a web page never chooses the server of the ID the user copies.

describe('typographic apostrophes and invisible characters', () => {
  it.each([
    ['jean.d’arc@ac-bordeaux.fr', "jean.d'arc@ac-bordeaux.fr"],
    ['jean.d‘arc@ac-bordeaux.fr', "jean.d'arc@ac-bordeaux.fr"],
    ['jean-pierre.mar\u00ADtin@ac-lyon.fr', 'jean-pierre.martin@ac-lyon.fr'],
    ['jean\u200B.dupont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr'],
    ['jean.\u200Cdu\u200Dpont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr'],
    ['jean.du\u2060pont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr'],
    ['\uFEFFjean.dupont@ac-lyon.fr', 'jean.dupont@ac-lyon.fr'],
    ['jean.dupont\u202E@ac-lyon.fr', 'jean.dupont@ac-lyon.fr'],
    ['marie\u200F.curie@ac-lyon.fr', 'marie.curie@ac-lyon.fr'],
  ])('%j is read whole: %s', (text, address) => {
    expect(parseAddresses(text)).toEqual([address]);
  });

  it('the share results say the text was cleaned (and only for the results it changed)', () => {
    const items = shareIdsFromText('jean-pierre.mar\u00ADtin@ac-lyon.fr, marie.curie@ac-lyon.fr', {
      platform: 'beta',
    });
    expect(items.map((item) => [item.kind === 'id' ? item.address : undefined, item.cleaned])).toEqual([
      ['jean-pierre.martin@ac-lyon.fr', true],
      ['marie.curie@ac-lyon.fr', undefined],
    ]);
    expect(shareIdsFromText('marie.curie@ac-lyon.fr', { platform: 'beta' })[0]?.cleaned).toBeUndefined();
  });

  it('never a shorter address than the one the user saw (property, 20,000 runs)', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    const local = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .chain((words) => fc.constantFrom('.', '-', "'").map((sep) => words.join(sep)));
    const domain = fc.constantFrom('ac-lyon.fr', 'ac-bordeaux.fr', 'education.gouv.fr', 'ac-noumea.nc');
    const hidden = fc.constantFrom(
      '\u00AD',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u202A',
      '\u202E',
      '\u2066',
      '\u200E',
    );
    const insertion = fc.record({ at: fc.nat(), char: hidden });
    fc.assert(
      fc.property(
        local,
        domain,
        fc.array(insertion, { maxLength: 4 }),
        fc.boolean(),
        (l, d, inserts, typo) => {
          const address = `${l}@${d}`;
          let shown = typo ? address.replace(/'/g, '’') : address;
          for (const { at, char } of inserts) {
            const i = at % (l.length + 1);
            shown = shown.slice(0, i) + char + shown.slice(i);
          }
          const found = parseAddresses(`Écrire à ${shown} merci`);
          // The cleaned full address, or a refusal: never a part of it.
          if (found.length > 0) expect(found).toEqual([address]);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('a page never chooses the server of a copied ID (context menu)', () => {
  const fromPage = (text: string) => shareIdsFromText(text, { platform: 'beta', fromPage: true });

  it.each([
    // A visible address followed by a hidden span naming another server.
    'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr.evil.example',
    'jean.dupont@ac-lyon.fr@evil.example',
    // Look-alikes of the platform's hosts.
    'jean.dupont@ac-lyon.fr@nuage03.apps-education.fr',
    'jean.dupont@ac-lyon.fr@nuage03.apps.education.fr.evil.example',
    'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr:8443',
  ])('%s: nothing copied, the server is named', (text) => {
    const items = fromPage(text);
    expect(clipboardTextFor(items)).toBe('');
    expect(items[0]).toMatchObject({
      kind: 'error',
      code: 'unknown-server',
      address: 'jean.dupont@ac-lyon.fr',
    });
  });

  it('an http:// server is never turned into another ID (page or user)', () => {
    for (const fromPage of [true, false]) {
      const items = shareIdsFromText('jean.dupont@ac-lyon.fr@http://evil.example', {
        platform: 'beta',
        fromPage,
      });
      expect(clipboardTextFor(items)).toBe('');
      expect(items[0]).toMatchObject({ kind: 'error', code: 'invalid-host', server: 'http://evil.example' });
    }
  });

  it('a platform server is taken from a page', () => {
    expect(clipboardTextFor(fromPage('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr'))).toBe(
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
    );
    expect(clipboardTextFor(fromPage('jdupont@nuage06.apps.education.fr'))).toBe(
      'jdupont@nuage06.apps.education.fr',
    );
    expect(clipboardTextFor(fromPage('jean.dupont@ac-lyon.fr@nuage99.apps.education.fr'))).toBe(
      'jean.dupont@ac-lyon.fr@nuage99.apps.education.fr',
    );
  });
});

describe('40,000 pasted addresses (issue 15, item 3)', () => {
  it('copyableIds is linear: 10× the input costs about 10× the work, not 100×', async () => {
    const { copyableIds } = await import('@/lib/share/share');
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'id' as const,
        address: `p${i}@ac-lyon.fr`,
        id: `p${i}@ac-lyon.fr@cloud-lyon.beta.education.fr`,
        host: 'cloud-lyon.beta.education.fr',
        hostSource: 'academy' as const,
      }));
    const small = items(4_000);
    const large = items(40_000);
    const time = (list: typeof small) => {
      const start = performance.now();
      for (let i = 0; i < 3; i++) copyableIds(list);
      return performance.now() - start;
    };
    time(small);
    expect(copyableIds(large)).toHaveLength(40_000);
    // Measured as a ratio in one run (not a time budget): quadratic code gives ~100.
    expect(time(large) / Math.max(time(small), 0.5)).toBeLessThan(40);
  });
});
