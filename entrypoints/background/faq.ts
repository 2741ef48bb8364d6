import browser from 'webextension-polyfill';
// Each from its module, not the lib/faq barrel: the barrel holds the bundled FAQ data (lib/faq/data.ts),
// whose top-level array work the bundler keeps, and the worker reads the packaged copy instead.
import { parseFaqHtml } from '@/lib/faq/html';
import { type FaqFetch, type FaqHtmlEntriesOf, refreshFaq } from '@/lib/faq/refresh';
import type { FaqEntry } from '@/lib/faq/schema';
import { bundledFaqMeta, deleteFaqDb, loadFaq, readFaqMeta, replaceFaq } from '@/lib/faq/store';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import { entriesOfOffscreenResponse, offscreenParseMessage } from '@/lib/messaging/faq-offscreen';
import { MANAGED_CACHE_KEY, parseManagedCache } from '@/lib/settings/policy';
import { readSettingsInForce } from '@/lib/settings/reader';
import { parseSettings, SETTINGS_KEY } from '@/lib/settings/settings';
import { offscreenApi, withOffscreenDocument } from './offscreen';

/**
 * The offline FAQ's background side (issue 6): seeds IndexedDB at install, refreshes it from the
 * network once a day (alarm), when the FAQ address changes, and when the popup asks ("Mettre à jour").
 * Only the background fetches; the popup reads IndexedDB.
 *
 * Host access: the manifest grants the platform hosts only (wxt.config.ts host_permissions), so a FAQ served elsewhere must allow
 * cross-origin requests (CORS), like the remote catalogue. No optional host permission is requested.
 */

export const FAQ_ALARM = 'compagnon-faq-refresh';
/** Once a day: the FAQ changes rarely, and a conditional request costs a 304 at most. */
export const FAQ_REFRESH_PERIOD_MINUTES = 24 * 60;

export interface FaqRefreshDeps {
  /** The FAQ source; undefined when none is configured (settings or administrator policy). */
  url: string | undefined;
  fetch?: FaqFetch;
  idbFactory?: IDBFactory;
  bundled?: readonly FaqEntry[];
  now?: number;
  /** Only the e2e hook: its server is http://127.0.0.1 (settings accept https addresses only). */
  allowHttp?: boolean;
  /** How an HTML FAQ page is read (default: `platformHtmlEntries`). */
  htmlEntries?: FaqHtmlEntriesOf;
}

/**
 * The platform's HTML parser, so none ships in the extension: Firefox's background page has DOMParser
 * and reads the page itself; Chrome's service worker asks the offscreen document (./offscreen.ts),
 * which answers with the entries. A build-time branch: Chrome's worker bundles no HTML reading.
 */
export const platformHtmlEntries: FaqHtmlEntriesOf = async (html, baseUrl) => {
  if (import.meta.env.FIREFOX)
    return parseFaqHtml(html, baseUrl, (page) => new DOMParser().parseFromString(page, 'text/html'));
  const offscreen = offscreenApi();
  if (!offscreen) return [];
  return withOffscreenDocument(offscreen, browser.runtime.getURL('/offscreen.html'), async () =>
    entriesOfOffscreenResponse(await browser.runtime.sendMessage(offscreenParseMessage(html, baseUrl))),
  );
};

/**
 * The FAQ shipped with the extension, as the background reads it: the packaged file faq-bundled.json
 * (written at build time by wxt.config.ts from assets/data/faq-today.json and faq.json, the entries
 * the pages bundle, in the same order), fetched once per worker run instead of living in the worker's
 * bundle (~15 KiB gzip). It is a file of the package itself, always there, offline included.
 */
export const PACKAGED_FAQ_PATH = '/faq-bundled.json';

let packaged: Promise<FaqEntry[]> | undefined;

export function packagedFaq(): Promise<FaqEntry[]> {
  packaged ??= fetch(browser.runtime.getURL(PACKAGED_FAQ_PATH))
    .then((response) => response.json() as Promise<{ entries?: unknown }>)
    .then(({ entries }) => {
      if (!Array.isArray(entries) || entries.length === 0) throw new Error('faq-bundled.json is empty');
      return entries as FaqEntry[];
    });
  // A failed read is not kept: the next call tries again.
  packaged.catch(() => (packaged = undefined));
  return packaged;
}

const noUrl: FaqRefreshResponse = { status: 'no-url', messageKey: 'faq.refresh.noUrl', params: {} };

/**
 * One refresh: opens the cache (seeding it if needed), fetches `url` and keeps the answer only if it is
 * acceptable (lib/faq/refresh.ts). With no URL, nothing is fetched; a copy downloaded from a source that
 * is no longer configured gives way to the bundled one ("leave empty to use the bundled FAQ").
 */
export async function runFaqRefresh(deps: FaqRefreshDeps): Promise<FaqRefreshResponse> {
  let bundled: readonly FaqEntry[];
  try {
    bundled = deps.bundled ?? (await packagedFaq());
  } catch {
    return { status: 'error', messageKey: 'faq.refresh.error.unexpected', params: {} };
  }
  const now = deps.now ?? Date.now();
  const loaded = await loadFaq({
    bundled,
    now,
    ...(deps.idbFactory ? { idbFactory: deps.idbFactory } : {}),
  });
  if (loaded.source !== 'indexeddb') {
    if (!deps.url) return noUrl;
    return { status: 'error', messageKey: 'faq.refresh.error.storage', params: {} };
  }
  const db = loaded.db;
  try {
    if (!deps.url) {
      const meta = await readFaqMeta(db);
      if (meta?.source === 'network') await replaceFaq(db, bundled, bundledFaqMeta(bundled, now));
      return noUrl;
    }
    const result = await refreshFaq({
      db,
      url: deps.url,
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      now,
      htmlEntries: deps.htmlEntries ?? platformHtmlEntries,
      ...(deps.allowHttp ? { allowHttp: true } : {}),
    });
    return { status: result.status, messageKey: result.messageKey, params: result.params };
  } catch {
    return { status: 'error', messageKey: 'faq.refresh.error.unexpected', params: {} };
  } finally {
    db.close();
  }
}

/** The FAQ address in force: the administrator's policy wins over the user's setting. */
export async function effectiveFaqUrl(store = browser.storage.local): Promise<string | undefined> {
  const { settings } = await readSettingsInForce(store);
  return settings.faqUrl;
}

// The alarm, the button, a settings change and the e2e reset may coincide: the background's work on
// the cache runs one job at a time, in order (a refresh without address must not undo a later one).
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

// A refresh still waiting for its turn is shared by later calls for the same source. Once it runs, a
// new call queues another one: the address in force may have changed meanwhile.
const waiting = new Map<string, Promise<FaqRefreshResponse>>();

/** Refreshes from the FAQ address in force (shared by the alarm, the popup and settings changes). */
export function refreshFaqNow(
  deps: Omit<FaqRefreshDeps, 'url'> & { url?: string } = {},
): Promise<FaqRefreshResponse> {
  const key = deps.url ?? '(settings)';
  const current = waiting.get(key);
  if (current) return current;
  const next = enqueue(async () => {
    waiting.delete(key);
    return runFaqRefresh({ ...deps, url: deps.url ?? (await effectiveFaqUrl()) });
  });
  waiting.set(key, next);
  return next;
}

/** Opens (creating or upgrading) the cache and seeds the bundled copy; nothing else. */
export async function seedFaq(idbFactory?: IDBFactory): Promise<void> {
  const bundled = await packagedFaq();
  const loaded = await loadFaq(idbFactory ? { idbFactory, bundled } : { bundled });
  if (loaded.source === 'indexeddb') loaded.db.close();
}

/** At install and update: seed the cache (an update may ship a newer bundled copy), then refresh. */
export function seedFaqOnInstall(): void {
  browser.runtime.onInstalled.addListener(() => {
    void seedFaq().then(() => refreshFaqNow());
  });
}

/** Creates the daily alarm unless it exists (re-creating it would push the next run back). */
export async function ensureFaqAlarm(alarms = browser.alarms): Promise<void> {
  if (await alarms.get(FAQ_ALARM)) return;
  await alarms.create(FAQ_ALARM, {
    delayInMinutes: FAQ_REFRESH_PERIOD_MINUTES,
    periodInMinutes: FAQ_REFRESH_PERIOD_MINUTES,
  });
}

/** True when a storage.local change moves the FAQ address (the user's setting or the policy's). */
export function faqUrlChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): boolean {
  const settings = changes[SETTINGS_KEY];
  if (settings && parseSettings(settings.oldValue).faqUrl !== parseSettings(settings.newValue).faqUrl)
    return true;
  const policy = changes[MANAGED_CACHE_KEY];
  return !!policy && parseManagedCache(policy.oldValue).faqUrl !== parseManagedCache(policy.newValue).faqUrl;
}

/**
 * The daily alarm's listener, and a refresh as soon as the FAQ address changes. The alarm itself is
 * created by `ensureFaqAlarm`, at the session's first start (./session-start.ts, from the entrypoint):
 * the browser keeps it across the worker's restarts.
 */
export function scheduleFaqRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FAQ_ALARM) void refreshFaqNow();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && faqUrlChanged(changes)) void refreshFaqNow();
  });
}

/** What the e2e hook exposes: a refresh from any URL (the tests' server is http://127.0.0.1). */
export const faqTestHook = { refreshFaq: (url: string) => refreshFaqNow({ url, allowHttp: true }) };

/** e2e hook: back to a freshly installed cache (the bundled copy). */
export function resetFaqForTests(): Promise<void> {
  return enqueue(async () => {
    await deleteFaqDb().catch(() => undefined);
    await seedFaq();
  });
}
