/**
 * The minimum-relevance rule of the FAQ search. BM25 with OR always finds *something* (one common
 * word, or a one-letter typo of it, is enough), and a teacher who asks about a thing the FAQ does not
 * cover must read « Aucune réponse ne correspond », not a list of unrelated entries. Two conditions:
 *
 * 1. Coverage: a hit matches at least two of the query's words (all of them when it has fewer), and
 *    at least half of a longer query's words. Stop words do not count. A word counts as matched
 *    whether it matched exactly, by its stem, as a prefix or with the forgiven typo, so the typo
 *    tolerance of the search is kept.
 * 2. Tail: a hit scoring under MIN_SHARE_OF_BEST of the best hit is dropped (a typo match of a
 *    common word far below a real answer).
 */

/**
 * Words of a question's wording that say nothing of its subject (folded): searched like the others,
 * but not counted by the coverage rule, so « je voudrais savoir comment… » is judged on what follows.
 */
export const QUERY_FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'aimerai aimerais besoin cherche chercher dois doit faire fais fait merci peux pourrai pourrais ' +
    'savoir souhaite souhaiterais veux voudrai voudrais'
  ).split(' '),
);

/** Share of a long query's words a hit must match, rounded up. */
export const MIN_QUERY_COVERAGE = 0.5;
/** Words a hit must match at least (fewer only when the query has fewer). */
export const MIN_MATCHED_WORDS = 2;
/** A hit below this share of the best hit's score is not shown. */
export const MIN_SHARE_OF_BEST = 0.1;

/** How many of `wordCount` query words a hit must match. */
export function requiredWords(wordCount: number): number {
  return Math.min(wordCount, Math.max(MIN_MATCHED_WORDS, Math.ceil(wordCount * MIN_QUERY_COVERAGE)));
}

/**
 * `queryWords`: for each word of the query, its search terms (folded form, stem, synonyms).
 * `matched`: the query terms a hit matched (MiniSearch's `queryTerms`).
 */
export function coversQuery(queryWords: readonly (readonly string[])[], matched: readonly string[]): boolean {
  const words = queryWords.filter((terms) => !QUERY_FILLER_WORDS.has(terms[0] ?? ''));
  // A query of filler words only ("je voudrais savoir") is judged on all its words.
  const counted = words.length > 0 ? words : queryWords;
  if (counted.length === 0) return false;
  const found = new Set(matched);
  const covered = counted.filter((terms) => terms.some((term) => found.has(term))).length;
  return covered >= requiredWords(counted.length);
}

/** The hits that pass both conditions, in their order (best first). */
export function relevantHits<T extends { score: number; queryTerms: string[] }>(
  results: readonly T[],
  queryWords: readonly (readonly string[])[],
): T[] {
  const covering = results.filter((result) => coversQuery(queryWords, result.queryTerms));
  const best = covering[0]?.score ?? 0;
  return covering.filter((result) => result.score >= best * MIN_SHARE_OF_BEST);
}
