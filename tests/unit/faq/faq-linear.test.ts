import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faqEntriesFromTree, MAX_LIST_DEPTH } from '@/lib/faq/html';
import { htmlTreeFromDom } from '@/lib/faq/html-tree';
import { parseFaqHtmlForTests as parseFaqHtml, parseHtmlForTests } from './html-parser';
import { faqEntrySchema, MAX_ANSWER_CHARS, type FaqEntry } from '@/lib/faq/schema';
import { bestWindow, createFaqIndex, joinLines } from '@/lib/faq/search';
import { answerText } from '@/lib/faq/text';

// Issue 15, item 3: FAQ search and import were super-linear on inputs that pass every size check.
// No wall-clock thresholds: operation counts, or the ratio of two sizes measured in the same run
// (linear: about the size ratio; quadratic: its square).

/** Best of five runs, in ms. */
function best(fn: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return Math.max(min, 0.05);
}

/** Time ratio for inputs `factor` times larger; linear code stays well under factor². */
function growth(make: (size: number) => () => unknown, size: number, factor: number): number {
  make(size)(); // warm-up
  return best(make(size * factor)) / best(make(size));
}

const entry = (text: string, id = 'a'): FaqEntry => ({
  id,
  question: 'Question ?',
  section: 'S',
  answer: [{ type: 'p', content: [{ text }] }],
});

describe('whitespace around line breaks', () => {
  it('is joined as before', () => {
    expect(joinLines('a \n\n b\nc  d\t\ne')).toBe('a b c  d e');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', 'é') }), (text) => {
        expect(joinLines(text)).toBe(text.replace(/\s*\n\s*/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('a long run of spaces: index build time grows linearly', () => {
    const make = (n: number) => () => createFaqIndex([entry(`a${' '.repeat(n)}b`)]);
    expect(growth(make, 3000, 16)).toBeLessThan(64);
  });
});

/** The former snippet window: for each match, copy the tail and count distinct terms. */
function naiveAnchor(matches: { start: number; end: number; terms: string[] }[], span: number): number {
  let anchor = 0;
  let bestCount = 0;
  for (const [i, first] of matches.entries()) {
    const distinct = new Set<string>();
    for (const match of matches.slice(i)) {
      if (match.end - first.start > span) break;
      for (const term of match.terms) distinct.add(term);
    }
    if (distinct.size > bestCount) {
      bestCount = distinct.size;
      anchor = first.start;
    }
  }
  return anchor;
}

describe('snippet window', () => {
  const matchList = fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }),
      ),
      {
        maxLength: 60,
      },
    )
    .map((parts) => {
      let at = 0;
      return parts.map(([gap, length, terms]) => {
        const start = at + gap;
        at = start + length;
        return { start, end: at, terms };
      });
    });

  it('chooses the same window as the former quadratic code (property)', () => {
    fc.assert(
      fc.property(matchList, fc.integer({ min: 1, max: 200 }), (matches, span) => {
        expect(bestWindow(matches, span).anchor).toBe(naiveAnchor(matches, span));
      }),
      { numRuns: 3000 },
    );
  });

  it('does at most two steps per match, whatever the input (operation count)', () => {
    for (const count of [10, 1000, 100_000]) {
      const matches = Array.from({ length: count }, (_, i) => ({
        start: i * 6,
        end: i * 6 + 5,
        terms: ['quota'],
      }));
      expect(bestWindow(matches, 120).steps).toBeLessThanOrEqual(2 * count);
    }
  });

  it('a FAQ whose answers repeat the query word: query time grows linearly', () => {
    const make = (n: number) => {
      const index = createFaqIndex(Array.from({ length: 10 }, (_, i) => entry('quota '.repeat(n), `e${i}`)));
      index.search('quota'); // the answers' words are computed at the first hit
      return () => index.search('quota');
    };
    expect(growth(make, 1000, 16)).toBeLessThan(48);
  });
});

describe('lists in an HTML FAQ', () => {
  const page = (n: number) =>
    `<details><summary>Q ?</summary><ul><li>${'<ul><li>x</li></ul>y'.repeat(n)}</li></ul></details>`;

  it('an item with many nested lists: reading the tree grows linearly', () => {
    // The page is parsed by the platform's DOMParser; what is ours, and timed, is reading its tree.
    // Linear measured about 26 for 16× (allocation and GC); the former code about 256.
    const reading = (n: number) => {
      const tree = htmlTreeFromDom(parseHtmlForTests(page(n)));
      return () => faqEntriesFromTree(tree, 'https://a.example/');
    };
    expect(growth(reading, 2000, 16)).toBeLessThan(100);
  });

  it('nesting is capped: deeper lists are read as their item’s text, nothing lost', () => {
    const depth = MAX_LIST_DEPTH + 12;
    let html = 'fond';
    for (let i = depth; i > 0; i--) html = `<ul><li>niveau ${i} ${html}</li></ul>`;
    const [parsed] = parseFaqHtml(`<details><summary>Q ?</summary>${html}</details>`, 'https://a.example/');
    const text = answerText(parsed as FaqEntry);
    expect(text.split('\n')).toHaveLength(MAX_LIST_DEPTH);
    for (let i = 1; i <= depth; i++) expect(text).toMatch(new RegExp(`niveau ${i}\\b`));
    expect(text).toContain('fond');
  });
});

describe('total answer size', () => {
  it('an answer over MAX_ANSWER_CHARS is refused, split in blocks or not', () => {
    const inline = { text: 'x'.repeat(10_000) };
    const blocks = (n: number) =>
      Array.from({ length: n }, () => ({ type: 'p' as const, content: [inline] }));
    const ok = Math.floor(MAX_ANSWER_CHARS / 10_000);
    expect(faqEntrySchema.safeParse({ ...entry('a'), answer: blocks(ok) }).success).toBe(true);
    expect(faqEntrySchema.safeParse({ ...entry('a'), answer: blocks(ok + 1) }).success).toBe(false);
    const list = { type: 'ul' as const, items: Array.from({ length: ok + 1 }, () => [inline]) };
    expect(faqEntrySchema.safeParse({ ...entry('a'), answer: [list] }).success).toBe(false);
    const page = `<details><summary>Q ?</summary>${'<p>mot</p>'.repeat(20_000)}</details>`;
    expect(parseFaqHtml(page, 'https://a.example/')).toEqual([]);
  });
});

describe('an answer far over the cap (issue 15, item 3: worst-case budget)', () => {
  const item = '<ul><li>x</li></ul>y';
  const treeOf = (n: number) =>
    htmlTreeFromDom(
      parseHtmlForTests(`<details><summary>Q ?</summary><ul><li>${item.repeat(n)}</li></ul></details>`),
    );

  it('is refused as before, but read only up to the cap: 10× the page costs about the same', () => {
    const big = treeOf(90_000);
    const capped = treeOf(26_000); // ~52,000 characters: just past MAX_ANSWER_CHARS
    const time = (tree: ReturnType<typeof treeOf>) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        faqEntriesFromTree(tree, 'https://apps.education.fr/faq');
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    expect(faqEntriesFromTree(big, 'https://apps.education.fr/faq')).toEqual([]);
    expect(faqEntriesFromTree(capped, 'https://apps.education.fr/faq')).toEqual([]);
    // A ratio in one run, not a time budget: reading the whole answer gave ~3.5× (90,000 vs 26,000 repeats).
    expect(time(big) / Math.max(time(capped), 1)).toBeLessThan(2);
  });

  it('an answer just under the cap is still read whole', () => {
    const n = 15_000; // ~30,000 characters, under MAX_ANSWER_CHARS (and the item count limit)
    const [entry] = faqEntriesFromTree(treeOf(n), 'https://apps.education.fr/faq');
    const list = entry?.answer[0];
    // Every "x" item and the "y" text after each nested list: nothing cut by the budget.
    expect(list?.type === 'ul' ? list.items.length : 0).toBeGreaterThanOrEqual(n);
  });
});
