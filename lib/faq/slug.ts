/**
 * Stable entry ids: the question folded to lower-case ASCII words joined by hyphens, cut at a word
 * boundary. The same question always gives the same id across rebuilds (scripts/extract-faq.ts
 * uses this function too).
 */
export const MAX_SLUG_LENGTH = 80;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'question';
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Ids for a list of questions, in order; a repeated question gets `-2`, `-3`… */
export function uniqueSlugs(questions: readonly string[]): string[] {
  const seen = new Set<string>();
  return questions.map((question) => {
    const base = slugify(question);
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}
