/**
 * FAQ refresh from the network: a conditional GET (If-None-Match / If-Modified-Since from the stored
 * meta), then either the project's JSON format or an HTML FAQ page. A response replaces the cache only
 * when it is valid and plausible; otherwise the good cache stays. Never throws: every outcome is a
 * `RefreshResult` with a message key (see `faqRefreshMessages`) and its French text.
 */
import { createTranslator, type Dictionary } from '../i18n';
import { isAcceptedFinalUrl, readLimitedText } from '../remote-body';
import type { HtmlElement } from './html-tree';
import { NO } from '../util/check';
import { checkFaqDocument, checkFaqEntries } from './check';
import { FAQ_FORMAT_VERSION, type FaqEntry } from './schema';
import { FAQ_META_KEY, type FaqDatabase, type FaqMeta, faqRevision, readFaqMeta, replaceFaq } from './store';

/** A response with fewer entries than this share of the current cache is taken as truncated. */
export const FAQ_MIN_KEPT_RATIO = 0.5;
export const MAX_RESPONSE_CHARS = 2_000_000;
/** Bytes read at most (UTF-8: up to 4 bytes a character); the body is streamed and cut past this. */
export const MAX_RESPONSE_BYTES = MAX_RESPONSE_CHARS * 4;
export const DEFAULT_REFRESH_TIMEOUT_MS = 20_000;

export type FaqRefreshMessageKey =
  | 'faq.refresh.updated'
  | 'faq.refresh.unchanged'
  | 'faq.refresh.notModified'
  | 'faq.refresh.offline'
  | 'faq.refresh.rejected.httpStatus'
  | 'faq.refresh.rejected.tooLarge'
  | 'faq.refresh.rejected.unsupportedFormat'
  | 'faq.refresh.rejected.invalidJson'
  | 'faq.refresh.rejected.invalidData'
  | 'faq.refresh.rejected.empty'
  | 'faq.refresh.rejected.truncated'
  | 'faq.refresh.rejected.redirected'
  | 'faq.refresh.error.storage'
  | 'faq.refresh.error.unexpected';

/** The French texts: the worker's results carry them (`message`), it needs no English. */
const frenchTexts: Record<FaqRefreshMessageKey, string> = {
  'faq.refresh.updated': 'FAQ mise à jour : {count} questions.',
  'faq.refresh.unchanged': 'La FAQ est déjà à jour ({count} questions).',
  'faq.refresh.notModified': 'La FAQ est déjà à jour.',
  'faq.refresh.offline': 'Hors ligne : la FAQ enregistrée reste disponible.',
  'faq.refresh.rejected.httpStatus': 'Le serveur a répondu {status} : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.tooLarge':
    'La réponse du serveur est trop volumineuse : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.unsupportedFormat':
    "La réponse du serveur n'est ni du JSON ni du HTML : la FAQ enregistrée est conservée.",
  'faq.refresh.rejected.invalidJson': 'La FAQ reçue est illisible : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.invalidData': 'La FAQ reçue est invalide : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.empty': 'Aucune question trouvée dans la réponse : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.truncated':
    'La FAQ reçue semble incomplète ({count} questions au lieu de {current}) : la FAQ enregistrée est conservée.',
  'faq.refresh.rejected.redirected':
    'Le serveur a renvoyé vers une autre adresse ({origin}) : la FAQ enregistrée est conservée.',
  'faq.refresh.error.storage': "Impossible d'enregistrer la nouvelle FAQ : la précédente reste utilisée.",
  'faq.refresh.error.unexpected': 'La mise à jour de la FAQ a échoué : la FAQ enregistrée reste utilisée.',
};

/** Both languages, for the pages (the FAQ tab's footer). */
export const faqRefreshMessages: Dictionary<FaqRefreshMessageKey> = {
  fr: frenchTexts,
  en: {
    'faq.refresh.updated': 'FAQ updated: {count} questions.',
    'faq.refresh.unchanged': 'The FAQ is already up to date ({count} questions).',
    'faq.refresh.notModified': 'The FAQ is already up to date.',
    'faq.refresh.offline': 'Offline: the saved FAQ is still available.',
    'faq.refresh.rejected.httpStatus': 'The server answered {status}: the saved FAQ is kept.',
    'faq.refresh.rejected.tooLarge': "The server's response is too large: the saved FAQ is kept.",
    'faq.refresh.rejected.unsupportedFormat':
      "The server's response is neither JSON nor HTML: the saved FAQ is kept.",
    'faq.refresh.rejected.invalidJson': 'The FAQ received is unreadable: the saved FAQ is kept.',
    'faq.refresh.rejected.invalidData': 'The FAQ received is invalid: the saved FAQ is kept.',
    'faq.refresh.rejected.empty': 'No question found in the response: the saved FAQ is kept.',
    'faq.refresh.rejected.truncated':
      'The FAQ received looks incomplete ({count} questions instead of {current}): the saved FAQ is kept.',
    'faq.refresh.rejected.redirected':
      'The server redirected to another address ({origin}): the saved FAQ is kept.',
    'faq.refresh.error.storage': 'The new FAQ could not be saved: the previous one is still used.',
    'faq.refresh.error.unexpected': 'The FAQ update failed: the saved FAQ is still used.',
  },
};

const frenchMessage = createTranslator({ fr: frenchTexts, en: frenchTexts }, 'fr');

export type FaqRefreshRejectReason =
  | 'http-status'
  | 'too-large'
  | 'unsupported-format'
  | 'invalid-json'
  | 'invalid-data'
  | 'empty'
  | 'truncated'
  | 'redirected';

interface Message {
  messageKey: FaqRefreshMessageKey;
  /** Named values of the message's placeholders. */
  params: Record<string, string | number>;
  /** The message in French. */
  message: string;
}

export type RefreshResult =
  | ({ status: 'updated'; count: number; format: 'json' | 'html'; changed: boolean } & Message)
  | ({ status: 'not-modified' } & Message)
  | ({ status: 'rejected'; reason: FaqRefreshRejectReason; httpStatus?: number } & Message)
  | ({ status: 'offline' } & Message)
  | ({ status: 'error'; reason: 'storage' | 'unexpected' } & Message);

export type FaqFetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Reads the FAQ entries of an HTML page (`baseUrl` resolves its links): ./html.ts on the platform's
 * DOMParser, in Firefox's background page, or in Chrome's offscreen document, which the service worker
 * asks (so the worker bundles no HTML reading). What it gives is checked here like any remote data.
 */
export type FaqHtmlEntriesOf = (html: string, baseUrl: string) => Promise<unknown>;

/** A page → its content tree (./html-tree.ts); ./html.ts's `htmlEntriesFromTree` makes it an `FaqHtmlEntriesOf`. */
export type FaqHtmlTreeOf = (html: string) => Promise<HtmlElement | undefined>;

export interface FaqRefreshOptions {
  db: FaqDatabase;
  /** The FAQ's address: JSON in the project's format, or an HTML FAQ page. */
  url: string;
  fetch: FaqFetch;
  now?: number;
  timeoutMs?: number;
  /** Accept an http: address (only the e2e hook: its server is http://127.0.0.1). */
  allowHttp?: boolean;
  /** How an HTML page is read; without it, an HTML answer is refused as unsupported. */
  htmlEntries?: FaqHtmlEntriesOf;
}

function message(key: FaqRefreshMessageKey, params: Record<string, string | number> = {}): Message {
  return { messageKey: key, params, message: frenchMessage(key, params) };
}

/**
 * Truncation rule: a newer copy from the address of the cached one must keep at least half as many
 * entries (`newCount >= FAQ_MIN_KEPT_RATIO * currentCount`). A FAQ rarely loses half its questions at
 * once; a half-served page or a generic error page parsed as HTML does. Only against a copy from the
 * same address: an academy's own 8-question FAQ is not a truncated copy of the bundled 23 (see
 * `refresh`).
 */
export function isTruncatedFaq(newCount: number, currentCount: number): boolean {
  return currentCount > 0 && newCount < currentCount * FAQ_MIN_KEPT_RATIO;
}

type Parsed =
  { ok: true; entries: FaqEntry[]; format: 'json' | 'html' } | { ok: false; reason: FaqRefreshRejectReason };

/** Reads a response body as the project's JSON or as an HTML page (read by `htmlEntries`). */
export async function parseFaqResponse(
  body: string,
  contentType: string,
  baseUrl: string,
  htmlEntries?: FaqHtmlEntriesOf,
): Promise<Parsed> {
  const type = contentType.toLowerCase();
  const first = body.trimStart().charAt(0);
  const isJson = type.includes('json') || (!type.includes('html') && (first === '{' || first === '['));
  const isHtml = !isJson && (type.includes('html') || first === '<');
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'invalid-json' };
    }
    const entries = (data as { entries?: unknown } | null)?.entries;
    if (Array.isArray(entries) && entries.length === 0) return { ok: false, reason: 'empty' };
    // The plain twin of faqDocumentSchema (./check.ts): the worker loads no zod.
    const parsed = checkFaqDocument(data);
    return parsed !== NO
      ? { ok: true, entries: parsed.entries, format: 'json' }
      : { ok: false, reason: 'invalid-data' };
  }
  if (isHtml && htmlEntries) {
    const entries = await htmlEntries(body, baseUrl).catch(() => []);
    if (!Array.isArray(entries) || entries.length === 0) return { ok: false, reason: 'empty' };
    const parsed = checkFaqEntries(entries);
    return parsed !== NO
      ? { ok: true, entries: parsed, format: 'html' }
      : { ok: false, reason: 'invalid-data' };
  }
  return { ok: false, reason: 'unsupported-format' };
}

const REJECT_KEYS: Record<FaqRefreshRejectReason, FaqRefreshMessageKey> = {
  'http-status': 'faq.refresh.rejected.httpStatus',
  'too-large': 'faq.refresh.rejected.tooLarge',
  'unsupported-format': 'faq.refresh.rejected.unsupportedFormat',
  'invalid-json': 'faq.refresh.rejected.invalidJson',
  'invalid-data': 'faq.refresh.rejected.invalidData',
  empty: 'faq.refresh.rejected.empty',
  truncated: 'faq.refresh.rejected.truncated',
  redirected: 'faq.refresh.rejected.redirected',
};

function rejected(
  reason: FaqRefreshRejectReason,
  params: Record<string, string | number> = {},
): RefreshResult {
  return { status: 'rejected', reason, ...message(REJECT_KEYS[reason], params) };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url.slice(0, 100);
  }
}

/** Fetches the FAQ at `url` and, if it is acceptable, replaces the cache atomically. Never throws. */
export async function refreshFaq(options: FaqRefreshOptions): Promise<RefreshResult> {
  try {
    return await refresh(options);
  } catch {
    return { status: 'error', reason: 'unexpected', ...message('faq.refresh.error.unexpected') };
  }
}

async function refresh({
  db,
  url,
  fetch,
  now = Date.now(),
  timeoutMs = DEFAULT_REFRESH_TIMEOUT_MS,
  allowHttp = false,
  htmlEntries,
}: FaqRefreshOptions): Promise<RefreshResult> {
  const [meta, currentCount] = await Promise.all([readFaqMeta(db), db.count('entries')]);

  const headers: Record<string, string> = { Accept: 'application/json, text/html;q=0.9' };
  // Validators only make sense for the resource they came from.
  if (meta?.source === 'network' && meta.url === url) {
    if (meta.etag) headers['If-None-Match'] = meta.etag;
    if (meta.lastModified) headers['If-Modified-Since'] = meta.lastModified;
  }

  const conditional = 'If-None-Match' in headers || 'If-Modified-Since' in headers;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      headers,
      // The FAQ is public: no cookies. Author-set validators already bypass the HTTP cache.
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
    // Stored under `url`, so it must come from there: no redirect to another origin, https only.
    if (!isAcceptedFinalUrl(url, response, { allowHttp })) {
      await response.body?.cancel().catch(() => undefined);
      return rejected('redirected', { origin: originOf(response.url || url) });
    }
    if (response.status === 304) {
      // « Déjà à jour » only makes sense for a copy of this address that we asked about: a 304 to an
      // unconditional request (nothing downloaded yet, the bundled copy shown) is a server's error.
      if (!conditional) return rejected('http-status', { status: 304 });
      if (meta) await db.put('meta', { ...meta, checkedAt: now }, FAQ_META_KEY);
      return { status: 'not-modified', ...message('faq.refresh.notModified') };
    }
    if (!response.ok) return rejected('http-status', { status: response.status });
    const read = await readLimitedText(response, MAX_RESPONSE_BYTES);
    if (!read.ok) return rejected('too-large');
    body = read.text;
  } catch {
    // fetch rejects with TypeError when offline (AbortError on our timeout): not an error.
    return { status: 'offline', ...message('faq.refresh.offline') };
  } finally {
    clearTimeout(timer);
  }
  if (body.length > MAX_RESPONSE_CHARS) return rejected('too-large');

  const parsed = await parseFaqResponse(
    body,
    response.headers.get('Content-Type') ?? '',
    response.url || url,
    htmlEntries,
  );
  if (!parsed.ok) return rejected(parsed.reason);
  const { entries, format } = parsed;
  // Compared with the cached copy only when it came from this very address (issue 15, item 8).
  const sameSource = meta?.source === 'network' && meta.url === url;
  if (sameSource && isTruncatedFaq(entries.length, currentCount))
    return rejected('truncated', { count: entries.length, current: currentCount });

  const revision = faqRevision(entries);
  const next: FaqMeta = {
    source: 'network',
    url,
    etag: response.headers.get('ETag'),
    lastModified: response.headers.get('Last-Modified'),
    updatedAt: now,
    checkedAt: now,
    version: FAQ_FORMAT_VERSION,
    revision,
    count: entries.length,
  };
  try {
    await replaceFaq(db, entries, next);
  } catch {
    return { status: 'error', reason: 'storage', ...message('faq.refresh.error.storage') };
  }
  const changed = meta?.revision !== revision;
  return {
    status: 'updated',
    count: entries.length,
    format,
    changed,
    ...message(changed ? 'faq.refresh.updated' : 'faq.refresh.unchanged', { count: entries.length }),
  };
}
