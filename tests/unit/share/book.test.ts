import { describe, expect, it } from 'vitest';
import {
  addToIdBook,
  applyIdBookImport,
  createIdBookIndex,
  editIdBookEntry,
  emptyIdBook,
  exportIdBook,
  ID_BOOK_MAX_ENTRIES,
  idBookByAddress,
  parseIdBook,
  parseIdBookSection,
  planIdBookImport,
  readIdBook,
  removeFromIdBook,
  searchIdBook,
  writeIdBook,
  type IdBook,
  type IdBookCandidate,
} from '@/lib/share/book';

const T0 = 1_700_000_000_000;
const jean: IdBookCandidate = {
  id: 'jdupont@nuage06.apps.education.fr',
  address: 'Jean.Dupont@ac-lyon.fr',
  name: 'Jean Dupont',
  how: 'pasted',
};

function must(result: ReturnType<typeof addToIdBook>): IdBook {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.book;
}

describe('the book: add, update, delete', () => {
  it('adds a pasted ID with its address (lower case) and dates', () => {
    const result = addToIdBook(emptyIdBook(), jean, T0);
    expect(result).toMatchObject({ ok: true, status: 'added' });
    expect(must(result).entries).toEqual([
      {
        id: 'jdupont@nuage06.apps.education.fr',
        address: 'jean.dupont@ac-lyon.fr',
        name: 'Jean Dupont',
        how: 'pasted',
        addedAt: T0,
        updatedAt: T0,
      },
    ]);
  });

  it('refuses an invalid ID or address and leaves the book as it was', () => {
    const book = must(addToIdBook(emptyIdBook(), jean, T0));
    for (const id of ['jdupont@example.com', 'jdupont@http://nuage06.apps.education.fr', 'x']) {
      expect(addToIdBook(book, { id, how: 'pasted' }, T0)).toEqual({ ok: false, code: 'invalid-id' });
    }
    expect(
      addToIdBook(book, { id: 'a@nuage02.apps.education.fr', address: 'pas une adresse', how: 'pasted' }, T0),
    ).toEqual({ ok: false, code: 'invalid-address' });
    expect(book.entries).toHaveLength(1);
  });

  it('an ID first known without its address gets it later (same entry)', () => {
    const first = must(addToIdBook(emptyIdBook(), { id: jean.id, how: 'captured' }, T0));
    const result = addToIdBook(
      first,
      { id: jean.id, address: 'jean.dupont@ac-lyon.fr', how: 'pasted' },
      T0 + 5,
    );
    expect(result).toMatchObject({ ok: true, status: 'updated' });
    expect(must(result).entries).toEqual([
      expect.objectContaining({
        id: jean.id,
        address: 'jean.dupont@ac-lyon.fr',
        how: 'captured',
        addedAt: T0,
        updatedAt: T0 + 5,
      }),
    ]);
    expect(addToIdBook(must(result), { id: jean.id, how: 'pasted' }, T0 + 9)).toMatchObject({
      status: 'unchanged',
    });
  });

  it('two IDs for one address: nothing changes until confirmed, then the newest wins', () => {
    const book = must(addToIdBook(emptyIdBook(), jean, T0));
    const other = {
      id: 'jean.dupont@nuage02.apps.education.fr',
      address: 'jean.dupont@ac-lyon.fr',
      how: 'pasted' as const,
    };
    const asked = addToIdBook(book, other, T0 + 1);
    expect(asked).toMatchObject({ ok: false, code: 'conflict', conflicts: [{ id: jean.id }] });
    const confirmed = must(addToIdBook(book, other, T0 + 1, { replace: true }));
    expect(confirmed.entries.map((e) => e.id)).toEqual(['jean.dupont@nuage02.apps.education.fr']);
    // One ID for two addresses is a contradiction too.
    expect(
      addToIdBook(book, { id: jean.id, address: 'autre@ac-lyon.fr', how: 'pasted' }, T0 + 2),
    ).toMatchObject({
      code: 'conflict',
    });
  });

  it('edits the name and address in place, deletes one, clears', () => {
    let book = must(addToIdBook(emptyIdBook(), jean, T0));
    book = must(
      addToIdBook(
        book,
        { id: 'mcurie@nuage03.apps.education.fr', address: 'marie.curie@ac-paris.fr', how: 'pasted' },
        T0 + 1,
      ),
    );
    const edited = must(
      editIdBookEntry(book, jean.id, { name: 'Jean D. (maths)', address: 'jean.dupont@ac-lyon.fr' }, T0 + 2),
    );
    expect(edited.entries.map((e) => e.id)).toEqual(['mcurie@nuage03.apps.education.fr', jean.id]);
    expect(edited.entries[1]).toMatchObject({ name: 'Jean D. (maths)', updatedAt: T0 + 2, addedAt: T0 });
    expect(editIdBookEntry(edited, jean.id, { address: 'marie.curie@ac-paris.fr' }, T0 + 3)).toMatchObject({
      code: 'conflict',
    });
    expect(removeFromIdBook(edited, jean.id).entries.map((e) => e.id)).toEqual([
      'mcurie@nuage03.apps.education.fr',
    ]);
    expect(emptyIdBook().entries).toEqual([]);
  });
});

describe('the book: search', () => {
  const book = [
    { id: 'jdupont@nuage06.apps.education.fr', address: 'jean.dupont@ac-lyon.fr', name: 'Jean Dupont' },
    { id: 'jdupont@nuage02.apps.education.fr', address: 'jean.dupont@ac-nice.fr', name: 'Jean Dupont' },
    { id: 'amelie.leclerc@nuage03.apps.education.fr', name: 'Amélie Leclerc' },
  ].reduce((b, e, i) => must(addToIdBook(b, { ...e, how: 'pasted' }, T0 + i)), emptyIdBook());
  const index = createIdBookIndex(book);

  it.each([
    ['amelie', ['amelie.leclerc@nuage03.apps.education.fr']],
    ['AMÉLIE  leclerc', ['amelie.leclerc@nuage03.apps.education.fr']],
    ['ac-nice', ['jdupont@nuage02.apps.education.fr']],
    ['jean dupont', ['jdupont@nuage02.apps.education.fr', 'jdupont@nuage06.apps.education.fr']],
    ['nuage06', ['jdupont@nuage06.apps.education.fr']],
    ['personne', []],
  ])('%s', (query, ids) => {
    expect(searchIdBook(index, query).entries.map((e) => e.id)).toEqual(ids);
  });

  it('two « jdupont » are told apart by their address', () => {
    const byAddress = idBookByAddress(book);
    expect(byAddress.get('jean.dupont@ac-lyon.fr')?.id).toBe('jdupont@nuage06.apps.education.fr');
    expect(byAddress.get('jean.dupont@ac-nice.fr')?.id).toBe('jdupont@nuage02.apps.education.fr');
  });
});

describe('the book: stored value, import and export', () => {
  it('drops bad stored entries one by one, keeps the newest of duplicates', () => {
    const good = { id: jean.id, how: 'pasted', addedAt: T0, updatedAt: T0 };
    expect(
      parseIdBook({
        version: 1,
        entries: [good, { id: 'bob@gmail.com', how: 'pasted', addedAt: 0, updatedAt: 0 }, 42],
      }).entries,
    ).toEqual([good]);
    const older = { ...good, address: 'a@ac-lyon.fr', updatedAt: T0 };
    const newer = { ...good, id: 'a2@nuage02.apps.education.fr', address: 'a@ac-lyon.fr', updatedAt: T0 + 1 };
    expect(parseIdBook({ version: 1, entries: [older, newer] }).entries).toEqual([newer]);
    for (const raw of [undefined, null, 'x', [], { entries: 'x' }])
      expect(parseIdBook(raw).entries).toEqual([]);
  });

  it('export then import gives the same book (round trip, through JSON)', async () => {
    let book = emptyIdBook();
    for (let i = 0; i < 50; i++)
      book = must(
        addToIdBook(
          book,
          {
            id: `u${i}@nuage0${(i % 9) + 1}.apps.education.fr`,
            address: `p${i}.n@ac-lyon.fr`,
            name: `Nom ${i}`,
            how: 'pasted',
          },
          T0 + i,
        ),
      );
    const section = parseIdBookSection(JSON.parse(JSON.stringify(exportIdBook(book))));
    if (!section.ok) throw new Error(section.errors.join());
    const plan = planIdBookImport(emptyIdBook(), section.candidates, T0 + 1000);
    expect(plan).toMatchObject({ added: 50, merged: 0, conflicts: 0, invalid: [] });
    const applied = applyIdBookImport(emptyIdBook(), plan);
    expect(applied.ok && applied.book).toEqual(book);
    // Into the same book: nothing new, nothing lost.
    const again = applyIdBookImport(book, planIdBookImport(book, section.candidates, T0 + 2000));
    expect(again.ok && again.book).toEqual(book);

    const stored: Record<string, unknown> = {};
    const store = {
      get: async (k: string) => ({ [k]: stored[k] }),
      set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
    };
    await writeIdBook(store, book);
    expect(await readIdBook(store)).toEqual(book);
  });

  it('a malformed section is refused whole, saying where', () => {
    const result = parseIdBookSection({
      version: 1,
      entries: [
        { id: jean.id, how: 'pasted', addedAt: T0, updatedAt: T0 },
        { id: 'x@evil.example', how: 'pasted', addedAt: 1, updatedAt: 1 },
      ],
    });
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/^idBook\.entries\.1: /)] });
    expect(parseIdBookSection('nope')).toMatchObject({ ok: false });
  });

  it('import conflicts: kept unless confirmed, then the newest wins', () => {
    const book = must(addToIdBook(emptyIdBook(), jean, T0));
    const newer = {
      id: 'jean.dupont@nuage02.apps.education.fr',
      address: 'jean.dupont@ac-lyon.fr',
      how: 'imported' as const,
      addedAt: T0 + 10,
      updatedAt: T0 + 10,
    };
    const older = { ...newer, id: 'vieux@nuage02.apps.education.fr', addedAt: 1, updatedAt: 1 };
    const plan = planIdBookImport(
      book,
      [newer, { id: 'neuf@nuage03.apps.education.fr', how: 'imported' }],
      T0 + 20,
    );
    expect(plan).toMatchObject({ added: 1, conflicts: 1 });
    const kept = applyIdBookImport(book, plan);
    expect(kept.ok && kept.book.entries.map((e) => e.id)).toEqual([
      'neuf@nuage03.apps.education.fr',
      jean.id,
    ]);
    const replaced = applyIdBookImport(book, plan, { replaceConflicts: true });
    expect(replaced.ok && replaced.book.entries.map((e) => e.id).sort()).toEqual([
      'jean.dupont@nuage02.apps.education.fr',
      'neuf@nuage03.apps.education.fr',
    ]);
    // An older imported entry never beats a newer one, even confirmed.
    const stale = applyIdBookImport(book, planIdBookImport(book, [older], T0), { replaceConflicts: true });
    expect(stale.ok && stale.book.entries.map((e) => e.id)).toEqual([jean.id]);
  });

  it('10,000 entries: imported, searched and looked up quickly; one more is refused, nothing lost', () => {
    const candidates: IdBookCandidate[] = Array.from({ length: ID_BOOK_MAX_ENTRIES }, (_, i) => ({
      id: `agent${i}@nuage${String((i % 20) + 1).padStart(2, '0')}.apps.education.fr`,
      address: `prenom${i}.nom@ac-lyon.fr`,
      name: `Prénom${i} Nom`,
      how: 'imported',
    }));
    const started = performance.now();
    const plan = planIdBookImport(emptyIdBook(), candidates, T0);
    const applied = applyIdBookImport(emptyIdBook(), plan);
    if (!applied.ok) throw new Error('full');
    const book = applied.book;
    const index = createIdBookIndex(book);
    expect(searchIdBook(index, 'prenom9999').entries.map((e) => e.id)).toEqual([
      'agent9999@nuage20.apps.education.fr',
    ]);
    expect(searchIdBook(index, 'nom').total).toBe(ID_BOOK_MAX_ENTRIES);
    expect(idBookByAddress(book).get('prenom42.nom@ac-lyon.fr')?.id).toBe(
      'agent42@nuage03.apps.education.fr',
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parseIdBook(JSON.parse(JSON.stringify(exportIdBook(book)))).entries).toHaveLength(
      ID_BOOK_MAX_ENTRIES,
    );

    const one = planIdBookImport(book, [{ id: 'de.trop@nuage01.apps.education.fr', how: 'pasted' }], T0);
    expect(applyIdBookImport(book, one)).toEqual({ ok: false, code: 'full', max: ID_BOOK_MAX_ENTRIES });
    expect(addToIdBook(book, { id: 'de.trop@nuage01.apps.education.fr', how: 'pasted' }, T0)).toEqual({
      ok: false,
      code: 'full',
    });
    expect(
      parseIdBookSection({ version: 1, entries: new Array(ID_BOOK_MAX_ENTRIES + 1).fill({}) }),
    ).toMatchObject({ ok: false });
  });
});
