/**
 * The FAQ search index, saved in IndexedDB (database `compagnon-faq-index`, apart from the FAQ's own
 * `compagnon-faq` of ./store.ts) so that opening the popup loads it (a few milliseconds) instead of
 * rebuilding it (issue 16: 100–350 ms for 1,000 entries).
 *
 * A record is keyed by what the index is made of: the index format, a fingerprint of the French term
 * processing, and a hash of the entries' indexed content (ids, questions, sections, parts, answer
 * text) in the language shown. Entries that change, another language or another version of the
 * search code make another key: the index is built again and saved beside the others; the
 * FAQ_INDEX_CACHE_SIZE most recent records are kept (French and English, the FAQ before a refresh).
 *
 * Failure policy: nothing here throws. No IndexedDB, a blocked or failed open, a read or write error,
 * a record that is not a sound index of these entries (damaged, foreign, older format): the index is
 * built from the entries, and saved when the database works. Two writers at once (two popups) put
 * their records in separate transactions, which IndexedDB runs one after the other: neither is lost.
 */
import { processFrenchTerm } from './french';
import type { FaqEntry } from './schema';
import { createFaqIndex, FAQ_INDEX_FORMAT, type FaqIndex, type FaqIndexData, loadFaqIndex } from './search';

export const FAQ_INDEX_DB_NAME = 'compagnon-faq-index';
export const FAQ_INDEX_DB_VERSION = 1;
const STORE = 'indexes';
const BY_SAVED = 'by-saved';
/** Records kept: the most recently saved. */
export const FAQ_INDEX_CACHE_SIZE = 4;
/** How long to wait for an open that another context blocks before building without the cache. */
const OPEN_TIMEOUT_MS = 1000;

export interface FaqIndexRecord {
  key: string;
  savedAt: number;
  data: FaqIndexData;
}

export interface FaqIndexCacheOptions {
  /** Defaults to the global `indexedDB`. */
  idbFactory?: IDBFactory;
  /** Database name (tests). */
  name?: string;
  now?: () => number;
  /** Compile the search code on a tiny index first, so that the user's first search is fast (default true). */
  warmUp?: boolean;
}

export interface CachedFaqIndex {
  index: FaqIndex;
  /** 'cache': loaded from IndexedDB; 'built': built from the entries (and saved, see `saved`). */
  source: 'cache' | 'built';
  /** Settles once the built index is saved, or could not be (never rejects). */
  saved: Promise<void>;
}

/**
 * Two FNV-1a hashes (two primes) of `text`: 64 bits, as 16 hex digits. The fallback of `digest`, and
 * the analysis fingerprint (a few words).
 */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/**
 * SHA-256 of `text` (Web Crypto: native, so the same ~3 ms per MB on a popup's first run, where a
 * hash loop in JavaScript costs three times that before it is compiled), as hex; FNV where Web
 * Crypto is missing.
 */
async function digest(text: string): Promise<string> {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) return hash64(text);
  try {
    const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    let hex = '';
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return hash64(text);
  }
}

/** Words that exercise every rule of ./french.ts: if any rule changes, saved indexes are not used. */
const ANALYSIS_PROBE =
  "L'Académie d’Aix-Marseille HÉBERGE les élèves ; journaux, bureaux, quotas, hébergement, hébergées, " +
  "créer, partagez, cœur, ex æquo, jusqu'à, qu'il, 2019, nuage03, le la les des ça Boîte";
let analysisFingerprint: string | undefined;

function analysis(): string {
  analysisFingerprint ??= hash64(
    ANALYSIS_PROBE.split(/\s+/)
      .map((word) => JSON.stringify(processFrenchTerm(word)))
      .join(' '),
  );
  return analysisFingerprint;
}

/**
 * The key of the index of `entries` (in the order and language given): the texts it is made of,
 * joined by U+0000 (which FAQ text does not hold), hashed.
 */
export async function faqIndexKey(entries: readonly FaqEntry[]): Promise<string> {
  const texts: string[] = [];
  for (const entry of entries) {
    texts.push(entry.id, entry.question, entry.section, entry.era ?? '');
    for (const block of entry.answer) {
      texts.push(block.type);
      if (block.type === 'p') for (const inline of block.content) texts.push(inline.text);
      else
        for (const item of block.items) {
          texts.push('-');
          for (const inline of item) texts.push(inline.text);
        }
    }
  }
  return `v${FAQ_INDEX_FORMAT}-${analysis()}-${entries.length}-${await digest(texts.join('\u0000'))}`;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Opens the cache database, or null (no IndexedDB, blocked past the timeout, failed). A database
 * that lacks its store at the current version (damaged) is deleted and made again once.
 */
export async function openFaqIndexDb(options: FaqIndexCacheOptions = {}): Promise<IDBDatabase | null> {
  const factory = options.idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return null;
  const name = options.name ?? FAQ_INDEX_DB_NAME;
  const open = (): Promise<IDBDatabase | null> =>
    new Promise((resolve) => {
      let settled = false;
      const timer = setTimeout(() => finish(null), OPEN_TIMEOUT_MS);
      const finish = (db: IDBDatabase | null) => {
        if (settled) {
          db?.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(db);
      };
      try {
        const request = factory.open(name, FAQ_INDEX_DB_VERSION);
        request.onupgradeneeded = () => {
          const db = request.result;
          if (db.objectStoreNames.contains(STORE)) db.deleteObjectStore(STORE);
          db.createObjectStore(STORE, { keyPath: 'key' }).createIndex(BY_SAVED, 'savedAt');
        };
        request.onsuccess = () => {
          const db = request.result;
          db.onversionchange = () => db.close();
          finish(db);
        };
        request.onerror = () => finish(null);
        request.onblocked = () => undefined; // the timeout decides
      } catch {
        finish(null);
      }
    });
  const intact = (db: IDBDatabase) => {
    if (!db.objectStoreNames.contains(STORE)) return false;
    try {
      const store = db.transaction(STORE, 'readonly').objectStore(STORE);
      return store.keyPath === 'key' && store.indexNames.contains(BY_SAVED);
    } catch {
      return false;
    }
  };
  const db = await open();
  if (!db || intact(db)) return db;
  db.close();
  try {
    await promised(factory.deleteDatabase(name));
  } catch {
    return null;
  }
  const fresh = await open();
  return fresh && intact(fresh) ? fresh : (fresh?.close(), null);
}

/** The saved record for `key`, or undefined (none, or the read failed). */
export async function readFaqIndexRecord(db: IDBDatabase, key: string): Promise<unknown> {
  try {
    return await promised(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
  } catch {
    return undefined;
  }
}

/**
 * Saves `record` and drops the oldest records past FAQ_INDEX_CACHE_SIZE, in one transaction.
 * Rejects when the write fails (callers ignore it: the index is in memory anyway).
 */
export async function writeFaqIndexRecord(db: IDBDatabase, record: FaqIndexRecord): Promise<void> {
  const transaction = db.transaction(STORE, 'readwrite');
  const finished = done(transaction);
  // Awaited at the end; a failed request before that rejects first, so this one must not go unhandled.
  finished.catch(() => undefined);
  const store = transaction.objectStore(STORE);
  store.put(record);
  const count = await promised(store.count());
  let extra = count - FAQ_INDEX_CACHE_SIZE;
  if (extra > 0) {
    await new Promise<void>((resolve, reject) => {
      const cursor = store.index(BY_SAVED).openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at || extra <= 0) return resolve();
        // Never the record just written, even if the clock went back.
        if ((at.value as { key?: unknown }).key !== record.key) {
          at.delete();
          extra--;
        }
        at.continue();
      };
      cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    });
  }
  await finished;
}

/**
 * The first searches of a page run the search code before it is compiled, and compile the regular
 * expressions of the French processing: the first search on 1,000 entries took ~3–4 ms in fresh
 * processes, the next ones ~0.3 ms. So, once per page, a few searches on a two-entry index compile
 * that code (~3 ms the first time, while IndexedDB reads the saved index), and the user's first
 * search runs at about the speed of the others. Their words go through exact, prefix and one-typo
 * look-ups, synonyms, the relevance rule and the snippets.
 */
let warmedUp = false;
function warmUpSearchCode(): void {
  if (warmedUp) return;
  warmedUp = true;
  const entry = (id: string, question: string, text: string): FaqEntry => ({
    id,
    question,
    section: 'Aide',
    answer: [{ type: 'p', content: [{ text }] }],
  });
  const tiny = [
    entry('a', 'Partager un fichier du nuage', 'Les fichiers partagés du nuage restent enregistrés.'),
    entry('b', 'Mot de passe oublié', "Retrouver le mot de passe de l'académie."),
  ];
  const index = loadFaqIndex(createFaqIndex(tiny).toData(), tiny);
  for (const query of [
    'partager les fichiers enregistres',
    'Comment retrouver mon mot de passe oublie pour ouvrir le nuage ?',
    'fichiers partajés mdp',
    'nuag',
  ])
    index?.search(query);
}

/**
 * The search index of `entries`: loaded from the cache when it holds a sound one for them, built
 * (and saved) otherwise. Never rejects.
 */
export async function loadCachedFaqIndex(
  entries: readonly FaqEntry[],
  options: FaqIndexCacheOptions = {},
): Promise<CachedFaqIndex> {
  // The database of the moment of the call, not of after the hash (a test or a page may change it).
  const idbFactory = options.idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  // The open request and the hash (Web Crypto) are under way while the search code is compiled.
  const opening = idbFactory ? openFaqIndexDb({ ...options, idbFactory }).catch(() => null) : null;
  const keying = faqIndexKey(entries);
  if (options.warmUp !== false) warmUpSearchCode();
  const key = await keying;
  const db = await opening;
  if (db) {
    const record = await readFaqIndexRecord(db, key);
    const data =
      typeof record === 'object' && record !== null ? (record as { data?: unknown }).data : undefined;
    const loaded = data === undefined ? null : loadFaqIndex(data, entries);
    if (loaded) {
      db.close();
      return { index: loaded, source: 'cache', saved: Promise.resolve() };
    }
  }
  const index = createFaqIndex(entries);
  const open = db;
  const saved = open
    ? writeFaqIndexRecord(open, { key, savedAt: (options.now ?? Date.now)(), data: index.toData() })
        .catch(() => undefined)
        .finally(() => open.close())
    : Promise.resolve();
  return { index, source: 'built', saved };
}
