import * as z from 'zod/mini';
import { NO, num, obj, opt, str } from '../util/check';
import type { KeyValueStore } from '../settings/settings';
import { SHARE_HISTORY_KEY } from '../storage-keys';

/**
 * The last federated share IDs the user copied (popup tab "Partager" and context menu), newest first.
 * Not a setting: it is not exported with the settings, and lives under its own key in storage.local.
 */
export { SHARE_HISTORY_KEY };
export const SHARE_HISTORY_MAX = 20;

export const shareHistoryEntrySchema = z.object({
  /** The federated cloud ID that was copied. */
  id: z.string().check(z.minLength(3), z.maxLength(512)),
  /** The colleague's address it was built from, when there was one. */
  address: z.optional(z.string().check(z.maxLength(254))),
  /** When it was copied (ms since the epoch). */
  at: z.number().check(z.int(), z.nonnegative()),
});
export type ShareHistoryEntry = z.infer<typeof shareHistoryEntrySchema>;
/** The same check without zod (the background reads the history); property-tested against the schema. */
export const checkShareHistoryEntry = obj<ShareHistoryEntry>({
  id: str(3, 512),
  address: opt(str(0, 254)),
  at: num(true, 0),
});

/** Stored value → valid entries; a bad entry is dropped on its own, a bad list gives []. */
export function parseShareHistory(raw: unknown): ShareHistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: ShareHistoryEntry[] = [];
  for (const item of raw) {
    const parsed = checkShareHistoryEntry(item);
    if (parsed !== NO) out.push(parsed);
    if (out.length === SHARE_HISTORY_MAX) break;
  }
  return out;
}

/** New entries first (in the given order), then the older ones; one line per ID; at most 20. */
export function mergeShareHistory(
  current: readonly ShareHistoryEntry[],
  added: readonly Omit<ShareHistoryEntry, 'at'>[],
  now: number,
): ShareHistoryEntry[] {
  const fresh: ShareHistoryEntry[] = [];
  for (const entry of added) {
    if (fresh.some((e) => e.id === entry.id)) continue;
    fresh.push(entry.address === undefined ? { id: entry.id, at: now } : { ...entry, at: now });
  }
  const ids = new Set(fresh.map((e) => e.id));
  return [...fresh, ...current.filter((e) => !ids.has(e.id))].slice(0, SHARE_HISTORY_MAX);
}

export async function readShareHistory(store: KeyValueStore): Promise<ShareHistoryEntry[]> {
  const stored = await store.get(SHARE_HISTORY_KEY);
  return parseShareHistory(stored[SHARE_HISTORY_KEY]);
}

/** Records copied IDs; returns the new history. */
export async function addToShareHistory(
  store: KeyValueStore,
  added: readonly Omit<ShareHistoryEntry, 'at'>[],
  now: number = Date.now(),
): Promise<ShareHistoryEntry[]> {
  const next = mergeShareHistory(await readShareHistory(store), added, now);
  if (added.length > 0) await store.set({ [SHARE_HISTORY_KEY]: next });
  return next;
}

export async function clearShareHistory(store: KeyValueStore): Promise<void> {
  await store.set({ [SHARE_HISTORY_KEY]: [] });
}

/** Removes one copied ID from the history; returns the new history (unchanged when it was not there). */
export async function removeFromShareHistory(store: KeyValueStore, id: string): Promise<ShareHistoryEntry[]> {
  const current = await readShareHistory(store);
  const next = current.filter((e) => e.id !== id);
  if (next.length !== current.length) await store.set({ [SHARE_HISTORY_KEY]: next });
  return next;
}
