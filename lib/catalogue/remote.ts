import { CATALOGUE_CACHE_KEY } from '../storage-keys';
import { NO } from '../util/check';
import { catalogueRefusal, checkCatalogue, checkCatalogueCache, checkHttpsUrl } from './check';
import { isAcceptedFinalUrl, readLimitedText, type RemoteBody } from '../remote-body';
import type { Catalogue, CatalogueCache } from './schema';

/**
 * Remote catalogue: a JSON file (URL in the options or set by the administrator) replacing the
 * bundled one. An invalid or unreachable file keeps the last good one and says so. Its own module:
 * the popup loads it only when a remote catalogue is configured. No zod here (the background worker
 * imports it): the cache's zod schema is in ./schema.ts, its plain twin in ./check.ts.
 */

/** Refresh at most this often (popup opening, browser start-up). */
export const CATALOGUE_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** A catalogue is small (100 services at most): far below the FAQ's limit, enforced the same way. */
export const CATALOGUE_MAX_BYTES = 256 * 1024;
export const CATALOGUE_FETCH_TIMEOUT_MS = 10_000;

/** `foreign-host`: a platform service (a link not marked external) outside *.education.fr. */
export type CatalogueFailure =
  'network' | 'http' | 'too-large' | 'not-json' | 'invalid' | 'foreign-host' | 'redirected';

export type { CatalogueCache } from './schema';

/**
 * Stored value → cache; anything invalid is an empty cache (the bundled catalogue then applies).
 * With the plain twin of catalogueCacheSchema (./check.ts): the worker reads it at start-up, without zod.
 */
export function parseCatalogueCache(raw: unknown): CatalogueCache {
  const parsed = checkCatalogueCache(raw);
  return parsed === NO ? {} : parsed;
}

/** Whether the cache should be refreshed for this URL now. */
export function catalogueNeedsRefresh(cache: CatalogueCache, url: string | undefined, now: number): boolean {
  if (!url) return false;
  if (cache.lastError?.url === url && now - cache.lastError.at < 60_000) return false;
  if (cache.url !== url || cache.fetchedAt === undefined) return true;
  return now - cache.fetchedAt >= CATALOGUE_MAX_AGE_MS;
}

/** The part of `fetch` the catalogue uses; the body is streamed when there is one (see remote-body.ts). */
export type FetchLike = (
  url: string,
  init: { credentials: 'omit'; cache: 'no-cache'; redirect: 'follow'; signal?: AbortSignal },
) => Promise<{ ok: boolean; url?: string; redirected?: boolean } & RemoteBody>;

export type FetchCatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; reason: CatalogueFailure };

/** Downloads and validates a remote catalogue. Never throws. */
export async function fetchRemoteCatalogue(
  url: string,
  fetchFn: FetchLike,
  timeoutMs = CATALOGUE_FETCH_TIMEOUT_MS,
): Promise<FetchCatalogueResult> {
  if (checkHttpsUrl(url) === NO) return { ok: false, reason: 'invalid' };
  let body: string;
  try {
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeoutMs) : undefined;
    const response = await fetchFn(url, {
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
      ...(signal ? { signal } : {}),
    });
    // Stored under `url`: a redirect to another origin (or off https) is refused (issue 15, item 10).
    if (!isAcceptedFinalUrl(url, response)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'redirected' };
    }
    if (!response.ok) return { ok: false, reason: 'http' };
    const read = await readLimitedText(response, CATALOGUE_MAX_BYTES);
    if (!read.ok) return { ok: false, reason: 'too-large' };
    body = read.text;
  } catch {
    return { ok: false, reason: 'network' };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  // The plain twin of catalogueSchema (./check.ts): the background worker fetches it, without zod.
  const parsed = checkCatalogue(json);
  if (parsed !== NO) return { ok: true, catalogue: parsed };
  return { ok: false, reason: catalogueRefusal(json) };
}

/** The cache after an attempt: a success replaces the catalogue, a failure keeps it and records why. */
export function nextCatalogueCache(
  previous: CatalogueCache,
  url: string,
  result: FetchCatalogueResult,
  now: number,
): CatalogueCache {
  if (result.ok) return { catalogue: result.catalogue, url, fetchedAt: now };
  return { ...previous, lastError: { url, at: now, reason: result.reason } };
}

export interface CatalogueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Refreshes the stored remote catalogue when needed (or always with `force`). Returns the new cache.
 * Used by the background at start-up, and by the popup and the options page.
 */
export async function refreshCatalogue(
  store: CatalogueStore,
  url: string | undefined,
  fetchFn: FetchLike,
  { now = Date.now(), force = false }: { now?: number; force?: boolean } = {},
): Promise<CatalogueCache> {
  const stored = await store.get(CATALOGUE_CACHE_KEY);
  const cache = parseCatalogueCache(stored[CATALOGUE_CACHE_KEY]);
  if (!url || (!force && !catalogueNeedsRefresh(cache, url, now))) return cache;
  const result = await fetchRemoteCatalogue(url, fetchFn);
  const next = nextCatalogueCache(cache, url, result, now);
  await store.set({ [CATALOGUE_CACHE_KEY]: next });
  return next;
}
