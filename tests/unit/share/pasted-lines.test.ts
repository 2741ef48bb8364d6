import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPastedLines } from '@/lib/share/share';
import { removeFromShareHistory, addToShareHistory, readShareHistory } from '@/lib/share/history';
import type { KeyValueStore } from '@/lib/settings/settings';

describe('countPastedLines (the share tab’s summary)', () => {
  it('counts lines without an address and repeated addresses, not blank lines', () => {
    const text = [
      'Bonjour,',
      'Jean Dupont <jean.dupont@ac-lyon.fr>',
      '',
      '   ',
      'JEAN.DUPONT@ac-lyon.fr.',
      'Marie Curie',
      'marie.curie@ac-grenoble.fr; jean.dupont@ac-lyon.fr',
    ].join('\n');
    expect(countPastedLines(text)).toEqual({ withoutAddress: 2, duplicates: 2 });
  });

  it('a full ID counts as one, apart from its user part; mailto: links are read', () => {
    expect(
      countPastedLines(
        'jean.dupont@ac-lyon.fr@nuage03.apps.education.fr\njean.dupont@ac-lyon.fr\nmailto:a@ac-lyon.fr?cc=jean.dupont%40ac-lyon.fr',
      ),
    ).toEqual({ withoutAddress: 0, duplicates: 1 });
    expect(countPastedLines('mailto:b%40ac-lyon.fr')).toEqual({ withoutAddress: 0, duplicates: 0 });
  });

  it('Windows line ends, nothing at all, and anything else never throws', () => {
    expect(countPastedLines('a@ac-lyon.fr\r\nsalut\r\na@ac-lyon.fr')).toEqual({
      withoutAddress: 1,
      duplicates: 1,
    });
    expect(countPastedLines('')).toEqual({ withoutAddress: 0, duplicates: 0 });
    expect(countPastedLines(42 as unknown as string)).toEqual({ withoutAddress: 0, duplicates: 0 });
    fc.assert(
      fc.property(fc.string(), (text) => {
        const counts = countPastedLines(text);
        const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
        expect(counts.withoutAddress).toBeLessThanOrEqual(lines);
        expect(counts.duplicates).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

function memoryStore(): KeyValueStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  } as KeyValueStore & { data: Record<string, unknown> };
}

describe('removeFromShareHistory', () => {
  it('removes one entry and keeps the others in order', async () => {
    const store = memoryStore();
    await addToShareHistory(store, [{ id: 'a@ac-lyon.fr@x.fr', address: 'a@ac-lyon.fr' }], 1);
    await addToShareHistory(store, [{ id: 'b@ac-lyon.fr@x.fr' }], 2);
    await addToShareHistory(store, [{ id: 'c@ac-lyon.fr@x.fr' }], 3);
    expect(await removeFromShareHistory(store, 'b@ac-lyon.fr@x.fr')).toEqual([
      { id: 'c@ac-lyon.fr@x.fr', at: 3 },
      { id: 'a@ac-lyon.fr@x.fr', address: 'a@ac-lyon.fr', at: 1 },
    ]);
    expect((await readShareHistory(store)).map((e) => e.id)).toEqual([
      'c@ac-lyon.fr@x.fr',
      'a@ac-lyon.fr@x.fr',
    ]);
  });

  it('an unknown ID changes nothing and writes nothing', async () => {
    const store = memoryStore();
    expect(await removeFromShareHistory(store, 'nope@x.fr')).toEqual([]);
    expect(store.data).toEqual({});
  });
});
