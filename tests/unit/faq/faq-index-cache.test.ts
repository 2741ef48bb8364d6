import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { bundledFaq } from '@/lib/faq/data';
import { localizeFaq } from '@/lib/faq/era';
import {
  FAQ_INDEX_CACHE_SIZE,
  FAQ_INDEX_DB_NAME,
  faqIndexKey,
  type FaqIndexRecord,
  loadCachedFaqIndex,
  openFaqIndexDb,
} from '@/lib/faq/index-cache';
import type { FaqEntry } from '@/lib/faq/schema';
import { createFaqIndex, type FaqIndexData } from '@/lib/faq/search';
import { frenchFaqCorpus } from '@/tests/fixtures/faq-corpus/corpus';
import { openRawDb } from './raw-idb';

const QUERIES = ['quota', 'mot de passe', 'élèves', 'identifiant de fédératon', 'ouvrir nuag', 'xylophone'];
const ids = (index: { search(q: string): { id: string }[] }, query: string) =>
  index.search(query).map((hit) => hit.id);

/** Raw helpers, to write what our code never would. */
const rawOpen = (factory: IDBFactory, version: number, upgrade: (db: IDBDatabase) => void) =>
  openRawDb(factory, FAQ_INDEX_DB_NAME, version, upgrade);
async function rawPut(factory: IDBFactory, value: unknown): Promise<void> {
  const db = await rawOpen(factory, 1, () => undefined);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('indexes', 'readwrite');
    tx.objectStore('indexes').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
async function rawKeys(factory: IDBFactory): Promise<string[]> {
  const db = await rawOpen(factory, 1, () => undefined);
  const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
    const request = db.transaction('indexes').objectStore('indexes').getAllKeys();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return keys.map(String).sort();
}

/** Builds (and saves) then loads again: the second must come from the cache. */
async function savedThenLoaded(factory: IDBFactory, entries: readonly FaqEntry[]) {
  const first = await loadCachedFaqIndex(entries, { idbFactory: factory });
  await first.saved;
  return { first, second: await loadCachedFaqIndex(entries, { idbFactory: factory }) };
}

describe('loadCachedFaqIndex', () => {
  it('builds and saves the index, then loads it from the cache, with the same results', async () => {
    const factory = new IDBFactory();
    const { first, second } = await savedThenLoaded(factory, bundledFaq);
    expect(first.source).toBe('built');
    expect(second.source).toBe('cache');
    const fresh = createFaqIndex(bundledFaq);
    for (const query of QUERIES) {
      expect(second.index.search(query)).toEqual(fresh.search(query));
      expect(second.index.search(query, { prefer: '2020' })).toEqual(fresh.search(query, { prefer: '2020' }));
    }
    expect(await rawKeys(factory)).toEqual([await faqIndexKey(bundledFaq)]);
  });

  it('loads a 1,000-entry index from the cache with the same rankings as a fresh build', async () => {
    const corpus = frenchFaqCorpus(1000);
    const { second } = await savedThenLoaded(new IDBFactory(), corpus);
    expect(second.source).toBe('cache');
    const fresh = createFaqIndex(corpus);
    for (const entry of corpus.filter((_, i) => i % 50 === 0)) {
      const query = `${entry.topic.verb.inf} ${entry.topic.first.singular} ${entry.topic.second.singular}`;
      expect(second.index.search(query)).toEqual(fresh.search(query));
    }
  });

  it('rebuilds when the entries change (stale cache), and keeps the other language beside', async () => {
    const factory = new IDBFactory();
    const english = localizeFaq(bundledFaq, 'en');
    await (
      await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })
    ).saved;
    await (
      await loadCachedFaqIndex(english, { idbFactory: factory })
    ).saved;
    expect((await loadCachedFaqIndex(english, { idbFactory: factory })).source).toBe('cache');
    expect((await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })).source).toBe('cache');

    // One answer's text changes: another key, so the saved index is not used for it.
    const [head, ...rest] = bundledFaq as [FaqEntry, ...FaqEntry[]];
    const changed: FaqEntry[] = [
      { ...head, answer: [{ type: 'p', content: [{ text: 'Le tableur.' }] }] },
      ...rest,
    ];
    expect(await faqIndexKey(changed)).not.toBe(await faqIndexKey(bundledFaq));
    const rebuilt = await loadCachedFaqIndex(changed, { idbFactory: factory });
    expect(rebuilt.source).toBe('built');
    expect(ids(rebuilt.index, 'tableur')).toEqual([head.id]);
    await rebuilt.saved;
    expect((await loadCachedFaqIndex(changed, { idbFactory: factory })).source).toBe('cache');
  });

  it('keys on content, order and language: same entries → same key, any indexed change → another', async () => {
    const key = await faqIndexKey(bundledFaq);
    expect(await faqIndexKey(structuredClone(bundledFaq))).toBe(key);
    expect(await faqIndexKey([...bundledFaq].reverse())).not.toBe(key);
    expect(await faqIndexKey(bundledFaq.slice(1))).not.toBe(key);
    expect(await faqIndexKey(localizeFaq(bundledFaq, 'en'))).not.toBe(key);
    const [head, ...rest] = bundledFaq as [FaqEntry, ...FaqEntry[]];
    for (const other of [
      { ...head, question: `${head.question} ` },
      { ...head, section: `${head.section}!` },
      { ...head, era: head.era === '2020' ? ('today' as const) : ('2020' as const) },
    ])
      expect(await faqIndexKey([other, ...rest])).not.toBe(key);
  });

  const good = () => createFaqIndex(bundledFaq).toData();
  const corruptions: [string, () => unknown][] = [
    ['no data', () => undefined],
    ['a string', () => 'garbage'],
    ['an older format', () => ({ ...good(), format: 1 })],
    ['another format', () => ({ ...good(), format: 99 })],
    ['typed arrays as plain arrays', () => ({ ...good(), docs: [...good().docs] })],
    ['truncated postings', () => ({ ...good(), docs: good().docs.slice(0, 10) })],
    [
      'a document number out of range',
      () => {
        const data = good();
        data.docs[0] = 1_000_000;
        return data;
      },
    ],
    [
      'offsets going back',
      () => {
        const data = good();
        data.offsets[5] = (data.offsets[4] as number) + 100_000;
        return data;
      },
    ],
    ['a term missing', () => ({ ...good(), terms: good().terms.split('\n').slice(1).join('\n') })],
    ["another FAQ's ids", () => ({ ...good(), ids: good().ids.map((id) => `${id}-x`) })],
    [
      'a typo group out of range',
      () => {
        const data = good();
        data.byLength[0] = 4_000_000;
        return data;
      },
    ],
  ];

  it.each(corruptions)(
    'rebuilds over a damaged record (%s), never crashes, and repairs it',
    async (_, make) => {
      const factory = new IDBFactory();
      await (
        await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })
      ).saved;
      const record: Partial<FaqIndexRecord> = {
        key: await faqIndexKey(bundledFaq),
        savedAt: 1,
        data: make() as FaqIndexData,
      };
      await rawPut(factory, record);
      const loaded = await loadCachedFaqIndex(bundledFaq, { idbFactory: factory });
      expect(loaded.source).toBe('built');
      expect(ids(loaded.index, 'quota')[0]).toBe(ids(createFaqIndex(bundledFaq), 'quota')[0]);
      await loaded.saved;
      expect((await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })).source).toBe('cache');
    },
  );

  it('finds the words of an answer again when their saved terms are damaged (same hits and snippets)', async () => {
    const factory = new IDBFactory();
    await (
      await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })
    ).saved;
    const data = createFaqIndex(bundledFaq).toData();
    for (let i = 0; i < data.answerTerms.length; i += 3) data.answerTerms[i] = 0xfffffff0;
    await rawPut(factory, { key: await faqIndexKey(bundledFaq), savedAt: 1, data });
    const loaded = await loadCachedFaqIndex(bundledFaq, { idbFactory: factory });
    expect(loaded.source).toBe('cache');
    const fresh = createFaqIndex(bundledFaq);
    for (const query of QUERIES) expect(loaded.index.search(query)).toEqual(fresh.search(query));
  });

  it('rebuilds over a database damaged at its version (the store missing), and saves again', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, 1, (db) => db.createObjectStore('other'))).close();
    const { first, second } = await savedThenLoaded(factory, bundledFaq);
    expect(first.source).toBe('built');
    expect(second.source).toBe('cache');
  });

  it('builds without saving when the database is of a newer version (cannot be opened)', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, 5, () => undefined)).close();
    const first = await loadCachedFaqIndex(bundledFaq, { idbFactory: factory });
    expect(first.source).toBe('built');
    await first.saved;
    expect(ids(first.index, 'quota').length).toBeGreaterThan(0);
    expect((await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })).source).toBe('built');
  });

  it('builds when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const loaded = await loadCachedFaqIndex(bundledFaq);
    vi.unstubAllGlobals();
    expect(loaded.source).toBe('built');
    await expect(loaded.saved).resolves.toBeUndefined();
  });

  it('loses nothing when two writers save at once (two popups, two languages)', async () => {
    const factory = new IDBFactory();
    const english = localizeFaq(bundledFaq, 'en');
    const both = await Promise.all([
      loadCachedFaqIndex(bundledFaq, { idbFactory: factory }),
      loadCachedFaqIndex(english, { idbFactory: factory }),
      loadCachedFaqIndex(bundledFaq, { idbFactory: factory }),
    ]);
    await Promise.all(both.map((loaded) => loaded.saved));
    expect(await rawKeys(factory)).toEqual(
      [await faqIndexKey(bundledFaq), await faqIndexKey(english)].sort(),
    );
    expect((await loadCachedFaqIndex(bundledFaq, { idbFactory: factory })).source).toBe('cache');
    expect((await loadCachedFaqIndex(english, { idbFactory: factory })).source).toBe('cache');
  });

  it(`keeps the ${FAQ_INDEX_CACHE_SIZE} most recently saved indexes`, async () => {
    const factory = new IDBFactory();
    const versions = Array.from({ length: FAQ_INDEX_CACHE_SIZE + 2 }, (_, i) => bundledFaq.slice(i));
    let clock = 1000;
    for (const entries of versions)
      await (
        await loadCachedFaqIndex(entries, { idbFactory: factory, now: () => clock++ })
      ).saved;
    expect(await rawKeys(factory)).toEqual((await Promise.all(versions.slice(2).map(faqIndexKey))).sort());
  });

  it('opens the cache database apart from the FAQ database', async () => {
    const factory = new IDBFactory();
    const db = await openFaqIndexDb({ idbFactory: factory });
    expect(db?.name).toBe('compagnon-faq-index');
    expect([...(db?.objectStoreNames ?? [])]).toEqual(['indexes']);
    db?.close();
  });
});
