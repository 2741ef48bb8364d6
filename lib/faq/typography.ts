/**
 * French typography for showing the FAQ, never for storing it: the words stay the FAQ's own, only
 * the signs change. Straight apostrophes between letters become typographic ones (’); a space
 * before « ? ! ; » becomes a narrow no-break space and one before « : » a no-break space, so the
 * sign never starts a line; the spaces inside « » become no-break spaces; « ? » and « ! » glued to a word get the narrow space the French rule
 * wants. A colon or semicolon glued to a word is left alone (URLs, times, « https: »).
 * Every change is one character for one, except that added narrow space: callers that carry
 * offsets (highlights) typeset each piece separately.
 */

export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

export function typesetFrench(text: string): string {
  return (
    text
      .replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019')
      // An ordinary space (or a run of them) before the sign.
      .replace(/[ \u00a0\u202f]+([?!;])/g, `${NARROW_NBSP}$1`)
      .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
      // Inside French quotation marks.
      .replace(/« /g, `«${NBSP}`)
      .replace(/ »/g, `${NBSP}»`)
      // A sign glued to a word or a closing quote, at the end of a sentence.
      .replace(/([\p{L}\p{N}"»)])([?!]+)(?=\s|$)/gu, `$1${NARROW_NBSP}$2`)
  );
}

/** English keeps its own rules: typographic apostrophes only. */
export function typesetEnglish(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019');
}

export function typeset(text: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? typesetFrench(text) : typesetEnglish(text);
}
