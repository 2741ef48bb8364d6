/**
 * Small French text normaliser for search: case and accent folding, elisions, stop words and a light
 * stemmer (plurals, feminine and participle endings, "-er" infinitives and "-ement" nouns), so that
 * "hébergement", "héberger" and "hébergées" meet on "heberg", and "élèves" on "elev".
 *
 * It is deliberately light (inflections plus one derivational suffix): a heavier stemmer such as
 * Snowball merges too many unrelated words on a corpus this small. Every rule is covered by
 * tests/unit/faq/faq-french.test.ts.
 */

/** Lower-case, no diacritics, ligatures expanded, typographic apostrophes made straight. */
export function foldFrench(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}

/** Splits on anything that is not a letter or a digit (apostrophes, hyphens, dots, @…). */
export function tokenizeFrench(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** Folded forms. Articles, pronouns, prepositions, auxiliaries and question words. */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a ai aie aient ait as au aucun aupres aussi autre autres aux avaient avais avait avec avez aviez ' +
    'avoir avons ayant c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez ci ' +
    'combien comme comment d dans de des deja donc dont du elle elles en encore entre es est et etaient ' +
    'etais etait etant ete etes etre eu eux faut hui il ils j je jusqu l la le les leur leurs lorsqu lui m ' +
    'ma mais me meme mes moi mon n ne ni non nos notre nous on ont ou par parce pas peu peut peuvent ' +
    'plus pour pourquoi pu puis puisqu qu quand que quel quelle quelles quels qui quoi s sa sans se ' +
    'sera serait seront ses si soi soit son sont sous suis sur t ta te tes toi ton tous tout toute ' +
    'toutes tres tu un une unes uns vers via voici voila vos votre vous y'
  ).split(' '),
);

const MIN_STEM = 3;

/** Endings removed after the plural, longest first; the first one that leaves MIN_STEM letters wins. */
const SUFFIXES = ['ement', 'ee', 'er', 'ez', 'e'];

/**
 * Light stem of a folded word (see `foldFrench`). Words of 3 letters or less are kept as they are.
 * Examples: eleves → elev, hebergees → heberg, hebergement → heberg, quotas → quota, journaux → journal.
 */
export function stemFrench(word: string): string {
  let w = word;
  if (w.length <= MIN_STEM) return w;
  // Plural.
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('x')) w = w.slice(0, -1);
  // Feminine, participles, infinitives, "-ement".
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * Term processor for MiniSearch: one raw token → the terms to index or look up, or null for a stop
 * word. Both the folded word and its stem are kept (when they differ) so that an exact form ranks
 * above a mere stem match, and a typo in a long word can still be corrected on the full form.
 */
export function processFrenchTerm(token: string): string[] | null {
  let folded = foldFrench(token);
  // Elisions, in case the tokenizer kept the apostrophe (l'académie, qu'il, jusqu'à).
  folded = folded.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'/, '');
  folded = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  if (folded.length < 2 || FRENCH_STOP_WORDS.has(folded)) return null;
  const stem = stemFrench(folded);
  return stem === folded ? [folded] : [folded, stem];
}
