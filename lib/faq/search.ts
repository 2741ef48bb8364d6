/**
 * Offline FAQ search: MiniSearch (BM25) with the French term processor of ./french.ts.
 * Questions weigh more than answers; prefix search lets results follow typing; one typo is forgiven
 * on words of five letters or more. Search never throws: a bad query gives no hits.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { eraBoost, eraOf } from './era';
import { processFrenchTerm, tokenizeFrench } from './french';
import { relevantHits } from './relevance';
import type { FaqEntry, FaqEra } from './schema';
import { answerText } from './text';

export interface FaqHighlight {
  /** Offset in `snippet` (UTF-16 code units), inclusive. */
  start: number;
  /** Offset in `snippet`, exclusive. */
  end: number;
}

export interface FaqHit {
  id: string;
  question: string;
  section: string;
  /** Plain text of the answer around its best match ("…" marks cuts). */
  snippet: string;
  /** Matched words in `snippet`, for <mark> rendering without innerHTML. */
  highlights: FaqHighlight[];
  score: number;
}

export interface FaqSearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /** The part whose answers rank first when they answer as well (./era.ts, `preferredEra`). */
  prefer?: FaqEra;
}

export interface FaqIndex {
  search(query: string, options?: FaqSearchOptions): FaqHit[];
}

export const FAQ_SEARCH_BOOST = { question: 4, section: 0.5, answer: 1 } as const;

const DEFAULT_LIMIT = 10;
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TOKENS = 12;
const MIN_PREFIX_STEM = 5;
const SNIPPET_LENGTH = 160;
/** Context kept before the first match of the snippet. */
const SNIPPET_LEAD = 40;

/**
 * Words people type that the FAQ spells differently (query side only). Keys and values are folded;
 * a value may hold several words.
 */
const QUERY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['mail', 'courriel'],
  ['email', 'courriel'],
  ['mel', 'courriel'],
  ['mdp', 'mot passe'],
  ['nuage', 'cloud'],
  ['nextcloud', 'cloud'],
  ['visio', 'webconference'],
  ['visioconference', 'webconference'],
  // « Nuage plein » : the 2020 FAQ's answer is about quotas.
  ['plein', 'quota'],
]);

function processQueryTerm(token: string): string[] | null {
  const terms = processFrenchTerm(token);
  if (!terms) return null;
  const synonym = QUERY_SYNONYMS.get(terms[0] ?? '');
  if (!synonym) return terms;
  const extra = tokenizeFrench(synonym).flatMap((word) => processFrenchTerm(word) ?? []);
  return [...terms, ...extra];
}

interface IndexedEntry {
  id: string;
  question: string;
  section: string;
  answer: string;
  era: FaqEra;
  /** The answer's words and their index terms, computed at the first hit (snippets need them). */
  words?: AnswerWord[];
}

/**
 * Whitespace around line breaks becomes one space. Linear, where the former pattern (optional
 * spaces, a line break, optional spaces) backtracked over every run of spaces without a line break:
 * quadratic, a 20,000-space run took 0.17 s per tab opening.
 */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

export function createFaqIndex(entries: readonly FaqEntry[]): FaqIndex {
  const byId = new Map<string, IndexedEntry>();
  for (const entry of entries) {
    // Duplicate ids would make MiniSearch throw; the first one wins.
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, {
      id: entry.id,
      question: entry.question,
      section: entry.section,
      answer: joinLines(answerText(entry)),
      era: eraOf(entry),
    });
  }

  const miniSearch = new MiniSearch<IndexedEntry>({
    fields: ['question', 'section', 'answer'],
    tokenize: tokenizeFrench,
    processTerm: processFrenchTerm,
    searchOptions: {
      boost: FAQ_SEARCH_BOOST,
      processTerm: processQueryTerm,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: 'OR',
    },
  });
  miniSearch.addAll([...byId.values()]);

  return {
    search(query, options = {}) {
      try {
        if (typeof query !== 'string') return [];
        const requested = options.limit ?? DEFAULT_LIMIT;
        const limit = Number.isNaN(requested) ? DEFAULT_LIMIT : Math.max(0, Math.floor(requested));
        // Bounded work whatever is pasted in: a long query is cut to its first words.
        const tokens = tokenizeFrench(query.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TOKENS);
        const last = tokens[tokens.length - 1];
        if (last === undefined || limit === 0) return [];
        // Prefix search on the word being typed (the last one), and on long stems of finished words
        // (academi → academique); never on the short stems of finished words (cre → creteil).
        const typing = new Set(processQueryTerm(last) ?? []);
        const prefix = (term: string) => typing.has(term) || term.length >= MIN_PREFIX_STEM;
        const { prefer } = options;
        const boostDocument = (id: unknown) => eraBoost(byId.get(String(id))?.era ?? 'today', prefer);
        // Minimum relevance (./relevance.ts): a hit must match enough of the query's words.
        const words = tokens.map((token) => processQueryTerm(token)).filter((terms) => terms !== null);
        return relevantHits(miniSearch.search(tokens.join(' '), { prefix, boostDocument }), words)
          .slice(0, limit)
          .flatMap((result) => {
            const entry = byId.get(String(result.id));
            return entry ? [toHit(entry, result)] : [];
          });
      } catch {
        return [];
      }
    },
  };
}

function toHit(entry: IndexedEntry, result: SearchResult): FaqHit {
  // Stemming a whole answer costs more than the search itself: do it once per entry, not per query.
  entry.words ??= answerWords(entry.answer);
  const { snippet, highlights } = makeSnippet(
    entry.answer,
    new Set(result.terms),
    SNIPPET_LENGTH,
    entry.words,
  );
  return {
    id: entry.id,
    question: entry.question,
    section: entry.section,
    snippet,
    highlights,
    score: result.score,
  };
}

interface WordMatch {
  start: number;
  end: number;
  terms: string[];
}

/** A word of an answer, its offsets and its index terms. */
type AnswerWord = WordMatch;

function answerWords(text: string): AnswerWord[] {
  const words: AnswerWord[] = [];
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const terms = processFrenchTerm(word[0]) ?? [];
    if (terms.length > 0) words.push({ start: word.index, end: word.index + word[0].length, terms });
  }
  return words;
}

/** Words whose index terms are among `matched`, with their offsets. */
function findMatches(words: readonly AnswerWord[], matched: ReadonlySet<string>): WordMatch[] {
  const found: WordMatch[] = [];
  for (const word of words) {
    const terms = word.terms.filter((term) => matched.has(term));
    if (terms.length > 0) found.push({ ...word, terms });
  }
  return found;
}

/**
 * The start of the window (matches from `first` while `match.end - first.start <= span`) holding the
 * most distinct terms, earliest on ties. A sliding window with term counts: each match enters and
 * leaves once, so O(matches), where copying the tail of the list for every match was quadratic
 * (an 0.8 MB FAQ: 94 s per query). `steps` counts the entries and exits (tests check it is linear).
 */
export function bestWindow(
  matches: readonly WordMatch[],
  span: number,
): { anchor: number; distinct: number; steps: number } {
  const counts = new Map<string, number>();
  let anchor = 0;
  let best = 0;
  let steps = 0;
  let end = 0; // matches[i..end) are in the window
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i] as WordMatch;
    if (end < i) end = i;
    while (end < matches.length && (matches[end] as WordMatch).end - first.start <= span) {
      for (const term of (matches[end] as WordMatch).terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      end++;
      steps++;
    }
    if (counts.size > best) {
      best = counts.size;
      anchor = first.start;
    }
    if (end > i) {
      for (const term of first.terms) {
        const left = (counts.get(term) ?? 0) - 1;
        if (left > 0) counts.set(term, left);
        else counts.delete(term);
      }
      steps++;
    }
  }
  return { anchor, distinct: best, steps };
}

/**
 * The window of the answer that holds the most distinct matched terms (earliest on ties), cut at
 * word boundaries; the answer's beginning when only the question matched.
 */
export function makeSnippet(
  text: string,
  matched: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
  words: readonly AnswerWord[] = answerWords(text),
): { snippet: string; highlights: FaqHighlight[] } {
  const matches = findMatches(words, matched);
  const { anchor } = bestWindow(matches, length - SNIPPET_LEAD);

  let start = Math.max(0, anchor - SNIPPET_LEAD);
  if (start > 0) {
    // Start on a word: skip the partial one.
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= anchor ? anchor : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const body = text.slice(start, end);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const snippet = `${prefix}${body.trim()}${suffix}`;
  // Offset of text positions in the snippet: the ellipsis in, the window start and trimmed spaces out.
  const shift = prefix.length - start - (body.length - body.trimStart().length);
  const highlights = matches
    .filter((match) => match.start >= start && match.end <= end)
    .map((match) => ({ start: match.start + shift, end: match.end + shift }));
  return { snippet, highlights };
}
