import ICAL from 'ical.js';
import { parseAddresses } from './addresses';
import {
  applyIdBookImport,
  ID_BOOK_MAX_IMPORT_CHARS,
  planIdBookImport,
  readIdBook,
  writeIdBook,
  type IdBookCandidate,
} from './book';
import type { KeyValueStore } from '../settings/settings';

/**
 * vCard files (`.vcf`) → candidates for the book. Nuage's Contacts app (Nextcloud) keeps a contact's
 * federation ID in the vCard `CLOUD` property, next to `FN` and `EMAIL`. Parsing is ical.js's (RFC 6350
 * and vCard 3: line unfolding, parameters, escapes); this file only picks the three properties. Each
 * candidate is validated later by the book (planIdBookImport): a bad CLOUD value is reported, not kept.
 * Loaded on demand by the options page only (ical.js stays out of the popup and the background).
 */

export type VcardReadResult =
  | {
      ok: true;
      candidates: IdBookCandidate[];
      /** Contacts read, and those without any CLOUD value (ignored: nothing to share with). */
      cards: number;
      withoutCloud: number;
    }
  | { ok: false; code: 'too-large'; maxChars: number }
  | { ok: false; code: 'malformed'; detail: string }
  | { ok: false; code: 'no-card' };

type JCardProperty = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

function textValues(properties: readonly JCardProperty[], name: string): string[] {
  return properties.flatMap((p) =>
    p[0] === name
      ? p
          .slice(3)
          .flatMap((v) =>
            typeof v === 'string'
              ? [v]
              : Array.isArray(v)
                ? v.filter((x): x is string => typeof x === 'string')
                : [],
          )
      : [],
  );
}

/** Reads every VCARD of `text`; nothing is written here. Never throws. */
export function readVcardFile(text: string): VcardReadResult {
  if (typeof text !== 'string' || text.length > ID_BOOK_MAX_IMPORT_CHARS)
    return { ok: false, code: 'too-large', maxChars: ID_BOOK_MAX_IMPORT_CHARS };
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    return { ok: false, code: 'malformed', detail: String((error as Error)?.message ?? error).slice(0, 200) };
  }
  // One component gives ["vcard", …]; several give [["vcard", …], …].
  const components = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed
  ) as unknown[];
  if (!Array.isArray(components)) return { ok: false, code: 'no-card' };
  const candidates: IdBookCandidate[] = [];
  let cards = 0;
  let withoutCloud = 0;
  for (const component of components) {
    if (!Array.isArray(component) || component[0] !== 'vcard' || !Array.isArray(component[1])) continue;
    cards++;
    const properties = component[1] as JCardProperty[];
    const clouds = textValues(properties, 'cloud');
    if (clouds.length === 0) {
      withoutCloud++;
      continue;
    }
    const name = textValues(properties, 'fn')[0];
    // EMAIL may be written `mailto:…` in some exports: parseAddresses finds the address in either.
    const address = textValues(properties, 'email').flatMap(parseAddresses)[0];
    for (const id of clouds) {
      candidates.push({
        id: id.replace(/^mailto:/i, ''),
        how: 'imported',
        ...(address ? { address } : {}),
        ...(name ? { name } : {}),
      });
    }
  }
  if (cards === 0) return { ok: false, code: 'no-card' };
  return { ok: true, candidates, cards, withoutCloud };
}

export type VcardImportResult =
  | {
      ok: true;
      added: number;
      merged: number;
      /** Entries of the file that were not valid (bad CLOUD or EMAIL). */
      invalid: number;
      cards: number;
      withoutCloud: number;
    }
  | Exclude<VcardReadResult, { ok: true }>
  | { ok: false; code: 'confirm'; conflicts: number }
  | { ok: false; code: 'full'; max: number }
  | { ok: false; code: 'nothing'; cards: number; invalid: number }
  | { ok: false; code: 'disabled' };

/**
 * Imports a vCard file into the book: read and validated whole, then written once (or not at all).
 * Conflicts (an address with another ID in the book) are asked about: `confirm`, then again with
 * `replaceConflicts`, where the newest wins.
 */
export async function importVcardIntoBook(
  store: KeyValueStore,
  text: string,
  {
    replaceConflicts = false,
    allowed = true,
    now = Date.now(),
  }: { replaceConflicts?: boolean; allowed?: boolean; now?: number } = {},
): Promise<VcardImportResult> {
  if (!allowed) return { ok: false, code: 'disabled' };
  const read = readVcardFile(text);
  if (!read.ok) return read;
  const book = await readIdBook(store);
  const plan = planIdBookImport(book, read.candidates, now);
  if (plan.incoming.length === 0)
    return { ok: false, code: 'nothing', cards: read.cards, invalid: plan.invalid.length };
  if (plan.conflicts > 0 && !replaceConflicts)
    return { ok: false, code: 'confirm', conflicts: plan.conflicts };
  const applied = applyIdBookImport(book, plan, { replaceConflicts });
  if (!applied.ok) return applied;
  await writeIdBook(store, applied.book);
  return {
    ok: true,
    added: plan.added,
    merged: plan.merged,
    invalid: plan.invalid.length,
    cards: read.cards,
    withoutCloud: read.withoutCloud,
  };
}
