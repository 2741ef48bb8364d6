/**
 * The FAQ engine of lib/faq/search.ts against the MiniSearch search it replaced (issue 16): the same
 * hits in the same order with the same scores, on the real FAQ and on the generated French corpus of
 * tests/fixtures/faq-corpus; and the same results from an index saved and loaded back.
 */
import { describe, expect, it } from 'vitest';
import { bundledFaq } from '@/lib/faq/data';
import { localizeFaq } from '@/lib/faq/era';
import { faqEntriesSchema } from '@/lib/faq/schema';
import { createFaqIndex, joinLines, loadFaqIndex, makeSnippet } from '@/lib/faq/search';
import { answerText } from '@/lib/faq/text';
import { frenchFaqCorpus, frenchFaqQueries } from '@/tests/fixtures/faq-corpus/corpus';
import { createTodayIndex } from '@/tests/fixtures/faq-corpus/minisearch-today';

/** Real queries (from the relevance tests) and awkward ones. */
const REAL_QUERIES = [
  'mot de passe',
  'élèves',
  'quota',
  "partager avec un collègue d'une autre académie",
  'données perdues',
  'créer un compte',
  'courriel de validation',
  'hebergement',
  'ouvrir mon nuaje',
  'identifiant de fédératon',
  'guichet academiqe',
  'me conecter',
  'partajer un fichier autre académie',
  'où sont les vidéos',
  'auth.apps.education.fr',
  'nuage03',
  'mdp',
  'visio',
  'mail',
  'je voudrais savoir',
  'fiche de paie',
  'xylophone',
  'acad',
  'nextclou',
  'quota quota quota',
  'de la',
  `${'quota '.repeat(50)}`,
];

function expectSameAsToday(
  entries: Parameters<typeof createFaqIndex>[0],
  queries: readonly string[],
  prefers: readonly ('today' | '2020' | undefined)[] = [undefined],
) {
  const ours = createFaqIndex(entries);
  const today = createTodayIndex(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const prefer of prefers) {
    for (const query of queries) {
      const a = ours.search(query, { prefer });
      const b = today.search(query, { prefer });
      expect(
        a.map((hit) => hit.id),
        `${query} (${prefer})`,
      ).toEqual(b.map((hit) => hit.id));
      a.forEach((hit, i) => {
        const before = b[i]!;
        expect(hit.score).toBeCloseTo(before.score, 6);
        // The snippet and its marks, as the old search made them from MiniSearch's matched terms.
        const answer = joinLines(answerText(byId.get(hit.id)!));
        const { snippet, highlights } = makeSnippet(answer, new Set(before.terms));
        expect({ snippet: hit.snippet, highlights: hit.highlights }).toEqual({ snippet, highlights });
      });
    }
  }
}

describe('the FAQ engine ranks as MiniSearch did', () => {
  it('on the bundled FAQ, in French and in English, on either platform', () => {
    expectSameAsToday(bundledFaq, REAL_QUERIES, [undefined, 'today', '2020']);
    expectSameAsToday(
      localizeFaq(bundledFaq, 'en'),
      [...REAL_QUERIES, 'federation ID', 'password'],
      [undefined, '2020'],
    );
  });

  it('on 400 generated French entries, every kind of query', () => {
    const corpus = frenchFaqCorpus(400, 7);
    expectSameAsToday(
      corpus,
      frenchFaqQueries(corpus, 10).map((q) => q.query),
    );
  });
});

describe('a saved index', () => {
  it('loads back (structured clone, as IndexedDB stores it) and searches exactly as the built one', () => {
    const corpus = frenchFaqCorpus(300, 3);
    const built = createFaqIndex(corpus);
    const loaded = loadFaqIndex(structuredClone(built.toData()), corpus);
    expect(loaded).not.toBeNull();
    for (const { query } of frenchFaqQueries(corpus, 8)) {
      expect(loaded?.search(query)).toEqual(built.search(query));
    }
  });

  it('is refused for other entries (other ids or another order)', () => {
    const data = createFaqIndex(bundledFaq).toData();
    expect(loadFaqIndex(data, bundledFaq)).not.toBeNull();
    expect(loadFaqIndex(data, [...bundledFaq].reverse())).toBeNull();
    expect(loadFaqIndex(data, bundledFaq.slice(1))).toBeNull();
    expect(loadFaqIndex(null, bundledFaq)).toBeNull();
  });
});

describe('the generated French corpus (tests/fixtures/faq-corpus)', () => {
  const corpus = frenchFaqCorpus(1000);

  it('is the same for the same seed, and valid FAQ entries', () => {
    expect(frenchFaqCorpus(50, 99)).toEqual(frenchFaqCorpus(50, 99).map((entry) => ({ ...entry })));
    expect(frenchFaqCorpus(20, 1)[0]?.question).not.toBe(frenchFaqCorpus(20, 2)[0]?.question);
    expect(faqEntriesSchema.safeParse(corpus.map(({ topic: _, ...entry }) => entry)).success).toBe(true);
  });

  it('has FAQ-like lengths, real morphology and a large vocabulary', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const questions = corpus.map((entry) => words(entry.question));
    const answers = corpus.map((entry) => words(answerText(entry)));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(questions)).toBeGreaterThan(8);
    expect(mean(questions)).toBeLessThan(12);
    expect(Math.min(...answers)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...answers)).toBeLessThanOrEqual(170);
    const text = corpus.map((entry) => `${entry.question} ${answerText(entry)}`).join(' ');
    expect(new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).size).toBeGreaterThan(4000);
    // Elisions, accents, plurals in -aux, participles agreed, -issent verbs.
    for (const pattern of [
      /\bl'[aeéiou]/,
      /\bd'[aeéiou]/,
      /\bn'[aeéiou]/,
      /é/,
      /\w+aux\b/,
      /\w+ées\b/,
      /\w+issent\b/,
    ])
      expect(text).toMatch(pattern);
  });

  it('has queries of every kind, with an expected entry of the corpus (or none)', () => {
    const queries = frenchFaqQueries(corpus);
    const ids = new Set(corpus.map((entry) => entry.id));
    const kinds = new Set(queries.map((q) => q.kind));
    expect([...kinds].sort()).toEqual([
      'exact',
      'no-accents',
      'no-answer',
      'prefix',
      'question',
      'stem',
      'typo',
    ]);
    for (const q of queries) expect(q.expected === null || ids.has(q.expected)).toBe(true);
    expect(queries.filter((q) => q.kind === 'no-accents').every((q) => !/[àâéèêëîïôûüç]/.test(q.query))).toBe(
      true,
    );
  });
});
