import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { bundled2020Faq } from '@/lib/faq/data';
import {
  FAQ_MIN_KEPT_RATIO,
  type FaqFetch,
  faqRefreshMessages,
  isTruncatedFaq,
  refreshFaq,
} from '@/lib/faq/refresh';
import type { FaqDocument, FaqEntry } from '@/lib/faq/schema';
import { type FaqDatabase, faqRevision, openFaqDb, readFaq, seedIfEmpty } from '@/lib/faq/store';
import { answerText } from '@/lib/faq/text';

const URL_JSON = 'https://compagnon.example/faq.json';
const URL_HTML = 'https://apps.education.fr/faq';
const NOW = Date.UTC(2024, 8, 2, 8, 0, 0);
const ETAG = '"faq-v2"';
const LAST_MODIFIED = 'Mon, 02 Sep 2024 07:00:00 GMT';

const dbs: FaqDatabase[] = [];
async function seededDb(entries: FaqEntry[] = bundled2020Faq): Promise<FaqDatabase> {
  const db = await openFaqDb({ idbFactory: new IDBFactory() });
  dbs.push(db);
  await seedIfEmpty(db, entries, NOW - 1000);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

interface Call {
  url: string;
  headers: Headers;
  init: RequestInit | undefined;
}
/** A fake fetch that records each request and answers with the next response. */
function fakeFetch(...responses: (() => Response | Promise<Response>)[]): FaqFetch & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: new Headers(init?.headers), init });
    const next = responses[Math.min(calls.length, responses.length) - 1];
    if (!next) throw new Error('no response');
    return next();
  };
  return Object.assign(fn, { calls });
}

const documentOf = (entries: FaqEntry[]): FaqDocument => ({
  version: 1,
  sections: [...new Set(entries.map((e) => e.section))].map((title, i) => ({ id: `s${i}`, title })),
  entries,
});
const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    });
const html =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });

const escape = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A FAQ page: sections as h2, questions as <details>; answers as plain paragraphs. */
function page(entries: FaqEntry[]): string {
  let out = '<!doctype html><html><head><script>alert(1)</script></head><body><h1>FAQ</h1>';
  let section = '';
  for (const e of entries) {
    if (e.section !== section) out += `<h2>${escape((section = e.section))}</h2>`;
    out += `<details><summary>${escape(e.question)}</summary>`;
    for (const line of answerText(e).split('\n')) out += `<p>${escape(line)}</p>`;
    out += '</details>';
  }
  return `${out}</body></html>`;
}

const changed: FaqEntry[] = bundled2020Faq
  .slice(0, 20)
  .map((e, i) =>
    i === 0 ? { ...e, answer: [{ type: 'p', content: [{ text: 'Réponse mise à jour.' }] }] } : e,
  );

async function expectCacheIntact(db: FaqDatabase) {
  const { entries, meta, reseeded } = await readFaq(db, bundled2020Faq, NOW);
  expect(reseeded).toBe(false);
  expect(entries).toEqual(bundled2020Faq);
  expect(meta.source).toBe('bundled');
}

describe('refreshFaq: accepted', () => {
  it('replaces the cache with a valid JSON FAQ and stores its validators', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(json(documentOf(changed), { ETag: ETAG, 'Last-Modified': LAST_MODIFIED }));
    const result = await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });

    expect(result).toMatchObject({ status: 'updated', count: 20, format: 'json', changed: true });
    expect(result.messageKey).toBe('faq.refresh.updated');
    expect(result.message).toBe('FAQ mise à jour : 20 questions.');
    const { entries, meta } = await readFaq(db, bundled2020Faq, NOW);
    expect(entries).toEqual(changed);
    expect(meta).toEqual({
      source: 'network',
      url: URL_JSON,
      etag: ETAG,
      lastModified: LAST_MODIFIED,
      updatedAt: NOW,
      checkedAt: NOW,
      version: 1,
      revision: faqRevision(changed),
      count: 20,
    });
  });

  it('sends no validators for the bundled copy, omits credentials and asks for JSON or HTML', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(json(documentOf(changed)));
    await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });
    const [call] = fetch.calls;
    expect(call?.url).toBe(URL_JSON);
    expect(call?.headers.has('If-None-Match')).toBe(false);
    expect(call?.headers.has('If-Modified-Since')).toBe(false);
    expect(call?.headers.get('Accept')).toContain('application/json');
    expect(call?.init?.credentials).toBe('omit');
  });

  it('accepts an HTML FAQ page (parsed without running its scripts)', async () => {
    const db = await seededDb();
    const subset = bundled2020Faq.slice(0, 15);
    const fetch = fakeFetch(html(page(subset), { ETag: ETAG }));
    const result = await refreshFaq({ db, url: URL_HTML, fetch, now: NOW });

    expect(result).toMatchObject({ status: 'updated', count: 15, format: 'html', changed: true });
    const { entries, meta } = await readFaq(db, bundled2020Faq, NOW);
    expect(entries.map((e) => e.id)).toEqual(subset.map((e) => e.id));
    expect(entries.map((e) => e.section)).toEqual(subset.map((e) => e.section));
    expect(entries.map(answerText)).toEqual(subset.map(answerText));
    expect(meta).toMatchObject({ source: 'network', url: URL_HTML, etag: ETAG, lastModified: null });
  });

  it('sniffs the format when the Content-Type is missing or generic', async () => {
    const db = await seededDb();
    const body = JSON.stringify(documentOf(changed));
    const fetch = fakeFetch(
      () => new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } }),
    );
    expect(await refreshFaq({ db, url: URL_JSON, fetch, now: NOW })).toMatchObject({
      status: 'updated',
      format: 'json',
    });
  });

  it('says so when the content did not change', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(json(documentOf(bundled2020Faq)));
    const result = await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });
    expect(result).toMatchObject({ status: 'updated', changed: false, messageKey: 'faq.refresh.unchanged' });
  });
});

describe('refreshFaq: conditional requests', () => {
  it('sends If-None-Match and If-Modified-Since from the stored meta; 304 keeps the cache', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(
      json(documentOf(changed), { ETag: ETAG, 'Last-Modified': LAST_MODIFIED }),
      () => new Response(null, { status: 304, headers: { ETag: ETAG } }),
    );
    await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });
    const result = await refreshFaq({ db, url: URL_JSON, fetch, now: NOW + 60_000 });

    expect(result).toMatchObject({ status: 'not-modified', messageKey: 'faq.refresh.notModified' });
    expect(result.message).toBe('La FAQ est déjà à jour.');
    const second = fetch.calls[1];
    expect(second?.headers.get('If-None-Match')).toBe(ETAG);
    expect(second?.headers.get('If-Modified-Since')).toBe(LAST_MODIFIED);
    const { entries, meta } = await readFaq(db, bundled2020Faq, NOW);
    expect(entries).toEqual(changed);
    expect(meta.updatedAt).toBe(NOW);
    expect(meta.checkedAt).toBe(NOW + 60_000);
  });

  it('does not send validators obtained from another URL', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(
      json(documentOf(changed), { ETag: ETAG, 'Last-Modified': LAST_MODIFIED }),
      html(page(changed)),
    );
    await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });
    await refreshFaq({ db, url: URL_HTML, fetch, now: NOW });
    expect(fetch.calls[1]?.headers.has('If-None-Match')).toBe(false);
    expect(fetch.calls[1]?.headers.has('If-Modified-Since')).toBe(false);
  });
});

describe('refreshFaq: rejected responses never replace the cache', () => {
  const broken = structuredClone(changed);
  (broken[3]?.answer[0] as { content: { text: string; href?: string }[] }).content = [
    { text: 'clic', href: 'javascript:alert(1)' },
  ];

  it.each([
    ['invalid JSON', json('{"version": 1, "entries": ['), 'invalid-json', 'faq.refresh.rejected.invalidJson'],
    ['JSON outside the schema', json({ hello: 'world' }), 'invalid-data', 'faq.refresh.rejected.invalidData'],
    [
      'JSON with a javascript: link',
      json(documentOf(broken)),
      'invalid-data',
      'faq.refresh.rejected.invalidData',
    ],
    [
      'JSON with no entries',
      json({ version: 1, sections: [], entries: [] }),
      'empty',
      'faq.refresh.rejected.empty',
    ],
    [
      'an HTML page without questions',
      html('<html><body><p>Maintenance</p></body></html>'),
      'empty',
      'faq.refresh.rejected.empty',
    ],
    ['an empty body', html(''), 'empty', 'faq.refresh.rejected.empty'],
    [
      'plain text',
      () => new Response('bonjour', { headers: { 'Content-Type': 'text/plain' } }),
      'unsupported-format',
      'faq.refresh.rejected.unsupportedFormat',
    ],
    [
      'an oversized body',
      html(`<p>${'x'.repeat(2_000_001)}</p>`),
      'too-large',
      'faq.refresh.rejected.tooLarge',
    ],
  ])('%s', async (_, response, reason, key) => {
    const db = await seededDb();
    const result = await refreshFaq({ db, url: URL_JSON, fetch: fakeFetch(response), now: NOW });
    expect(result).toMatchObject({ status: 'rejected', reason, messageKey: key });
    expect(result.message).toBe(faqRefreshMessages.fr[key as keyof typeof faqRefreshMessages.fr]);
    await expectCacheIntact(db);
  });

  it('an HTTP error status', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(() => new Response('<h2>Erreur</h2><p>Introuvable</p>', { status: 404 }));
    const result = await refreshFaq({ db, url: URL_HTML, fetch, now: NOW });
    expect(result).toMatchObject({ status: 'rejected', reason: 'http-status', params: { status: 404 } });
    expect(result.message).toBe('Le serveur a répondu 404 : la FAQ enregistrée est conservée.');
    await expectCacheIntact(db);
  });

  it('a truncated FAQ (fewer than half the cached entries), JSON or HTML', async () => {
    const db = await seededDb();
    const eleven = bundled2020Faq.slice(0, 11);
    for (const response of [json(documentOf(eleven)), html(page(eleven))]) {
      const result = await refreshFaq({ db, url: URL_HTML, fetch: fakeFetch(response), now: NOW });
      expect(result).toMatchObject({
        status: 'rejected',
        reason: 'truncated',
        params: { count: 11, current: 23 },
      });
      expect(result.message).toBe(
        'La FAQ reçue semble incomplète (11 questions au lieu de 23) : la FAQ enregistrée est conservée.',
      );
    }
    await expectCacheIntact(db);
    // Twelve of 23 is more than half: accepted.
    const twelve = await refreshFaq({
      db,
      url: URL_HTML,
      fetch: fakeFetch(html(page(bundled2020Faq.slice(0, 12)))),
      now: NOW,
    });
    expect(twelve).toMatchObject({ status: 'updated', count: 12 });
  });
});

describe('isTruncatedFaq', () => {
  it.each([
    [11, 23, true],
    [12, 23, false],
    [4, 10, true],
    [5, 10, false],
    [0, 1, true],
    [1, 1, false],
    [1, 0, false],
    [500, 23, false],
  ])('%i new for %i cached → %s', (count, current, truncated) => {
    expect(isTruncatedFaq(count, current)).toBe(truncated);
  });

  it('uses a 50 % threshold', () => {
    expect(FAQ_MIN_KEPT_RATIO).toBe(0.5);
  });
});

describe('refreshFaq: offline and failures', () => {
  it('reports offline (not an error) when fetch throws a TypeError', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await refreshFaq({ db, url: URL_JSON, fetch, now: NOW });
    expect(result).toEqual({
      status: 'offline',
      messageKey: 'faq.refresh.offline',
      params: {},
      message: 'Hors ligne : la FAQ enregistrée reste disponible.',
    });
    await expectCacheIntact(db);
  });

  it('gives up after its timeout and reports offline', async () => {
    const db = await seededDb();
    const hanging: FaqFetch = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    const result = await refreshFaq({ db, url: URL_JSON, fetch: hanging, now: NOW, timeoutMs: 20 });
    expect(result.status).toBe('offline');
    await expectCacheIntact(db);
  });

  it('reports a storage error when the new FAQ cannot be written, keeping the old one', async () => {
    const db = await seededDb();
    const readOnly = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'transaction')
          return (stores: never, mode?: IDBTransactionMode) => {
            if (mode === 'readwrite') throw new DOMException('Quota exceeded', 'QuotaExceededError');
            return target.transaction(stores, mode);
          };
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const result = await refreshFaq({
      db: readOnly,
      url: URL_JSON,
      fetch: fakeFetch(json(documentOf(changed))),
      now: NOW,
    });
    expect(result).toMatchObject({
      status: 'error',
      reason: 'storage',
      messageKey: 'faq.refresh.error.storage',
    });
    await expectCacheIntact(db);
  });

  it('never throws, even on a closed database', async () => {
    const db = await seededDb();
    db.close();
    const result = await refreshFaq({
      db,
      url: URL_JSON,
      fetch: fakeFetch(json(documentOf(changed))),
      now: NOW,
    });
    expect(result).toMatchObject({ status: 'error', reason: 'unexpected' });
  });

  it('has every message in French and English', () => {
    expect(Object.keys(faqRefreshMessages.en).sort()).toEqual(Object.keys(faqRefreshMessages.fr).sort());
  });
});
