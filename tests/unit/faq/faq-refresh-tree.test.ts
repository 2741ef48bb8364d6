import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseFaqResponse, refreshFaq } from '@/lib';
import { bundled2020Faq } from '@/lib/faq/data';
import { openFaqDb, readFaq, seedIfEmpty } from '@/lib/faq/store';
import { htmlTreeForTests } from './html-parser';

// lib/index.ts keeps `refreshFaq` and `parseFaqResponse` with a tree maker (`htmlTree`), as before
// issue 16 moved the worker's HTML reading to the offscreen document (lib/faq/refresh-tree.ts).

const PAGE =
  '<!doctype html><html><body><h1>FAQ</h1><h2>Compte</h2>' +
  '<details><summary>Comment créer un compte ?</summary><p>Depuis La Boîte.</p></details>' +
  '<details><summary>Mot de passe oublié ?</summary><p>Le lien « oublié ».</p></details></body></html>';
const htmlResponse = () =>
  new Response(PAGE, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });

describe('the library’s FAQ refresh with a tree maker', () => {
  it('parseFaqResponse reads an HTML page through `htmlTree`', async () => {
    const parsed = await parseFaqResponse(
      PAGE,
      'text/html',
      'https://apps.education.fr/faq',
      htmlTreeForTests,
    );
    expect(parsed).toMatchObject({ ok: true, format: 'html' });
    expect(parsed.ok && parsed.entries.map((e) => e.question)).toEqual([
      'Comment créer un compte ?',
      'Mot de passe oublié ?',
    ]);
  });

  it('without a tree maker, an HTML page is refused as unsupported', async () => {
    expect(await parseFaqResponse(PAGE, 'text/html', 'https://apps.education.fr/faq')).toEqual({
      ok: false,
      reason: 'unsupported-format',
    });
  });

  it('refreshFaq stores the entries of an HTML page read through `htmlTree`', async () => {
    const db = await openFaqDb({ idbFactory: new IDBFactory() });
    try {
      await seedIfEmpty(db, bundled2020Faq, 0);
      const result = await refreshFaq({
        db,
        url: 'https://apps.education.fr/faq',
        fetch: async () => htmlResponse(),
        htmlTree: htmlTreeForTests,
        now: 1,
      });
      expect(result).toMatchObject({ status: 'updated', count: 2, format: 'html' });
      expect((await readFaq(db, bundled2020Faq, 1)).entries.map((e) => e.section)).toEqual([
        'Compte',
        'Compte',
      ]);
    } finally {
      db.close();
    }
  });
});
