import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `$comment` keys, and the `source` of an entry, document the data files for maintainers: they are not
 * shipped (wxt.config.ts strips them from the bundled JSON and from the packaged FAQ alike).
 */
export const stripComments = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripComments);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$comment' && key !== 'source')
      .map(([key, child]) => [key, stripComments(child)]),
  );
};

/**
 * The FAQ shipped with the extension as the background reads it (entrypoints/background/faq.ts,
 * `packagedFaq`): today's entries, then the 2020 FAQ's, stripped as the pages' bundled copy is
 * (lib/faq/data.ts), so both give the same revision hash and never re-seed each other.
 */
export function packagedFaqJson(root: string): string {
  const entriesOf = (file: string) =>
    (stripComments(JSON.parse(readFileSync(resolve(root, file), 'utf8'))) as { entries: unknown[] }).entries;
  return JSON.stringify({
    entries: [...entriesOf('assets/data/faq-today.json'), ...entriesOf('assets/data/faq.json')],
  });
}
