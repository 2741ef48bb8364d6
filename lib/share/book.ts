import * as z from 'zod/mini';
import { NO, num, obj, oneOf, opt, str } from '../util/check';
import { parseFederationId } from './federation-id';
import type { KeyValueStore } from '../settings/settings';
import { ID_BOOK_KEY } from '../storage-keys';
import { isObject } from '../util/object';

/**
 * The book of colleagues' federation IDs (issue 12), on this computer only: ID ↔ address (the address
 * may be unknown at first), an optional name, when and how each was added. On the national platform a
 * colleague's ID cannot be built from their address (domain-facts §6.2): it is copied once, then found
 * here by the share tab and the context menu. Pure functions on an immutable value; one storage key,
 * versioned. Nothing here writes twice: an import is validated whole, then written once.
 */

export const ID_BOOK_VERSION = 1;
/** The most entries the book holds (an import that would go past it is refused, nothing changed). */
export const ID_BOOK_MAX_ENTRIES = 10_000;
/** The largest file (settings file or vCard) the book imports, in characters. */
export const ID_BOOK_MAX_IMPORT_CHARS = 10_000_000;
export const ID_BOOK_HOW = ['pasted', 'captured', 'imported'] as const;
export type IdBookHow = (typeof ID_BOOK_HOW)[number];

const ADDRESS = /^[^\s@]+@[^\s@]+$/;
const addressSchema = z.string().check(z.minLength(3), z.maxLength(254), z.regex(ADDRESS));
const isBookId = (id: string) => {
  const parsed = parseFederationId(id, { platform: 'beta' });
  return parsed.ok && parsed.id === id;
};

export const idBookEntrySchema = z.object({
  /** `user@host`, as parseFederationId gives it. */
  id: z
    .string()
    .check(z.minLength(3), z.maxLength(255), z.refine(isBookId, 'not a federation ID on a platform server')),
  /** The colleague's e-mail address, lower case. */
  address: z.optional(addressSchema),
  name: z.optional(z.string().check(z.maxLength(200))),
  how: z.enum(ID_BOOK_HOW),
  /** ms since the epoch. */
  addedAt: z.number().check(z.int(), z.nonnegative()),
  /** Last change (= addedAt until edited): "newest" is decided on it. */
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});
export type IdBookEntry = z.infer<typeof idBookEntrySchema>;

// The same checks without zod (the background reads the book: no zod in the worker); property-tested
// against the schemas (tests/unit/share/checks.test.ts). Imports (parseIdBookSection) keep zod's messages.
const checkAddress = str(3, 254, (a) => ADDRESS.test(a));
const timestamp = num(true, 0);
export const checkIdBookEntry = obj<IdBookEntry>({
  id: str(3, 255, isBookId),
  address: opt(checkAddress),
  name: opt(str(0, 200)),
  how: oneOf(ID_BOOK_HOW),
  addedAt: timestamp,
  updatedAt: timestamp,
});

export interface IdBook {
  version: typeof ID_BOOK_VERSION;
  entries: readonly IdBookEntry[];
}

/** What is given to add an entry (a paste, an import): validated and normalised by `normaliseCandidate`. */
export interface IdBookCandidate {
  id: string;
  address?: string | undefined;
  name?: string | undefined;
  how: IdBookHow;
  /** For imports: the entry's own dates (else now). */
  addedAt?: number;
  updatedAt?: number;
}

export const emptyIdBook = (): IdBook => ({ version: ID_BOOK_VERSION, entries: [] });

const cleanName = (name: string | undefined): string | undefined => {
  const trimmed = name?.replace(/\s+/g, ' ').trim().slice(0, 200);
  return trimmed ? trimmed : undefined;
};

const cleanAddress = (address: string | undefined): string | undefined => {
  const trimmed = address?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
};

/** A candidate → a valid entry, or the reason it is not one. */
export function normaliseCandidate(
  candidate: IdBookCandidate,
  now: number,
): { ok: true; entry: IdBookEntry } | { ok: false; reason: 'id' | 'address' } {
  const parsed = parseFederationId(candidate.id, { platform: 'beta' });
  if (!parsed.ok) return { ok: false, reason: 'id' };
  const address = cleanAddress(candidate.address);
  if (address !== undefined && checkAddress(address) === NO) return { ok: false, reason: 'address' };
  const name = cleanName(candidate.name);
  const addedAt = candidate.addedAt ?? now;
  const entry: IdBookEntry = {
    id: parsed.id,
    ...(address !== undefined ? { address } : {}),
    ...(name !== undefined ? { name } : {}),
    how: candidate.how,
    addedAt,
    updatedAt: Math.max(candidate.updatedAt ?? addedAt, addedAt),
  };
  return { ok: true, entry };
}

/**
 * Stored value → a valid book; a bad entry is dropped on its own; of two entries of one ID or one
 * address, the newest stays. Never throws.
 */
export function parseIdBook(raw: unknown): IdBook {
  if (!isObject(raw) || !Array.isArray(raw.entries)) return emptyIdBook();
  const valid: IdBookEntry[] = [];
  for (const item of raw.entries) {
    const parsed = checkIdBookEntry(item);
    if (parsed !== NO) valid.push(parsed);
  }
  return { version: ID_BOOK_VERSION, entries: dedupeNewest(valid).slice(0, ID_BOOK_MAX_ENTRIES) };
}

const newer = (a: IdBookEntry, b: IdBookEntry) => a.updatedAt > b.updatedAt;

/** One entry per ID and per address: the newest wins (stable order otherwise). */
function dedupeNewest(entries: readonly IdBookEntry[]): IdBookEntry[] {
  const byId = new Map<string, IdBookEntry>();
  for (const e of entries) {
    const seen = byId.get(e.id);
    if (!seen || newer(e, seen)) byId.set(e.id, e);
  }
  const byAddress = new Map<string, IdBookEntry>();
  for (const e of byId.values()) {
    if (e.address === undefined) continue;
    const seen = byAddress.get(e.address);
    if (!seen || newer(e, seen)) byAddress.set(e.address, e);
  }
  return [...byId.values()].filter((e) => e.address === undefined || byAddress.get(e.address) === e);
}

/** The entries that a new one would contradict: another ID for its address, another address for its ID. */
export function conflictsOf(book: IdBook, entry: IdBookEntry): IdBookEntry[] {
  return book.entries.filter(
    (e) =>
      (entry.address !== undefined && e.address === entry.address && e.id !== entry.id) ||
      (e.id === entry.id &&
        e.address !== undefined &&
        entry.address !== undefined &&
        e.address !== entry.address),
  );
}

export type IdBookAddResult =
  | { ok: true; book: IdBook; status: 'added' | 'updated' | 'unchanged'; entry: IdBookEntry }
  | { ok: false; code: 'invalid-id' | 'invalid-address' | 'full' }
  /** Two entries for one address (or one ID): nothing changed; ask the user, then call again with replace. */
  | { ok: false; code: 'conflict'; entry: IdBookEntry; conflicts: IdBookEntry[] };

/**
 * Adds or updates one entry. Same ID: the address and name are filled in (the older dates kept). A
 * contradiction (another ID for this address, another address for this ID) changes nothing unless
 * `replace` is set (after the user confirmed): then the new entry wins and the contradicted ones go.
 */
export function addToIdBook(
  book: IdBook,
  candidate: IdBookCandidate,
  now: number,
  { replace = false }: { replace?: boolean } = {},
): IdBookAddResult {
  const normalised = normaliseCandidate(candidate, now);
  if (!normalised.ok)
    return { ok: false, code: normalised.reason === 'id' ? 'invalid-id' : 'invalid-address' };
  let entry = normalised.entry;
  const conflicts = conflictsOf(book, entry);
  if (conflicts.length > 0 && !replace) return { ok: false, code: 'conflict', entry, conflicts };
  const dropped = new Set(conflicts);
  const same = book.entries.find((e) => e.id === entry.id && !dropped.has(e));
  if (same) {
    const merged: IdBookEntry = {
      ...same,
      ...(entry.address !== undefined ? { address: entry.address } : {}),
      ...(entry.name !== undefined ? { name: entry.name } : {}),
    };
    if (merged.address === same.address && merged.name === same.name && dropped.size === 0)
      return { ok: true, book, status: 'unchanged', entry: same };
    entry = { ...merged, updatedAt: Math.max(now, same.updatedAt) };
    const entries = book.entries.filter((e) => !dropped.has(e)).map((e) => (e === same ? entry : e));
    return { ok: true, book: { version: ID_BOOK_VERSION, entries }, status: 'updated', entry };
  }
  const kept = book.entries.filter((e) => !dropped.has(e));
  if (kept.length >= ID_BOOK_MAX_ENTRIES) return { ok: false, code: 'full' };
  return { ok: true, book: { version: ID_BOOK_VERSION, entries: [entry, ...kept] }, status: 'added', entry };
}

/** Edits the address and name of the entry `id` (same conflict rule as addToIdBook). */
export function editIdBookEntry(
  book: IdBook,
  id: string,
  patch: { address?: string | undefined; name?: string | undefined },
  now: number,
  options: { replace?: boolean } = {},
): IdBookAddResult {
  const current = book.entries.find((e) => e.id === id);
  if (!current) return { ok: false, code: 'invalid-id' };
  const rest: IdBook = { version: ID_BOOK_VERSION, entries: book.entries.filter((e) => e !== current) };
  const result = addToIdBook(
    rest,
    {
      id,
      address: patch.address,
      name: patch.name,
      how: current.how,
      addedAt: current.addedAt,
      updatedAt: now,
    },
    now,
    options,
  );
  if (!result.ok) return result;
  // Back in its place, not at the top.
  const index = book.entries.indexOf(current);
  const others = result.book.entries.filter((e) => e.id !== id);
  others.splice(index, 0, result.entry);
  return {
    ok: true,
    book: { version: ID_BOOK_VERSION, entries: others },
    status: 'updated',
    entry: result.entry,
  };
}

export function removeFromIdBook(book: IdBook, id: string): IdBook {
  return { version: ID_BOOK_VERSION, entries: book.entries.filter((e) => e.id !== id) };
}

/** address → entry, for the share tab and the context menu. */
export function idBookByAddress(book: IdBook): Map<string, IdBookEntry> {
  const map = new Map<string, IdBookEntry>();
  for (const e of book.entries) if (e.address !== undefined) map.set(e.address, e);
  return map;
}

/** Lower case, without accents, single spaces: "Amélie  Dupont" finds "amelie dupont". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface IdBookIndex {
  entries: readonly IdBookEntry[];
  haystacks: readonly string[];
}

/** Folded name, address and ID of each entry, computed once per book (search while typing). */
export function createIdBookIndex(book: IdBook): IdBookIndex {
  return {
    entries: book.entries,
    haystacks: book.entries.map((e) => foldForSearch(`${e.name ?? ''} ${e.address ?? ''} ${e.id}`)),
  };
}

/** The entries whose name, address or ID holds every word of `query`: the first `limit`, and how many. */
export function searchIdBook(
  index: IdBookIndex,
  query: string,
  limit = 50,
): { entries: IdBookEntry[]; total: number } {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const entries: IdBookEntry[] = [];
  let total = 0;
  for (let i = 0; i < index.entries.length; i++) {
    const hay = index.haystacks[i] ?? '';
    if (!words.every((w) => hay.includes(w))) continue;
    total++;
    if (entries.length < limit) entries.push(index.entries[i]!);
  }
  return { entries, total };
}

// ---------------------------------------------------------------------------------------------------
// Import and export

export interface IdBookImportPlan {
  /** Valid entries read, one per ID and address (the newest of the file's duplicates). */
  incoming: IdBookEntry[];
  /** Entries that are new. */
  added: number;
  /** Same ID, nothing contradicted: name or address filled in, or already there. */
  merged: number;
  /** Incoming entries that contradict an existing one (one address, two IDs…): applied only if confirmed. */
  conflicts: number;
  /** Items of the file that are not valid entries (with their position, for the message). */
  invalid: { index: number; reason: string }[];
}

/**
 * Reads a list of candidates (settings file section, or vCards) into a plan, without touching the
 * book: the UI shows it (and asks about conflicts) before `applyIdBookImport` writes once.
 */
export function planIdBookImport(
  book: IdBook,
  candidates: readonly IdBookCandidate[],
  now: number,
): IdBookImportPlan {
  const valid: IdBookEntry[] = [];
  const invalid: IdBookImportPlan['invalid'] = [];
  candidates.forEach((candidate, index) => {
    const normalised = normaliseCandidate(candidate, now);
    if (normalised.ok) valid.push(normalised.entry);
    else invalid.push({ index, reason: normalised.reason });
  });
  const incoming = dedupeNewest(valid);
  const byId = new Map(book.entries.map((e) => [e.id, e]));
  const byAddress = idBookByAddress(book);
  let added = 0;
  let merged = 0;
  let conflicts = 0;
  for (const e of incoming) {
    const sameId = byId.get(e.id);
    const sameAddress = e.address !== undefined ? byAddress.get(e.address) : undefined;
    const contradicts =
      (sameAddress !== undefined && sameAddress.id !== e.id) ||
      (sameId?.address !== undefined && e.address !== undefined && sameId.address !== e.address);
    if (contradicts) conflicts++;
    else if (sameId) merged++;
    else added++;
  }
  return { incoming, added, merged, conflicts, invalid };
}

export type IdBookApplyResult = { ok: true; book: IdBook } | { ok: false; code: 'full'; max: number };

/**
 * Applies a plan in one pass. Same ID: the address and name are filled in, the older dates kept.
 * Conflicts: when `replaceConflicts` (the user confirmed), the newest of the two wins; else the book's
 * entry stays. Refuses, changing nothing, when the book would exceed its maximum. New entries come first.
 */
export function applyIdBookImport(
  book: IdBook,
  plan: IdBookImportPlan,
  { replaceConflicts = false }: { replaceConflicts?: boolean } = {},
): IdBookApplyResult {
  const ids = new Map(book.entries.map((e) => [e.id, e]));
  const addresses = idBookByAddress(book);
  const forget = (e: IdBookEntry) => {
    ids.delete(e.id);
    if (e.address !== undefined && addresses.get(e.address) === e) addresses.delete(e.address);
  };
  for (const e of plan.incoming) {
    const sameId = ids.get(e.id);
    const sameAddress = e.address !== undefined ? addresses.get(e.address) : undefined;
    const conflicting = [
      ...(sameAddress !== undefined && sameAddress.id !== e.id ? [sameAddress] : []),
      ...(sameId?.address !== undefined && e.address !== undefined && sameId.address !== e.address
        ? [sameId]
        : []),
    ];
    if (conflicting.length > 0) {
      if (!replaceConflicts || conflicting.some((c) => newer(c, e))) continue;
      conflicting.forEach(forget);
    }
    const base = ids.get(e.id);
    const next: IdBookEntry = base
      ? {
          ...base,
          ...(e.address !== undefined ? { address: e.address } : {}),
          ...(e.name !== undefined ? { name: e.name } : {}),
          updatedAt: Math.max(base.updatedAt, e.updatedAt),
        }
      : e;
    if (base) forget(base);
    ids.set(next.id, next);
    if (next.address !== undefined) addresses.set(next.address, next);
  }
  const before = new Set(book.entries.map((e) => e.id));
  const fresh = [...ids.values()].filter((e) => !before.has(e.id));
  const kept = book.entries.flatMap((e) => {
    const now = ids.get(e.id);
    return now ? [now] : [];
  });
  const entries = [...fresh, ...kept];
  if (entries.length > ID_BOOK_MAX_ENTRIES) return { ok: false, code: 'full', max: ID_BOOK_MAX_ENTRIES };
  return { ok: true, book: { version: ID_BOOK_VERSION, entries } };
}

/** The section of the settings file (export): the book as stored. */
export function exportIdBook(book: IdBook): { version: number; entries: IdBookEntry[] } {
  return { version: ID_BOOK_VERSION, entries: [...book.entries] };
}

/**
 * The settings file's `idBook` section → candidates, strictly: anything that is not a list of valid
 * entries is refused whole (errors say where), so a damaged file changes nothing.
 */
export function parseIdBookSection(
  raw: unknown,
): { ok: true; candidates: IdBookCandidate[] } | { ok: false; errors: string[] } {
  if (!isObject(raw) || !Array.isArray(raw.entries)) return { ok: false, errors: ['idBook: not a book'] };
  if (typeof raw.version === 'number' && raw.version > ID_BOOK_VERSION && raw.entries.length === 0)
    return { ok: true, candidates: [] };
  if (raw.entries.length > ID_BOOK_MAX_ENTRIES)
    return {
      ok: false,
      errors: [`idBook: more than ${ID_BOOK_MAX_ENTRIES} entries (${raw.entries.length})`],
    };
  const errors: string[] = [];
  const candidates: IdBookCandidate[] = [];
  raw.entries.forEach((item, index) => {
    const parsed = idBookEntrySchema.safeParse(item);
    if (parsed.success) candidates.push(parsed.data);
    else if (errors.length < 5)
      errors.push(`idBook.entries.${index}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    else if (errors.length === 5) errors.push('…');
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, candidates };
}

// ---------------------------------------------------------------------------------------------------
// Storage

export { ID_BOOK_KEY };

export async function readIdBook(store: KeyValueStore): Promise<IdBook> {
  return parseIdBook((await store.get(ID_BOOK_KEY))[ID_BOOK_KEY]);
}

export async function writeIdBook(store: KeyValueStore, book: IdBook): Promise<IdBook> {
  await store.set({ [ID_BOOK_KEY]: exportIdBook(book) });
  return book;
}

/** The book by address and by ID, as shareIdsFromText wants it. */
export function idBookLookup(book: IdBook): {
  byAddress: Map<string, IdBookEntry>;
  byId: Map<string, IdBookEntry>;
} {
  return { byAddress: idBookByAddress(book), byId: new Map(book.entries.map((e) => [e.id, e])) };
}
