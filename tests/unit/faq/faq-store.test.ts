import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledFaq } from '@/lib/faq/data';
import type { FaqEntry } from '@/lib/faq/schema';
import {
  bundledFaqMeta,
  FAQ_DB_NAME,
  FAQ_DB_VERSION,
  type FaqDatabase,
  faqRevision,
  isFaqDbIntact,
  loadFaq,
  openFaqDb,
  readFaq,
  readFaqMeta,
  replaceFaq,
  seedIfEmpty,
} from '@/lib/faq/store';
import { openRawDb } from './raw-idb';

const NOW = Date.UTC(2024, 8, 2, 8, 0, 0);

const small: FaqEntry[] = [
  {
    id: 'premiere',
    question: 'Première ?',
    answer: [{ type: 'p', content: [{ text: 'Un.' }] }],
    section: 'S',
  },
  {
    id: 'deuxieme',
    question: 'Deuxième ?',
    answer: [{ type: 'p', content: [{ text: 'Deux.' }] }],
    section: 'S',
  },
  {
    id: 'a-la-fin',
    question: 'À la fin ?',
    answer: [{ type: 'ul', items: [[{ text: 'Trois.' }]] }],
    section: 'S',
  },
];

const opened: FaqDatabase[] = [];
async function freshDb(factory = new IDBFactory()): Promise<FaqDatabase> {
  const db = await openFaqDb({ idbFactory: factory });
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.unstubAllGlobals();
});

/** Raw IndexedDB helpers, to build states our code would never write. */
const rawOpen = (factory: IDBFactory, version: number, upgrade: (db: IDBDatabase) => void) =>
  openRawDb(factory, FAQ_DB_NAME, version, upgrade);
function rawPut(db: IDBDatabase, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('openFaqDb', () => {
  it('creates the stores and the position index at the current version', async () => {
    const db = await freshDb();
    expect(db.name).toBe('compagnon-faq');
    expect(db.version).toBe(FAQ_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    const tx = db.transaction('entries');
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames]).toEqual(['by-position']);
  });

  it('upgrades a version 1 database (no positions): old records dropped, bundled copy re-seeded', async () => {
    const factory = new IDBFactory();
    const v1 = await rawOpen(factory, 1, (db) => {
      db.createObjectStore('entries', { keyPath: 'id' });
      db.createObjectStore('meta');
    });
    await rawPut(v1, 'entries', { ...small[0] });
    await rawPut(v1, 'meta', { source: 'bundled' }, 'current');
    v1.close();

    const db = await freshDb(factory);
    expect(db.version).toBe(2);
    expect(await db.count('entries')).toBe(0);
    expect(await seedIfEmpty(db, small, NOW)).toBe(true);
    const { entries, reseeded } = await readFaq(db, small, NOW);
    expect(entries).toEqual(small);
    expect(reseeded).toBe(false);
  });
});

describe('seedIfEmpty / readFaq', () => {
  it('seeds an empty database once, then reads the entries in FAQ order with their meta', async () => {
    const db = await freshDb();
    expect(await seedIfEmpty(db, bundledFaq, NOW)).toBe(true);
    expect(await seedIfEmpty(db, bundledFaq, NOW + 1)).toBe(false);
    const { entries, meta, reseeded } = await readFaq(db, bundledFaq, NOW);
    expect(entries).toEqual(bundledFaq);
    expect(entries[0]).not.toHaveProperty('position');
    expect(reseeded).toBe(false);
    expect(meta).toEqual({
      source: 'bundled',
      url: null,
      etag: null,
      lastModified: null,
      updatedAt: NOW,
      checkedAt: null,
      version: 1,
      revision: faqRevision(bundledFaq),
      count: bundledFaq.length,
    });
  });

  it('replaces an older bundled copy after an update, but never a network copy', async () => {
    const db = await freshDb();
    await seedIfEmpty(db, small, NOW);
    expect(await seedIfEmpty(db, bundledFaq, NOW + 1)).toBe(true);
    expect((await readFaq(db, bundledFaq, NOW)).entries).toEqual(bundledFaq);

    await replaceFaq(db, small, {
      ...bundledFaqMeta(small, NOW),
      source: 'network',
      url: 'https://x.example/faq',
    });
    expect(await seedIfEmpty(db, bundledFaq, NOW + 2)).toBe(false);
    expect((await readFaq(db, bundledFaq, NOW)).entries).toEqual(small);
  });

  it.each([
    [
      'a record with a javascript: link',
      (e: FaqEntry) => ({
        ...e,
        answer: [{ type: 'p', content: [{ text: 'x', href: 'javascript:alert(1)' }] }],
      }),
    ],
    ['a record without a question', (e: FaqEntry) => ({ ...e, question: undefined })],
    [
      'a record with raw HTML',
      (e: FaqEntry) => ({ ...e, answer: [{ type: 'html', html: '<img onerror=alert(1)>' }] }),
    ],
    ['a record with a bad position', (e: FaqEntry) => ({ ...e, position: -1 })],
    ['a record without position (invisible to the index)', (e: FaqEntry) => ({ ...e, position: undefined })],
  ])('re-seeds the bundled copy when it finds %s', async (_, corrupt) => {
    const db = await freshDb();
    await seedIfEmpty(db, small, NOW);
    const record = await db.get('entries', 'deuxieme');
    await db.put('entries', corrupt(record as FaqEntry) as never);

    const { entries, reseeded, meta } = await readFaq(db, bundledFaq, NOW + 5);
    expect(reseeded).toBe(true);
    expect(entries).toEqual(bundledFaq);
    expect(meta.updatedAt).toBe(NOW + 5);
    // The database itself was repaired.
    expect((await readFaq(db, bundledFaq, NOW + 6)).reseeded).toBe(false);
    expect(await db.count('entries')).toBe(bundledFaq.length);
  });

  it('re-seeds when the meta is corrupt or missing, or the store is empty', async () => {
    const db = await freshDb();
    await seedIfEmpty(db, small, NOW);
    await db.put('meta', { source: 'somewhere' } as never, 'current');
    expect(await readFaqMeta(db)).toBeNull();
    expect((await readFaq(db, bundledFaq, NOW)).reseeded).toBe(true);

    await db.delete('meta', 'current');
    expect((await readFaq(db, bundledFaq, NOW)).reseeded).toBe(true);

    await db.clear('entries');
    expect((await readFaq(db, bundledFaq, NOW)).entries).toEqual(bundledFaq);
  });

  it('replaces atomically: a failing write leaves the previous FAQ whole', async () => {
    const db = await freshDb();
    await seedIfEmpty(db, small, NOW);
    const broken = [bundledFaq[0], { ...bundledFaq[1], id: undefined }] as FaqEntry[];
    await expect(replaceFaq(db, broken, bundledFaqMeta(broken, NOW))).rejects.toThrow();
    const { entries, reseeded, meta } = await readFaq(db, bundledFaq, NOW);
    expect(reseeded).toBe(false);
    expect(entries).toEqual(small);
    expect(meta.revision).toBe(faqRevision(small));
  });
});

describe('loadFaq', () => {
  it('opens, seeds and reads IndexedDB', async () => {
    const loaded = await loadFaq({ idbFactory: new IDBFactory(), bundled: small, now: NOW });
    expect(loaded.source).toBe('indexeddb');
    expect(loaded.entries).toEqual(small);
    expect(loaded.meta.source).toBe('bundled');
    if (loaded.source === 'indexeddb') {
      expect(await loaded.db.count('entries')).toBe(3);
      loaded.db.close();
    }
  });

  it('keeps a network copy across loads', async () => {
    const factory = new IDBFactory();
    const db = await freshDb(factory);
    await replaceFaq(db, small, {
      ...bundledFaqMeta(small, NOW),
      source: 'network',
      url: 'https://x.example/faq',
    });
    db.close();
    const loaded = await loadFaq({ idbFactory: factory, bundled: bundledFaq, now: NOW });
    expect(loaded.entries).toEqual(small);
    expect(loaded.meta.source).toBe('network');
    if (loaded.source === 'indexeddb') loaded.db.close();
  });

  it('returns the bundled copy in memory when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const loaded = await loadFaq({ bundled: small, now: NOW });
    expect(loaded).toMatchObject({
      source: 'memory',
      reason: 'unavailable',
      entries: small,
      reseeded: false,
    });
    expect(loaded.meta).toEqual(bundledFaqMeta(small, NOW));
  });

  it('returns the bundled copy in memory when open() throws (private windows)', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const loaded = await loadFaq({ idbFactory: refusing, bundled: small, now: NOW });
    expect(loaded).toMatchObject({ source: 'memory', reason: 'unavailable', entries: small });
  });

  it('recovers from a failed open (newer version on disk) by recreating the database', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, 7, (db) => db.createObjectStore('other'))).close();
    const loaded = await loadFaq({ idbFactory: factory, bundled: small, now: NOW });
    expect(loaded.source).toBe('indexeddb');
    expect(loaded.entries).toEqual(small);
    if (loaded.source === 'indexeddb') {
      expect(loaded.db.version).toBe(FAQ_DB_VERSION);
      loaded.db.close();
    }
  });

  it('falls back to memory when the database can neither be opened nor deleted', async () => {
    const real = new IDBFactory();
    (await rawOpen(real, 7, (db) => db.createObjectStore('other'))).close();
    const factory = {
      open: (name: string, version?: number) => real.open(name, version),
      deleteDatabase: () => {
        throw new Error('refusé');
      },
    } as unknown as IDBFactory;
    const loaded = await loadFaq({ idbFactory: factory, bundled: small, now: NOW });
    expect(loaded).toMatchObject({ source: 'memory', reason: 'failed', entries: small });
  });

  it('falls back to memory when the upgrade is blocked by an old connection, and recovers later', async () => {
    const factory = new IDBFactory();
    // An old context that keeps version 1 open and ignores versionchange.
    const old = await rawOpen(factory, 1, (db) => {
      db.createObjectStore('entries', { keyPath: 'id' });
      db.createObjectStore('meta');
    });
    const blocked = await loadFaq({ idbFactory: factory, bundled: small, now: NOW, openTimeoutMs: 30 });
    expect(blocked).toMatchObject({ source: 'memory', reason: 'blocked', entries: small });

    old.close();
    const later = await loadFaq({ idbFactory: factory, bundled: small, now: NOW, openTimeoutMs: 1000 });
    expect(later.source).toBe('indexeddb');
    expect(later.entries).toEqual(small);
    if (later.source === 'indexeddb') later.db.close();
  });

  it('gives way to a newer version opened elsewhere (closes on versionchange)', async () => {
    const factory = new IDBFactory();
    const db = await freshDb(factory);
    const newer = await rawOpen(factory, FAQ_DB_VERSION + 1, () => undefined);
    expect(newer.version).toBe(FAQ_DB_VERSION + 1);
    newer.close();
    await expect(db.count('entries')).rejects.toThrow();
  });
});

describe('loadFaq: a database damaged at the current version (issue 15, item 9)', () => {
  const damages: [string, (db: IDBDatabase) => void][] = [
    [
      'no meta store',
      (db) => db.createObjectStore('entries', { keyPath: 'id' }).createIndex('by-position', 'position'),
    ],
    [
      'no entries store',
      (db) => {
        db.createObjectStore('meta');
      },
    ],
    [
      'no by-position index',
      (db) => {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    ],
    [
      'the index on another keyPath',
      (db) => {
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('by-position', 'rank');
        db.createObjectStore('meta');
      },
    ],
    [
      'entries without keyPath',
      (db) => {
        db.createObjectStore('entries').createIndex('by-position', 'position');
        db.createObjectStore('meta');
      },
    ],
    [
      'entries on another keyPath',
      (db) => {
        db.createObjectStore('entries', { keyPath: 'key' }).createIndex('by-position', 'position');
        db.createObjectStore('meta');
      },
    ],
    [
      'meta with a keyPath',
      (db) => {
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('by-position', 'position');
        db.createObjectStore('meta', { keyPath: 'source' });
      },
    ],
    ['nothing at all', () => undefined],
  ];

  it.each(damages)('%s: detected, deleted, re-seeded', async (_, damage) => {
    const factory = new IDBFactory();
    (await rawOpen(factory, FAQ_DB_VERSION, damage)).close();

    const loaded = await loadFaq({ idbFactory: factory, bundled: small, now: NOW });
    expect(loaded.source).toBe('indexeddb');
    expect(loaded.entries).toEqual(small);
    if (loaded.source !== 'indexeddb') return;
    expect(isFaqDbIntact(loaded.db)).toBe(true);
    loaded.db.close();
    // Repaired for good: the next load reads what was seeded.
    const next = await loadFaq({ idbFactory: factory, bundled: small, now: NOW + 1 });
    expect(next).toMatchObject({ source: 'indexeddb', reseeded: false, entries: small });
    if (next.source === 'indexeddb') next.db.close();
  });

  it('serves the bundled copy meanwhile when another context blocks the deletion, repairs later', async () => {
    const factory = new IDBFactory();
    const other = await rawOpen(factory, FAQ_DB_VERSION, damages[2]![1]);
    // That context ignores versionchange (an old page that never closes its connection).
    const blocked = await loadFaq({ idbFactory: factory, bundled: small, now: NOW, openTimeoutMs: 30 });
    expect(blocked).toMatchObject({ source: 'memory', reason: 'blocked', entries: small });
    other.close();
    const later = await loadFaq({ idbFactory: factory, bundled: small, now: NOW, openTimeoutMs: 1000 });
    expect(later).toMatchObject({ source: 'indexeddb', entries: small });
    if (later.source === 'indexeddb') {
      expect(isFaqDbIntact(later.db)).toBe(true);
      later.db.close();
    }
  });

  it('a sound database is left alone', async () => {
    const factory = new IDBFactory();
    const db = await freshDb(factory);
    expect(isFaqDbIntact(db)).toBe(true);
    await replaceFaq(db, small, {
      ...bundledFaqMeta(small, NOW),
      source: 'network',
      url: 'https://x.example/faq',
    });
    db.close();
    const loaded = await loadFaq({ idbFactory: factory, bundled: bundledFaq, now: NOW });
    expect(loaded).toMatchObject({ source: 'indexeddb', entries: small });
    if (loaded.source === 'indexeddb') loaded.db.close();
  });
});
