import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { bundled2020Faq } from '@/lib/faq/data';
import {
  FAQ_MIN_KEPT_RATIO,
  type FaqFetch,
  faqRefreshMessages,
  isTruncatedFaq,
  MAX_RESPONSE_BYTES,
  refreshFaq,
} from '@/lib/faq/refresh';
import type { FaqDocument, FaqEntry } from '@/lib/faq/schema';
import { type FaqDatabase, faqRevision, openFaqDb, readFaq, seedIfEmpty } from '@/lib/faq/store';
import { answerText } from '@/lib/faq/text';
import { streamedBody } from '../streams';
import { htmlEntriesFromTree } from '@/lib/faq/html';
import { htmlTreeForTests } from './html-parser';

const htmlEntries = htmlEntriesFromTree(htmlTreeForTests);

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
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });

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
    await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
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
    const result = await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch, now: NOW });

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
    expect(await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW })).toMatchObject({
      status: 'updated',
      format: 'json',
    });
  });

  it('says so when the content did not change', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(json(documentOf(bundled2020Faq)));
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
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
    await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW + 60_000 });

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

  it('a 304 when nothing was downloaded from this address is not « déjà à jour » (issue 15, item 13)', async () => {
    const db = await seededDb();
    const notModified = () => new Response(null, { status: 304, headers: { ETag: ETAG } });
    const result = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: fakeFetch(notModified),
      now: NOW,
    });
    expect(result).toMatchObject({ status: 'rejected', reason: 'http-status', params: { status: 304 } });
    expect(result.message).toBe('Le serveur a répondu 304 : la FAQ enregistrée est conservée.');
    const { meta } = await readFaq(db, bundled2020Faq, NOW);
    expect(meta).toMatchObject({ source: 'bundled', checkedAt: null });

    // The same after a copy from another address (no validators were sent for this one).
    await refreshFaq({
      htmlEntries,
      db,
      url: URL_HTML,
      fetch: fakeFetch(html(page(changed)), notModified),
      now: NOW,
    });
    const other = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: fakeFetch(notModified),
      now: NOW + 1,
    });
    expect(other).toMatchObject({ status: 'rejected', reason: 'http-status' });
  });

  it('does not send validators obtained from another URL', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(
      json(documentOf(changed), { ETag: ETAG, 'Last-Modified': LAST_MODIFIED }),
      html(page(changed)),
    );
    await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
    await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch, now: NOW });
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
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch: fakeFetch(response), now: NOW });
    expect(result).toMatchObject({ status: 'rejected', reason, messageKey: key });
    expect(result.message).toBe(faqRefreshMessages.fr[key as keyof typeof faqRefreshMessages.fr]);
    await expectCacheIntact(db);
  });

  it('an HTTP error status', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(() => new Response('<h2>Erreur</h2><p>Introuvable</p>', { status: 404 }));
    const result = await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch, now: NOW });
    expect(result).toMatchObject({ status: 'rejected', reason: 'http-status', params: { status: 404 } });
    expect(result.message).toBe('Le serveur a répondu 404 : la FAQ enregistrée est conservée.');
    await expectCacheIntact(db);
  });

  it('a truncated FAQ (fewer than half the entries of the copy from the same address), JSON or HTML', async () => {
    const db = await seededDb();
    const first = await refreshFaq({
      htmlEntries,
      db,
      url: URL_HTML,
      fetch: fakeFetch(html(page(bundled2020Faq))),
      now: NOW,
    });
    expect(first).toMatchObject({ status: 'updated', count: 23 });
    const eleven = bundled2020Faq.slice(0, 11);
    for (const response of [json(documentOf(eleven)), html(page(eleven))]) {
      const result = await refreshFaq({
        htmlEntries,
        db,
        url: URL_HTML,
        fetch: fakeFetch(response),
        now: NOW,
      });
      expect(result).toMatchObject({
        status: 'rejected',
        reason: 'truncated',
        params: { count: 11, current: 23 },
      });
      expect(result.message).toBe(
        'La FAQ reçue semble incomplète (11 questions au lieu de 23) : la FAQ enregistrée est conservée.',
      );
    }
    const kept = await readFaq(db, bundled2020Faq, NOW);
    expect(kept.entries.map((e) => e.id)).toEqual(bundled2020Faq.map((e) => e.id));
    expect(kept.meta).toMatchObject({ source: 'network', url: URL_HTML, count: 23 });
    // Twelve of 23 is more than half: accepted.
    const twelve = await refreshFaq({
      htmlEntries,
      db,
      url: URL_HTML,
      fetch: fakeFetch(html(page(bundled2020Faq.slice(0, 12)))),
      now: NOW,
    });
    expect(twelve).toMatchObject({ status: 'updated', count: 12 });
  });
});

describe('refreshFaq: the truncation rule applies to a newer copy from the same address only (issue 15, item 8)', () => {
  const eight = bundled2020Faq.slice(0, 8);

  it('a genuine small FAQ (an academy’s 8 questions) replaces the bundled copy of 23', async () => {
    const db = await seededDb();
    for (const response of [json(documentOf(eight)), html(page(eight))]) {
      const fresh = await seededDb();
      const result = await refreshFaq({
        htmlEntries,
        db: fresh,
        url: URL_HTML,
        fetch: fakeFetch(response),
        now: NOW,
      });
      expect(result).toMatchObject({ status: 'updated', count: 8 });
      expect((await readFaq(fresh, bundled2020Faq, NOW)).entries).toHaveLength(8);
    }
    // And it stays accepted on the next refreshes (it is now the copy of that address).
    await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch: fakeFetch(json(documentOf(eight))), now: NOW });
    const again = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: fakeFetch(json(documentOf(eight))),
      now: NOW + 1,
    });
    expect(again).toMatchObject({ status: 'updated', count: 8, changed: false });
  });

  it('a copy from another address is not compared with the cached one', async () => {
    const db = await seededDb();
    await refreshFaq({
      htmlEntries,
      db,
      url: URL_HTML,
      fetch: fakeFetch(html(page(bundled2020Faq))),
      now: NOW,
    });
    const three = bundled2020Faq.slice(0, 3);
    const result = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: fakeFetch(json(documentOf(three))),
      now: NOW,
    });
    expect(result).toMatchObject({ status: 'updated', count: 3 });
    // …but from then on a copy of that address is: 1 of 3 is truncated.
    const one = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: fakeFetch(json(documentOf(three.slice(0, 1)))),
      now: NOW,
    });
    expect(one).toMatchObject({ status: 'rejected', reason: 'truncated', params: { count: 1, current: 3 } });
  });

  it('whatever the sizes, a bundled cache never makes a valid FAQ « truncated » (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 23 }),
        fc.integer({ min: 1, max: 23 }),
        async (cached, received) => {
          const db = await seededDb(bundled2020Faq.slice(0, cached));
          const result = await refreshFaq({
            htmlEntries,
            db,
            url: URL_JSON,
            fetch: fakeFetch(json(documentOf(bundled2020Faq.slice(0, received)))),
            now: NOW,
          });
          expect(result.status).toBe('updated');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('refreshFaq: the body is streamed and cut past the limit (issue 15, item 5)', () => {
  it('an endless body without Content-Length: refused as too large, reading stops', async () => {
    const db = await seededDb();
    const { stream, counter } = streamedBody();
    const fetch = fakeFetch(() => new Response(stream, { headers: { 'Content-Type': 'text/html' } }));
    const result = await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch, now: NOW });
    expect(result).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(counter.cancelled).toBe(true);
    expect(counter.sent).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 64 * 1024);
    await expectCacheIntact(db);
  });

  it('a 50 MB body without Content-Length is not read past the limit', async () => {
    const db = await seededDb();
    const { stream, counter } = streamedBody(256 * 1024, 50 * 1024 * 1024);
    const fetch = fakeFetch(() => new Response(stream, { headers: { 'Content-Type': 'application/json' } }));
    expect(await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW })).toMatchObject({
      reason: 'too-large',
    });
    expect(counter.sent).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 256 * 1024);
  });

  it('a Content-Length above the limit: nothing is read', async () => {
    const db = await seededDb();
    const { stream, counter } = streamedBody();
    const fetch = fakeFetch(
      () => new Response(stream, { headers: { 'Content-Type': 'text/html', 'Content-Length': '50000000' } }),
    );
    expect(await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch, now: NOW })).toMatchObject({
      reason: 'too-large',
    });
    expect(counter.sent).toBe(0);
  });

  it('a body under the limit, streamed in small chunks (split UTF-8 characters), is read whole', async () => {
    const db = await seededDb();
    const bytes = new TextEncoder().encode(JSON.stringify(documentOf(changed)));
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += 7)));
      },
    });
    const fetch = fakeFetch(() => new Response(stream, { headers: { 'Content-Type': 'application/json' } }));
    expect(await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW })).toMatchObject({
      status: 'updated',
    });
    expect((await readFaq(db, bundled2020Faq, NOW)).entries).toEqual(changed);
  });
});

/** A response as `fetch` gives it after following redirects to `finalUrl`. */
function redirectedTo(finalUrl: string, response: () => Response) {
  return () => {
    const r = response();
    Object.defineProperty(r, 'url', { value: finalUrl });
    Object.defineProperty(r, 'redirected', { value: finalUrl !== '' });
    return r;
  };
}

describe('refreshFaq: redirects and links (issue 15, item 10)', () => {
  it.each([
    ['another origin', 'https://evil.example/faq.json'],
    ['another host of the same site', 'https://other.compagnon.example/faq.json'],
    ['another port', 'https://compagnon.example:8443/faq.json'],
    ['http on the same host', 'http://compagnon.example/faq.json'],
  ])('a redirect to %s is refused, nothing stored', async (_, finalUrl) => {
    const db = await seededDb();
    const fetch = fakeFetch(redirectedTo(finalUrl, json(documentOf(changed))));
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
    expect(result).toMatchObject({
      status: 'rejected',
      reason: 'redirected',
      messageKey: 'faq.refresh.rejected.redirected',
      params: { origin: new URL(finalUrl).origin },
    });
    await expectCacheIntact(db);
  });

  it('a redirect within the same origin is followed', async () => {
    const db = await seededDb();
    const fetch = fakeFetch(redirectedTo('https://compagnon.example/v2/faq.json', json(documentOf(changed))));
    expect(await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW })).toMatchObject({
      status: 'updated',
    });
    expect((await readFaq(db, bundled2020Faq, NOW)).meta.url).toBe(URL_JSON);
  });

  it('an http address is refused unless the caller allows it (the e2e hook)', async () => {
    const db = await seededDb();
    const url = 'http://127.0.0.1:8080/faq.json';
    const fetch = fakeFetch(redirectedTo(url, json(documentOf(changed))));
    expect(await refreshFaq({ htmlEntries, db, url, fetch, now: NOW })).toMatchObject({
      reason: 'redirected',
    });
    expect(await refreshFaq({ htmlEntries, db, url, fetch, now: NOW, allowHttp: true })).toMatchObject({
      status: 'updated',
    });
  });

  it('links in answers are https only: an HTML page keeps an http link’s text, a JSON file is refused', async () => {
    const db = await seededDb();
    const withHttp = `<details><summary>Où ?</summary><p>Sur <a href="http://apps.education.fr/">le portail</a> ou <a href="https://apps.education.fr/aide">l'aide</a>.</p></details>`;
    const htmlPage = `<h2>S</h2>${withHttp}`;
    await refreshFaq({ htmlEntries, db, url: URL_HTML, fetch: fakeFetch(html(htmlPage)), now: NOW });
    const { entries } = await readFaq(db, bundled2020Faq, NOW);
    expect(entries[0]?.answer).toEqual([
      {
        type: 'p',
        content: [
          { text: 'Sur le portail ou ' },
          { text: "l'aide", href: 'https://apps.education.fr/aide' },
          { text: '.' },
        ],
      },
    ]);
    const http = structuredClone(changed);
    (http[0]?.answer[0] as { content: { text: string; href?: string }[] }).content = [
      { text: 'portail', href: 'http://apps.education.fr/' },
    ];
    const fresh = await seededDb();
    expect(
      await refreshFaq({
        htmlEntries,
        db: fresh,
        url: URL_JSON,
        fetch: fakeFetch(json(documentOf(http))),
        now: NOW,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'invalid-data' });
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
    const result = await refreshFaq({ htmlEntries, db, url: URL_JSON, fetch, now: NOW });
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
    const result = await refreshFaq({
      htmlEntries,
      db,
      url: URL_JSON,
      fetch: hanging,
      now: NOW,
      timeoutMs: 20,
    });
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
      htmlEntries,
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
      htmlEntries,
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
