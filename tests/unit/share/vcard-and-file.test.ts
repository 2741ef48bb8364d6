import { describe, expect, it } from 'vitest';
import { importSettings, readFileIds, serializeSettings } from '@/lib/settings/file';
import { defaultSettings, readUserSettings } from '@/lib/settings/settings';
import { addToIdBook, emptyIdBook, readIdBook, writeIdBook, type IdBook } from '@/lib/share/book';
import { readMyFederationId, writeMyFederationId } from '@/lib/share/my-id';
import { importVcardIntoBook, readVcardFile } from '@/lib/share/vcard';
import { ID_BOOK_KEY, SETTINGS_KEY } from '@/lib/storage-keys';

function memoryStore(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  let writes = 0;
  return {
    data,
    writes: () => writes,
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => {
      writes++;
      Object.assign(data, items);
    },
  };
}

const T0 = 1_700_000_000_000;
function bookOf(...entries: { id: string; address?: string; name?: string }[]): IdBook {
  return entries.reduce((b, e, i) => {
    const r = addToIdBook(b, { ...e, how: 'pasted' }, T0 + i);
    if (!r.ok) throw new Error(r.code);
    return r.book;
  }, emptyIdBook());
}

// What Nuage's Contacts app exports (Nextcloud writes vCard 3.0 with CLOUD), folded lines and all.
const NUAGE_EXPORT = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Sabre//Sabre VObject 4.5.4//EN',
  'UID:4f1c…',
  'FN:Jean Dupont',
  'N:Dupont;Jean;;;',
  'EMAIL;TYPE=WORK:jean.dupont@ac-lyon.fr',
  'CLOUD:jdupont@nuage06.apps.educ',
  ' ation.fr',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Amélie Leclerc',
  'CLOUD:amelie.leclerc@nuage03.apps.education.fr',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Sans identifiant',
  'EMAIL:sans.id@ac-lyon.fr',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Mauvais serveur',
  'CLOUD:bob@example.com',
  'END:VCARD',
  '',
].join('\r\n');

describe('vCard import (ical.js parser, CLOUD property)', () => {
  it('reads FN, EMAIL and CLOUD, unfolding lines', () => {
    const read = readVcardFile(NUAGE_EXPORT);
    expect(read).toMatchObject({ ok: true, cards: 4, withoutCloud: 1 });
    expect(read.ok && read.candidates).toEqual([
      {
        id: 'jdupont@nuage06.apps.education.fr',
        address: 'jean.dupont@ac-lyon.fr',
        name: 'Jean Dupont',
        how: 'imported',
      },
      { id: 'amelie.leclerc@nuage03.apps.education.fr', name: 'Amélie Leclerc', how: 'imported' },
      { id: 'bob@example.com', name: 'Mauvais serveur', how: 'imported' },
    ]);
  });

  it('imports the valid IDs in one write and reports the rest', async () => {
    const store = memoryStore();
    const result = await importVcardIntoBook(store, NUAGE_EXPORT, { now: T0 });
    expect(result).toEqual({ ok: true, added: 2, merged: 0, invalid: 1, cards: 4, withoutCloud: 1 });
    expect(store.writes()).toBe(1);
    expect((await readIdBook(store)).entries.map((e) => e.id)).toEqual([
      'jdupont@nuage06.apps.education.fr',
      'amelie.leclerc@nuage03.apps.education.fr',
    ]);
  });

  it.each([
    ['garbage', 'malformed'],
    ['BEGIN:VCARD\r\nFN:x\r\n', 'malformed'],
    ['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'no-card'],
    ['x'.repeat(10_000_001), 'too-large'],
  ])('a bad file (%#) is refused and nothing is written', async (text, code) => {
    const store = memoryStore();
    await writeIdBook(store, bookOf({ id: 'keep@nuage01.apps.education.fr' }));
    const result = await importVcardIntoBook(store, text, { now: T0 });
    expect(result).toMatchObject({ ok: false, code });
    expect(store.writes()).toBe(1);
    expect((await readIdBook(store)).entries).toHaveLength(1);
  });

  it('a contradiction is asked about, then the newest wins; the policy can forbid it all', async () => {
    const store = memoryStore();
    await writeIdBook(
      store,
      bookOf({ id: 'ancien@nuage02.apps.education.fr', address: 'jean.dupont@ac-lyon.fr' }),
    );
    expect(await importVcardIntoBook(store, NUAGE_EXPORT, { now: T0 + 100 })).toEqual({
      ok: false,
      code: 'confirm',
      conflicts: 1,
    });
    expect((await readIdBook(store)).entries).toHaveLength(1);
    expect(
      await importVcardIntoBook(store, NUAGE_EXPORT, { now: T0 + 100, replaceConflicts: true }),
    ).toMatchObject({ ok: true, added: 1 });
    expect((await readIdBook(store)).entries.map((e) => e.id).sort()).toEqual([
      'amelie.leclerc@nuage03.apps.education.fr',
      'jdupont@nuage06.apps.education.fr',
    ]);
    expect(await importVcardIntoBook(memoryStore(), NUAGE_EXPORT, { allowed: false })).toEqual({
      ok: false,
      code: 'disabled',
    });
  });
});

describe('the settings file carries the book and my ID (optional sections)', () => {
  it('export → import round trip, in one write', async () => {
    const from = memoryStore();
    const book = bookOf({
      id: 'jdupont@nuage06.apps.education.fr',
      address: 'jean.dupont@ac-lyon.fr',
      name: 'Jean',
    });
    await writeIdBook(from, book);
    await writeMyFederationId(from, {
      version: 1,
      id: 'moi@nuage03.apps.education.fr',
      node: 'nuage03',
      source: 'profile',
      at: T0,
    });
    const text = serializeSettings({ ...defaultSettings, theme: 'dark' }, await readFileIds(from));

    const to = memoryStore();
    const result = await importSettings(to, text, { now: T0 + 5 });
    expect(result).toMatchObject({ ok: true, book: { added: 1, merged: 0, conflicts: 0 } });
    expect(to.writes()).toBe(1);
    expect(await readIdBook(to)).toEqual(book);
    expect((await readMyFederationId(to))?.id).toBe('moi@nuage03.apps.education.fr');
    expect((await readUserSettings(to)).theme).toBe('dark');
  });

  it('an older file without the sections still imports, and keeps the book', async () => {
    const store = memoryStore();
    await writeIdBook(store, bookOf({ id: 'keep@nuage01.apps.education.fr' }));
    const result = await importSettings(store, JSON.stringify({ version: 2, theme: 'light' }));
    expect(result).toMatchObject({ ok: true });
    expect((await readIdBook(store)).entries).toHaveLength(1);
  });

  it('a file with a damaged book changes nothing at all (not even the settings)', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { ...defaultSettings, theme: 'dark' } });
    const text = JSON.stringify({
      version: 2,
      theme: 'light',
      idBook: { version: 1, entries: [{ id: 'x@evil.example', how: 'pasted', addedAt: 1, updatedAt: 1 }] },
    });
    const result = await importSettings(store, text);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringContaining('idBook.entries.0')] });
    expect(store.writes()).toBe(0);
    expect(store.data[ID_BOOK_KEY]).toBeUndefined();
  });

  it('a file whose book contradicts this one asks first', async () => {
    const store = memoryStore();
    await writeIdBook(store, bookOf({ id: 'a@nuage01.apps.education.fr', address: 'a.b@ac-lyon.fr' }));
    const other = bookOf({ id: 'b@nuage02.apps.education.fr', address: 'a.b@ac-lyon.fr' });
    const text = serializeSettings(defaultSettings, {
      book: { ...other, entries: other.entries.map((e) => ({ ...e, updatedAt: T0 + 50 })) },
    });
    expect(await importSettings(store, text)).toMatchObject({ ok: false, code: 'confirm', conflicts: 1 });
    expect(await importSettings(store, text, { replaceConflicts: true })).toMatchObject({ ok: true });
    expect((await readIdBook(store)).entries.map((e) => e.id)).toEqual(['b@nuage02.apps.education.fr']);
  });
});
