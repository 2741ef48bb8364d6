/**
 * Offline FAQ search: BM25+ over the French terms of ./french.ts, in an inverted index of our own
 * made of sorted terms and typed arrays, so that it can be saved to IndexedDB and loaded back in a
 * few milliseconds (./index-cache.ts) instead of being rebuilt at every popup opening.
 *
 * Scoring and matching are MiniSearch's (the engine this one replaced, issue 16), term for term:
 * BM25+ (k 1.2, b 0.7, d 0.5) per field, a field's length being its number of distinct words;
 * question × 4, section × 0.5, answer × 1; prefix matches weighted 0.375 · len / (len + 0.3 · extra
 * letters), one-typo matches 0.45 · len / (len + 1); a document's score multiplied by the number of
 * query terms it matched. Questions weigh more than answers; prefix search lets results follow
 * typing; one typo is forgiven on words of five letters or more. Search never throws: a bad query
 * gives no hits. Why not MiniSearch any more: its index took 40–80 ms to deserialise for 1,000
 * realistic entries and its query p95 was 1.5–3 ms, FlexSearch's ~0.2 ms (scripts/bench/faq.ts).
 */
import { eraBoost, eraOf } from './era';
import { processFrenchTerm, tokenizeFrench } from './french';
import { MIN_SHARE_OF_BEST, QUERY_FILLER_WORDS, requiredWords } from './relevance';
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
  /** The index as plain data (typed arrays and strings), to save and load with `loadFaqIndex`. */
  toData(): FaqIndexData;
}

/**
 * A built index, as saved. Terms are sorted (code units) and joined by "\n" (a term is letters and
 * digits only); for term t and field f, its documents (ascending) and their term frequencies are
 * `docs[offsets[3t + f] .. offsets[3t + f + 1]]` and the same range of `freqs`.
 */
export interface FaqIndexData {
  format: typeof FAQ_INDEX_FORMAT;
  /** The ids of the indexed entries, in index order (the first of duplicate ids only). */
  ids: string[];
  terms: string;
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  /** Distinct words per document and field: `fieldLengths[3d + f]`. */
  fieldLengths: Uint32Array;
  /**
   * For the typo search: term numbers grouped by length, in term order (`byLength`) and in the order
   * of the reversed terms (`byLengthReversed`); the group of length n is `[lengthStarts[n],
   * lengthStarts[n + 1])` of either.
   */
  lengthStarts: Uint32Array;
  byLength: Uint32Array;
  byLengthReversed: Uint32Array;
  /** The term number of each term's stem (itself when it has none). */
  stems: Uint32Array;
  /**
   * For the snippets, so that no answer word is folded and stemmed again: the term number of each
   * word of each answer (NO_TERM for a stop word), document d's from `answerStarts[d]`.
   */
  answerStarts: Uint32Array;
  answerTerms: Uint32Array;
}

const NO_TERM = 0xffffffff;

/** Bumped whenever the layout of FaqIndexData or the way terms are made changes. */
export const FAQ_INDEX_FORMAT = 2;

export const FAQ_SEARCH_BOOST = { question: 4, section: 0.5, answer: 1 } as const;
const FIELD_BOOSTS = [FAQ_SEARCH_BOOST.question, FAQ_SEARCH_BOOST.section, FAQ_SEARCH_BOOST.answer];
const FIELDS = 3;
/** BM25+ parameters and the weights of prefix and fuzzy matches (MiniSearch's defaults). */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Words of this length or more forgive one typo. */
const MIN_FUZZY_LENGTH = 5;

const DEFAULT_LIMIT = 10;
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TOKENS = 12;
const MIN_PREFIX_STEM = 5;
const SNIPPET_LENGTH = 160;
/** Context kept before the first match of the snippet. */
const SNIPPET_LEAD = 40;
const MAX_FREQ = 0xffff;
/** A word, as tokenizeFrench splits them. */
const WORD = /[\p{L}\p{N}]+/gu;

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

/**
 * `processFrenchTerm`, remembered per raw word: a FAQ repeats its words, and folding (NFD) costs
 * more than a look-up. Bounded, so that pasted junk cannot grow it without end.
 */
const termMemo = new Map<string, string[] | null>();
const MAX_MEMO = 50_000;
function termsOf(token: string): string[] | null {
  let terms = termMemo.get(token);
  if (terms === undefined) {
    terms = processFrenchTerm(token);
    if (termMemo.size >= MAX_MEMO) termMemo.clear();
    termMemo.set(token, terms);
  }
  return terms;
}

export function processQueryTerm(token: string): string[] | null {
  const terms = termsOf(token);
  if (!terms) return null;
  const synonym = QUERY_SYNONYMS.get(terms[0] ?? '');
  if (!synonym) return terms;
  const extra = tokenizeFrench(synonym).flatMap((word) => termsOf(word) ?? []);
  return [...terms, ...extra];
}

interface IndexedEntry {
  id: string;
  question: string;
  section: string;
  era: FaqEra;
  /** The entry, for its answer's text. */
  source: FaqEntry;
  /** The answer as one line of text, made when first needed (indexing or a snippet). */
  text?: string;
  /** The answer's words and their index terms, found at the first hit (snippets need them). */
  words?: AnswerWord[];
  /**
   * The same from a sound index, as numbers: start, end, term, stem term for each word that has
   * terms (null when the saved words do not fit the answer: `words` then).
   */
  wordNumbers?: Int32Array | null;
}

/** The answer's text, made once (a loaded index needs it for its hits only). */
function answerOf(entry: IndexedEntry): string {
  entry.text ??= joinLines(answerText(entry.source));
  return entry.text;
}

/**
 * Whitespace around line breaks becomes one space. Linear, where the former pattern (optional
 * spaces, a line break, optional spaces) backtracked over every run of spaces without a line break:
 * quadratic, a 20,000-space run took 0.17 s per tab opening.
 */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

/** The entries as the index sees them, in order; the first of duplicate ids wins. */
function indexedEntries(entries: readonly FaqEntry[]): IndexedEntry[] {
  const byId = new Map<string, IndexedEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, {
      id: entry.id,
      question: entry.question,
      section: entry.section,
      era: eraOf(entry),
      source: entry,
    });
  }
  return [...byId.values()];
}

/** Builds the index data of `docs` (tokenise, make terms, count, sort). */
function buildData(docs: readonly IndexedEntry[]): FaqIndexData {
  // term → per field, [doc, freq, doc, freq…] in document order.
  const postings = new Map<string, number[][]>();
  const fieldLengths = new Uint32Array(docs.length * FIELDS);
  const counts = new Map<string, number>();
  /** Each answer word's folded term (or null), in order; numbered once the terms are sorted. */
  const answerWordTerms: (string | null)[] = [];
  const answerStarts = new Uint32Array(docs.length + 1);
  const stemOf = new Map<string, string>();
  docs.forEach((doc, d) => {
    answerStarts[d] = answerWordTerms.length;
    [doc.question, doc.section, answerOf(doc)].forEach((text, f) => {
      const tokens = tokenizeFrench(text);
      fieldLengths[d * FIELDS + f] = new Set(tokens).size;
      counts.clear();
      for (const token of tokens) {
        const terms = termsOf(token);
        if (f === 2) answerWordTerms.push(terms?.[0] ?? null);
        if (!terms) continue;
        if (terms[1] !== undefined) stemOf.set(terms[0] as string, terms[1]);
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      for (const [term, count] of counts) {
        let fields = postings.get(term);
        if (!fields) postings.set(term, (fields = [[], [], []]));
        (fields[f] as number[]).push(d, Math.min(count, MAX_FREQ));
      }
    });
  });
  answerStarts[docs.length] = answerWordTerms.length;
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const terms = [...postings.keys()].sort(byCodeUnits);
  const numbers = new Map(terms.map((term, t) => [term, t]));
  const offsets = new Uint32Array(terms.length * FIELDS + 1);
  let total = 0;
  for (const fields of postings.values()) for (const list of fields) total += list.length / 2;
  const docsOut = new Uint32Array(total);
  const freqs = new Uint16Array(total);
  let at = 0;
  terms.forEach((term, t) => {
    const fields = postings.get(term) as number[][];
    for (let f = 0; f < FIELDS; f++) {
      offsets[t * FIELDS + f] = at;
      const list = fields[f] as number[];
      for (let i = 0; i < list.length; i += 2) {
        docsOut[at] = list[i] as number;
        freqs[at] = list[i + 1] as number;
        at++;
      }
    }
  });
  offsets[terms.length * FIELDS] = at;
  // Reversed by code units, as compareSuffix reads them.
  const reversed = terms.map((term, t) => [term.split('').reverse().join(''), t] as const);
  reversed.sort(([a], [b]) => byCodeUnits(a, b));
  const [lengthStarts, byLength] = groupByLength(terms, terms.keys());
  const [, byLengthReversed] = groupByLength(
    terms,
    reversed.map(([, t]) => t),
  );
  return {
    format: FAQ_INDEX_FORMAT,
    ids: docs.map((doc) => doc.id),
    terms: terms.join('\n'),
    offsets,
    docs: docsOut,
    freqs,
    fieldLengths,
    lengthStarts,
    byLength,
    byLengthReversed,
    stems: Uint32Array.from(terms, (term, t) => numbers.get(stemOf.get(term) ?? term) ?? t),
    answerStarts,
    answerTerms: Uint32Array.from(answerWordTerms, (term) =>
      term === null ? NO_TERM : (numbers.get(term) ?? NO_TERM),
    ),
  };
}

/** Term numbers grouped by length, each group in the order of `order`: [group starts, numbers]. */
function groupByLength(terms: readonly string[], order: Iterable<number>): [Uint32Array, Uint32Array] {
  let longest = 0;
  for (const term of terms) if (term.length > longest) longest = term.length;
  const starts = new Uint32Array(longest + 2);
  for (const term of terms) starts[term.length + 1] = (starts[term.length + 1] as number) + 1;
  for (let n = 1; n < starts.length; n++) starts[n] = (starts[n] as number) + (starts[n - 1] as number);
  const next = starts.slice();
  const grouped = new Uint32Array(terms.length);
  for (const t of order) {
    const n = (terms[t] as string).length;
    grouped[next[n] as number] = t;
    next[n] = (next[n] as number) + 1;
  }
  return [starts, grouped];
}

export function createFaqIndex(entries: readonly FaqEntry[]): FaqIndex {
  const docs = indexedEntries(entries);
  return indexOf(docs, buildData(docs));
}

/**
 * The index saved as `data` for these entries, or null when it does not fit them (other ids, or a
 * damaged or foreign object): the caller builds it instead. Checks every offset and document number,
 * so that a damaged cache can never make a search read out of bounds.
 */
export function loadFaqIndex(data: unknown, entries: readonly FaqEntry[]): FaqIndex | null {
  try {
    const docs = indexedEntries(entries);
    const sound = soundData(data, docs.length);
    if (!sound) return null;
    const { ids } = sound.data;
    for (let d = 0; d < docs.length; d++) if (ids[d] !== (docs[d] as IndexedEntry).id) return null;
    return indexOf(docs, sound.data, sound.terms);
  } catch {
    return null;
  }
}

/** The terms of `data` when it is a sound index of `docCount` documents; null otherwise. */
function soundData(data: unknown, docCount: number): { data: FaqIndexData; terms: string[] } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { terms } = data as { terms?: unknown };
  if (typeof terms !== 'string') return null;
  const split = terms === '' ? [] : terms.split('\n');
  return isSound(data, docCount, split.length) ? { data, terms: split } : null;
}

function isSound(data: object, docCount: number, termCount: number): data is FaqIndexData {
  const x = data as Partial<Record<keyof FaqIndexData, unknown>>;
  if (x.format !== FAQ_INDEX_FORMAT || !Array.isArray(x.ids) || x.ids.length !== docCount) return false;
  const { offsets, docs, freqs, fieldLengths, lengthStarts, byLength, byLengthReversed, stems } = x;
  const { answerStarts, answerTerms } = x;
  const u32 = [
    offsets,
    docs,
    fieldLengths,
    lengthStarts,
    byLength,
    byLengthReversed,
    stems,
    answerStarts,
    answerTerms,
  ];
  if (!u32.every((array) => array instanceof Uint32Array) || !(freqs instanceof Uint16Array)) return false;
  const [o, d, , starts, forward, backward, stemNumbers, answers, words] = u32 as Uint32Array[];
  const ascending = (array: Uint32Array, length: number, last: number) => {
    if (array.length !== length || array[0] !== 0 || array[length - 1] !== last) return false;
    for (let i = 1; i < length; i++) if ((array[i] as number) < (array[i - 1] as number)) return false;
    return true;
  };
  const below = (array: Uint32Array, length: number, limit: number, except = limit) => {
    if (array.length !== length) return false;
    for (let i = 0; i < length; i++) if ((array[i] as number) >= limit && array[i] !== except) return false;
    return true;
  };
  const n = (d as Uint32Array).length;
  return (
    (fieldLengths as Uint32Array).length === docCount * FIELDS &&
    freqs.length === n &&
    ascending(o as Uint32Array, termCount * FIELDS + 1, n) &&
    below(d as Uint32Array, n, docCount) &&
    (starts as Uint32Array).length >= 1 &&
    ascending(starts as Uint32Array, (starts as Uint32Array).length, termCount) &&
    below(forward as Uint32Array, termCount, termCount) &&
    below(backward as Uint32Array, termCount, termCount) &&
    below(stemNumbers as Uint32Array, termCount, termCount) &&
    // Answer words are checked per answer when a snippet needs them (`wordsOf`): 100,000 of them
    // for 1,000 entries, not worth checking at every opening.
    ascending(answers as Uint32Array, docCount + 1, (words as Uint32Array).length)
  );
}

/** Binary search: the first term ≥ `key` (in code-unit order). */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compares the end of `term` with `suffix`, from the last letter: <0, 0 (term ends with it) or >0. */
function compareSuffix(term: string, suffix: string): number {
  for (let i = 1; i <= suffix.length; i++) {
    if (i > term.length) return -1;
    const a = term.charCodeAt(term.length - i);
    const b = suffix.charCodeAt(suffix.length - i);
    if (a !== b) return a - b;
  }
  return 0;
}

/** True when `a` and `b` differ by exactly one insertion, deletion or substitution. */
function oneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  if (lb - la > 1) return false;
  let i = 0;
  while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return false; // equal
    for (let j = i + 1; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
    return true;
  }
  for (let j = i; j < la; j++) if (a.charCodeAt(j) !== b.charCodeAt(j + 1)) return false;
  return true;
}

function indexOf(entries: IndexedEntry[], data: FaqIndexData, split?: string[]): FaqIndex {
  const terms = split ?? (data.terms === '' ? [] : data.terms.split('\n'));
  const { offsets, docs, freqs, fieldLengths, lengthStarts, byLength, byLengthReversed } = data;
  const { stems, answerStarts, answerTerms } = data;
  const docCount = entries.length;
  const avgLength = [0, 0, 0];
  for (let d = 0; d < docCount; d++)
    for (let f = 0; f < FIELDS; f++)
      avgLength[f] = (avgLength[f] as number) + (fieldLengths[d * FIELDS + f] as number);
  for (let f = 0; f < FIELDS; f++) avgLength[f] = docCount > 0 ? (avgLength[f] as number) / docCount : 0;
  // Per-query work arrays, reused (a search allocates little).
  const scores = new Float64Array(docCount);
  let masks = new Uint32Array(docCount);
  const seen = new Uint8Array(docCount);
  const touched: number[] = [];
  /** The terms the current query matched (1), for its snippets. */
  const termMarks = new Uint8Array(terms.length);
  let maskWords = 1;
  /** Document boosts per preferred part, made at the first query that prefers it. */
  const boostsByEra = new Map<FaqEra | undefined, Float64Array>();
  const boostsFor = (prefer: FaqEra | undefined) => {
    let boosts = boostsByEra.get(prefer);
    if (!boosts) {
      boosts = Float64Array.from(entries, (entry) => eraBoost(entry.era, prefer));
      boostsByEra.set(prefer, boosts);
    }
    return boosts;
  };

  const find = (term: string) => {
    const t = lowerBound(terms, term);
    return terms[t] === term ? t : -1;
  };

  /** Terms that start with `prefix`: [from, to). */
  const prefixRange = (prefix: string): [number, number] => {
    const from = lowerBound(terms, prefix);
    let to = from;
    while (to < terms.length && (terms[to] as string).startsWith(prefix)) to++;
    return [from, to];
  };

  /**
   * Term numbers one edit away from `q`, ascending. One edit leaves either q's first half or its
   * second half whole, so the candidates are the terms of length |q| ± 1 that start with the first
   * half or end with the second: two binary searches per length.
   */
  const oneTypoAway = (q: string): number[] => {
    const head = q.slice(0, q.length >> 1);
    const tail = q.slice(q.length >> 1);
    const found: number[] = [];
    for (let n = q.length - 1; n <= q.length + 1; n++) {
      if (n + 1 >= lengthStarts.length) break;
      let lo = lengthStarts[n] as number;
      let hi = lengthStarts[n + 1] as number;
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((terms[byLength[mid] as number] as string) < head) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < end; i++) {
        const t = byLength[i] as number;
        const term = terms[t] as string;
        if (!term.startsWith(head)) break;
        if (oneEditApart(term, q)) found.push(t);
      }
      lo = lengthStarts[n] as number;
      hi = lengthStarts[n + 1] as number;
      const last = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareSuffix(terms[byLengthReversed[mid] as number] as string, tail) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < last; i++) {
        const t = byLengthReversed[i] as number;
        const term = terms[t] as string;
        if (compareSuffix(term, tail) !== 0) break;
        if (!term.startsWith(head) && oneEditApart(term, q)) found.push(t);
      }
    }
    return found.sort((a, b) => a - b);
  };

  /** Adds term `t`'s BM25+ scores, × `weight`, to the documents it is in; marks source term `k`. */
  const score = (t: number, weight: number, k: number, boosts: Float64Array) => {
    const bit = 1 << (k & 31);
    const word = k >> 5;
    for (let f = 0; f < FIELDS; f++) {
      const from = offsets[t * FIELDS + f] as number;
      const to = offsets[t * FIELDS + f + 1] as number;
      const df = to - from;
      if (df === 0) continue;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const factor = weight * (FIELD_BOOSTS[f] as number);
      const norm = BM25_K * (1 - BM25_B);
      const perLength = (BM25_K * BM25_B) / (avgLength[f] as number);
      for (let i = from; i < to; i++) {
        const d = docs[i] as number;
        const tf = freqs[i] as number;
        const length = fieldLengths[d * FIELDS + f] as number;
        const raw = idf * (BM25_D + (tf * (BM25_K + 1)) / (tf + norm + perLength * length));
        if (seen[d] === 0) {
          seen[d] = 1;
          touched.push(d);
        }
        scores[d] = (scores[d] as number) + factor * (boosts[d] as number) * raw;
        const at = d * maskWords + word;
        masks[at] = (masks[at] as number) | bit;
      }
    }
  };

  /**
   * Document d's answer words and their term numbers, from the index (no folding nor stemming
   * again), or null when they do not fit the answer (a damaged record: then found the slow way).
   */
  const numbersOf = (d: number): Int32Array | null => {
    const entry = entries[d] as IndexedEntry;
    if (entry.wordNumbers !== undefined) return entry.wordNumbers;
    const text = answerOf(entry);
    const to = answerStarts[d + 1] as number;
    let k = answerStarts[d] as number;
    const out = new Int32Array((to - k) * 4);
    let n = 0;
    for (const word of text.matchAll(WORD)) {
      if (k >= to) {
        k = -1;
        break;
      }
      const t = answerTerms[k++] as number;
      if (t === NO_TERM) continue;
      if (t >= terms.length) {
        k = -1;
        break;
      }
      out[n++] = word.index;
      out[n++] = word.index + word[0].length;
      out[n++] = t;
      out[n++] = stems[t] as number;
    }
    entry.wordNumbers = k === to ? out.subarray(0, n) : null;
    return entry.wordNumbers;
  };

  /** The words of document d's answer whose terms are marked in `marks`. */
  const matchesOf = (d: number, marks: Uint8Array, matched: () => ReadonlySet<string>): WordMatch[] => {
    const numbers = numbersOf(d);
    if (!numbers) {
      const entry = entries[d] as IndexedEntry;
      entry.words ??= answerWords(answerOf(entry));
      return findMatches(entry.words, matched());
    }
    const found: WordMatch[] = [];
    for (let i = 0; i < numbers.length; i += 4) {
      const t = numbers[i + 2] as number;
      const stem = numbers[i + 3] as number;
      const a = marks[t] === 1;
      const b = stem !== t && marks[stem] === 1;
      if (!a && !b) continue;
      const matchedTerms =
        a && b ? [terms[t] as string, terms[stem] as string] : [terms[a ? t : stem] as string];
      found.push({ start: numbers[i] as number, end: numbers[i + 1] as number, terms: matchedTerms });
    }
    return found;
  };

  /** Clears what the last query left in the work arrays. */
  const reset = () => {
    for (const d of touched) {
      scores[d] = 0;
      seen[d] = 0;
      for (let w = 0; w < maskWords; w++) masks[d * maskWords + w] = 0;
    }
    touched.length = 0;
  };

  interface Ranked {
    doc: number;
    score: number;
  }

  /**
   * The `limit` best relevant documents for `tokens`, best first (ties in the order they were first
   * matched, as MiniSearch had them), and every index term the query matched (for the snippets).
   */
  const rank = (tokens: string[], prefer: FaqEra | undefined, limit: number) => {
    reset();
    const last = tokens[tokens.length - 1] as string;
    // Prefix search on the word being typed (the last one), and on long stems of finished words
    // (academi → academique); never on the short stems of finished words (cre → creteil).
    const typing = new Set(processQueryTerm(last) ?? []);
    const words = tokens.map((token) => processQueryTerm(token)).filter((terms) => terms !== null);
    const specs = words.flat();
    const sources = [...new Set(specs)];
    const sourceIndex = new Map(sources.map((term, k) => [term, k]));
    maskWords = Math.ceil(sources.length / 32) || 1;
    if (masks.length < docCount * maskWords) masks = new Uint32Array(docCount * maskWords);
    const boosts = boostsFor(prefer);
    const expansions = new Set<number>();
    for (const q of specs) {
      const k = sourceIndex.get(q) as number;
      const exact = find(q);
      if (exact >= 0) {
        score(exact, 1, k, boosts);
        expansions.add(exact);
      }
      let prefixed: [number, number] = [0, 0];
      if (typing.has(q) || q.length >= MIN_PREFIX_STEM) {
        prefixed = prefixRange(q);
        for (let t = prefixed[0]; t < prefixed[1]; t++) {
          if (t === exact) continue;
          const length = (terms[t] as string).length;
          score(t, (PREFIX_WEIGHT * length) / (length + 0.3 * (length - q.length)), k, boosts);
          expansions.add(t);
        }
      }
      if (q.length >= MIN_FUZZY_LENGTH) {
        for (const t of oneTypoAway(q)) {
          // A prefix match is scored as one only.
          if (t >= prefixed[0] && t < prefixed[1]) continue;
          const length = (terms[t] as string).length;
          score(t, (FUZZY_WEIGHT * length) / (length + 1), k, boosts);
          expansions.add(t);
        }
      }
    }
    // Minimum relevance (./relevance.ts): a hit must match enough of the query's words (filler
    // words not counted, unless there are only filler words), and score at least a share of the best.
    const wordMasks = words.map((terms) => {
      const mask = new Uint32Array(maskWords);
      for (const term of terms) {
        const k = sourceIndex.get(term) as number;
        mask[k >> 5] = (mask[k >> 5] as number) | (1 << (k & 31));
      }
      return { filler: QUERY_FILLER_WORDS.has(terms[0] ?? ''), mask };
    });
    const subject = wordMasks.filter((word) => !word.filler);
    const counted = (subject.length > 0 ? subject : wordMasks).map((word) => word.mask);
    const required = requiredWords(counted.length);
    let best = 0;
    const covering: number[] = [];
    for (const d of touched) {
      let quality = 0;
      for (let w = 0; w < maskWords; w++) quality += popCount(masks[d * maskWords + w] as number);
      let covered = 0;
      for (const mask of counted) {
        for (let w = 0; w < maskWords; w++) {
          if (((mask[w] as number) & (masks[d * maskWords + w] as number)) !== 0) {
            covered++;
            break;
          }
        }
      }
      if (counted.length === 0 || covered < required) continue;
      const final = (scores[d] as number) * (quality || 1);
      scores[d] = final;
      covering.push(d);
      if (final > best) best = final;
    }
    // The best `limit` above the tail threshold, stable (an insertion into a short sorted list).
    const top: Ranked[] = [];
    for (const d of covering) {
      const s = scores[d] as number;
      if (s < best * MIN_SHARE_OF_BEST) continue;
      if (top.length === limit && s <= (top[limit - 1] as Ranked).score) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1] as Ranked).score < s) at--;
      top.splice(at, 0, { doc: d, score: s });
      if (top.length > limit) top.pop();
    }
    return { top, expansions };
  };

  return {
    toData: () => data,
    search(query, options = {}) {
      try {
        if (typeof query !== 'string') return [];
        const requested = options.limit ?? DEFAULT_LIMIT;
        const limit = Number.isNaN(requested) ? DEFAULT_LIMIT : Math.max(0, Math.floor(requested));
        // Bounded work whatever is pasted in: a long query is cut to its first words.
        const tokens = tokenizeFrench(query.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_TOKENS);
        if (tokens.length === 0 || limit === 0 || docCount === 0) return [];
        const { top, expansions } = rank(tokens, options.prefer, limit);
        // The terms the query matched anywhere: an answer's words among them are exactly those it
        // matched in that answer (what MiniSearch's `terms` gave for the snippet).
        for (const t of expansions) termMarks[t] = 1;
        let matched: Set<string> | undefined;
        const matchedTerms = () => (matched ??= new Set([...expansions].map((t) => terms[t] as string)));
        try {
          return top.map(({ doc, score: hitScore }) => {
            const entry = entries[doc] as IndexedEntry;
            const text = answerOf(entry);
            const { snippet, highlights } = snippetOf(
              text,
              matchesOf(doc, termMarks, matchedTerms),
              SNIPPET_LENGTH,
            );
            return {
              id: entry.id,
              question: entry.question,
              section: entry.section,
              snippet,
              highlights,
              score: hitScore,
            };
          });
        } finally {
          for (const t of expansions) termMarks[t] = 0;
        }
      } catch {
        return [];
      }
    },
  };
}

function popCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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
  for (const word of text.matchAll(WORD)) {
    const terms = termsOf(word[0]) ?? [];
    if (terms.length > 0) words.push({ start: word.index, end: word.index + word[0].length, terms });
  }
  return words;
}

/** Words whose index terms are among `matched`, with their offsets. */
function findMatches(words: readonly AnswerWord[], matched: ReadonlySet<string>): WordMatch[] {
  const found: WordMatch[] = [];
  for (const word of words) {
    const [first, second] = word.terms;
    const a = first !== undefined && matched.has(first);
    const b = second !== undefined && matched.has(second);
    if (!a && !b && word.terms.length <= 2) continue;
    const terms =
      a && b && word.terms.length === 2 ? word.terms : word.terms.filter((term) => matched.has(term));
    if (terms.length > 0) found.push({ start: word.start, end: word.end, terms });
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
  return snippetOf(text, findMatches(words, matched), length);
}

/** The snippet of `text` around the best window of `matches` (see `makeSnippet`). */
function snippetOf(
  text: string,
  matches: readonly WordMatch[],
  length: number,
): { snippet: string; highlights: FaqHighlight[] } {
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
