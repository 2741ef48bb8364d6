/**
 * The FAQ cache in IndexedDB (database `compagnon-faq`): `entries` (keyPath `id`, read in FAQ order
 * through the `by-position` index) and `meta` (one record, key `current`).
 *
 * Everything takes its environment as arguments (IDBFactory, database name, bundled copy, clock) so
 * tests run on a fresh fake-indexeddb each. Failure policy: a corrupt record or missing meta re-seeds
 * the bundled copy; a database that cannot be opened (private window, blocked or failed upgrade) makes
 * `loadFaq` fall back to the bundled copy in memory. Nothing here is meant to crash a caller.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { NO } from '../util/check';
import { checkFaqMeta, checkStoredFaqEntry } from './check';
import { FAQ_FORMAT_VERSION, type FaqEntry, type FaqMeta, type StoredFaqEntry } from './schema';

export const FAQ_DB_NAME = 'compagnon-faq';
/** v1: `entries` + `meta`. v2: entries carry `position`, read through the `by-position` index. */
export const FAQ_DB_VERSION = 2;
export const FAQ_META_KEY = 'current';
/** How long `loadFaq` waits for a blocked open (another context holding an older version). */
export const DEFAULT_OPEN_TIMEOUT_MS = 3000;

// The cache's records: zod schemas in ./schema.ts (the reference), read here with their plain twins (./check.ts).
export { faqMetaSchema, storedEntrySchema } from './schema';
export type { FaqMeta, StoredFaqEntry } from './schema';

export interface FaqDB extends DBSchema {
  entries: { key: string; value: StoredFaqEntry; indexes: { 'by-position': number } };
  meta: { key: string; value: FaqMeta };
}

export type FaqDatabase = IDBPDatabase<FaqDB>;

export interface FaqDbOptions {
  /** Defaults to `globalThis.indexedDB`. */
  idbFactory?: IDBFactory;
  /** Defaults to FAQ_DB_NAME. */
  name?: string;
}

/** FNV-1a (32 bits) of the entries' JSON: cheap change detection, not security. */
export function faqRevision(entries: readonly FaqEntry[]): string {
  const text = JSON.stringify(entries);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function bundledFaqMeta(entries: readonly FaqEntry[], now: number): FaqMeta {
  return {
    source: 'bundled',
    url: null,
    etag: null,
    lastModified: null,
    updatedAt: now,
    checkedAt: null,
    version: FAQ_FORMAT_VERSION,
    revision: faqRevision(entries),
    count: entries.length,
  };
}

/** The numbered upgrade ladder. Each step runs once, in order, inside the versionchange transaction. */
export function upgradeFaqDb(
  db: IDBPDatabase<FaqDB>,
  oldVersion: number,
  transaction: IDBPTransaction<FaqDB, StoreNames<FaqDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    transaction.objectStore('entries').createIndex('by-position', 'position');
    if (oldVersion >= 1) {
      // v1 records have no position, so the index would not see them: drop them and the meta; the
      // next read re-seeds the bundled copy and the next refresh fetches the network one again.
      void transaction.objectStore('entries').clear();
      void transaction.objectStore('meta').clear();
    }
  }
}

function factoryOf(options: FaqDbOptions): IDBFactory {
  const factory = options.idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error('IndexedDB indisponible');
  return factory;
}

/**
 * Opens (creating or upgrading) the FAQ database. Rejects when IndexedDB is unavailable or the upgrade
 * fails; stays pending while another connection blocks the upgrade (see `loadFaq` for the timeout).
 * The connection closes itself when a newer version elsewhere needs the database.
 */
export function openFaqDb(options: FaqDbOptions = {}): Promise<FaqDatabase> {
  const factory = factoryOf(options);
  const request = factory.open(options.name ?? FAQ_DB_NAME, FAQ_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<FaqDB>;
    const transaction = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      FaqDB,
      StoreNames<FaqDB>[],
      'versionchange'
    >;
    upgradeFaqDb(db, event.oldVersion, transaction);
  });
  return (wrap(request) as Promise<FaqDatabase>).then((db) => {
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}

/**
 * Whether the database has the shape the upgrade ladder builds (issue 15, item 9): both stores, the
 * `entries` keyPath and its `by-position` index, `meta` with out-of-line keys. A database damaged at
 * the current version (a store, index or keyPath missing, by a bug, a profile copy or a tool) is never
 * upgraded again, so only deleting and re-seeding it repairs it.
 */
export function isFaqDbIntact(db: FaqDatabase): boolean {
  try {
    if (!db.objectStoreNames.contains('entries') || !db.objectStoreNames.contains('meta')) return false;
    const tx = db.transaction(['entries', 'meta'], 'readonly');
    const entries = tx.objectStore('entries');
    const meta = tx.objectStore('meta');
    return (
      entries.keyPath === 'id' &&
      !entries.autoIncrement &&
      entries.indexNames.contains('by-position') &&
      entries.index('by-position').keyPath === 'position' &&
      meta.keyPath === null &&
      !meta.autoIncrement
    );
  } catch {
    return false;
  }
}

/** Deletes the FAQ database (used to recover from a failed upgrade). */
export async function deleteFaqDb(options: FaqDbOptions = {}): Promise<void> {
  await wrap(factoryOf(options).deleteDatabase(options.name ?? FAQ_DB_NAME));
}

/**
 * Replaces all entries and the meta in one transaction: readers see the old FAQ or the new one, never
 * a mix; a failure leaves the old one in place.
 */
export async function replaceFaq(
  db: FaqDatabase,
  entries: readonly FaqEntry[],
  meta: FaqMeta,
): Promise<void> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const store = tx.objectStore('entries');
  const requests: Promise<unknown>[] = [store.clear()];
  try {
    entries.forEach((entry, position) => requests.push(store.put({ ...entry, position })));
    requests.push(tx.objectStore('meta').put(meta, FAQ_META_KEY));
  } catch (error) {
    // put() throws synchronously on a bad record: without abort() the clear() alone would commit.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}

/** Reads and validates the stored meta; null when missing or invalid. */
export async function readFaqMeta(db: FaqDatabase): Promise<FaqMeta | null> {
  const parsed = checkFaqMeta(await db.get('meta', FAQ_META_KEY));
  return parsed === NO ? null : parsed;
}

/**
 * Seeds the bundled copy when the store is empty (or has no meta). Also replaces an older *bundled*
 * copy after an extension update ships a different one; a network copy is never overwritten here.
 * Resolves to true when it wrote.
 */
export async function seedIfEmpty(
  db: FaqDatabase,
  bundled: readonly FaqEntry[],
  now: number,
): Promise<boolean> {
  const [count, meta] = await Promise.all([db.count('entries'), readFaqMeta(db)]);
  const stale = meta?.source === 'bundled' && meta.revision !== faqRevision(bundled);
  if (count > 0 && meta && !stale) return false;
  await replaceFaq(db, bundled, bundledFaqMeta(bundled, now));
  return true;
}

export interface FaqReadResult {
  entries: FaqEntry[];
  meta: FaqMeta;
  /** True when the stored copy was unusable and the bundled one was written instead. */
  reseeded: boolean;
}

/**
 * Reads the FAQ in order, validating every record. A corrupt or missing record, a missing meta or an
 * empty store re-seeds the bundled copy. Rejects only if IndexedDB itself fails.
 */
export async function readFaq(
  db: FaqDatabase,
  bundled: readonly FaqEntry[],
  now: number = Date.now(),
): Promise<FaqReadResult> {
  const tx = db.transaction(['entries', 'meta'], 'readonly');
  const [records, count, rawMeta] = await Promise.all([
    tx.objectStore('entries').index('by-position').getAll(),
    tx.objectStore('entries').count(),
    tx.objectStore('meta').get(FAQ_META_KEY),
    tx.done,
  ]);

  const meta = checkFaqMeta(rawMeta);
  const entries: FaqEntry[] = [];
  // A record without a numeric position is invisible to the index: count tells.
  let valid = meta !== NO && records.length === count && count > 0;
  for (const record of valid ? records : []) {
    const parsed = checkStoredFaqEntry(record);
    if (parsed === NO) {
      valid = false;
      break;
    }
    const { position: _position, ...entry } = parsed;
    entries.push(entry);
  }
  if (valid && meta !== NO) return { entries, meta, reseeded: false };

  const seeded = bundledFaqMeta(bundled, now);
  await replaceFaq(db, bundled, seeded);
  return { entries: [...bundled], meta: seeded, reseeded: true };
}

export interface LoadFaqOptions extends FaqDbOptions {
  /**
   * The copy shipped with the extension (./data.ts in the pages; the packaged faq-bundled.json in the
   * background, which does not bundle it): seeded when the cache is empty or damaged.
   */
  bundled: readonly FaqEntry[];
  now?: number;
  /** How long to wait for a blocked open before falling back to memory (default 3 s). */
  openTimeoutMs?: number;
}

export type LoadedFaq =
  | (FaqReadResult & { source: 'indexeddb'; db: FaqDatabase })
  | {
      entries: FaqEntry[];
      meta: FaqMeta;
      reseeded: false;
      /** The bundled copy, not persisted: IndexedDB could not be used. */
      source: 'memory';
      reason: 'unavailable' | 'blocked' | 'failed';
    };

const TIMEOUT = Symbol('timeout');

/** Resolves to TIMEOUT after `ms`; `onLate` receives a value that arrives after that. */
function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  onLate?: (value: T) => void,
): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([promise, timeout]).then(
    (result) => {
      clearTimeout(timer);
      if (result === TIMEOUT && onLate) promise.then(onLate).catch(() => undefined);
      return result;
    },
    (error: unknown) => {
      clearTimeout(timer);
      throw error;
    },
  );
}

// A connection that arrives after we gave up must not keep the database busy.
const closeLate = (db: FaqDatabase) => db.close();

/**
 * Opens, seeds and reads the FAQ cache; on any IndexedDB trouble returns the bundled copy in memory
 * (`source: 'memory'`). A failed open (failed upgrade, newer version on disk) deletes the database and
 * tries once more. Never rejects. The caller owns `db` (close it when done).
 */
export async function loadFaq(options: LoadFaqOptions): Promise<LoadedFaq> {
  const bundled = options.bundled;
  const now = options.now ?? Date.now();
  const timeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  const memory = (reason: 'unavailable' | 'blocked' | 'failed'): LoadedFaq => ({
    entries: [...bundled],
    meta: bundledFaqMeta(bundled, now),
    reseeded: false,
    source: 'memory',
    reason,
  });

  let factory: IDBFactory;
  let opening: Promise<FaqDatabase>;
  try {
    factory = factoryOf(options);
    // Some private modes make open() throw right away.
    opening = openFaqDb({ ...options, idbFactory: factory });
  } catch {
    return memory('unavailable');
  }

  /** Deletes the database and opens a fresh one; a memory copy when that is blocked or fails. */
  type Opened = { db: FaqDatabase } | { fallback: LoadedFaq };
  const startOver = async (): Promise<Opened> => {
    try {
      if ((await withTimeout(deleteFaqDb({ ...options, idbFactory: factory }), timeoutMs)) === TIMEOUT)
        return { fallback: memory('blocked') };
      const fresh = await withTimeout(openFaqDb({ ...options, idbFactory: factory }), timeoutMs, closeLate);
      return fresh === TIMEOUT ? { fallback: memory('blocked') } : { db: fresh };
    } catch {
      return { fallback: memory('failed') };
    }
  };

  let opened: Opened;
  try {
    const first = await withTimeout(opening, timeoutMs, closeLate);
    opened = first === TIMEOUT ? { fallback: memory('blocked') } : { db: first };
  } catch {
    // Failed upgrade, or a newer version on disk (extension downgrade): start again from scratch.
    opened = await startOver();
  }
  if ('fallback' in opened) return opened.fallback;

  if (!isFaqDbIntact(opened.db)) {
    // Damaged at the current version: delete and re-create it. The bundled copy is served meanwhile
    // (in memory) while another context's connection blocks the deletion.
    opened.db.close();
    opened = await startOver();
    if ('fallback' in opened) return opened.fallback;
    if (!isFaqDbIntact(opened.db)) {
      opened.db.close();
      return memory('failed');
    }
  }

  const { db } = opened;
  try {
    await seedIfEmpty(db, bundled, now);
    return { ...(await readFaq(db, bundled, now)), source: 'indexeddb', db };
  } catch {
    db.close();
    return memory('failed');
  }
}
