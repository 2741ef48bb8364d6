import type { FaqEntry } from '../faq/schema';

/**
 * Chrome only: the service worker has no DOMParser, so the FAQ's HTML refresh asks the offscreen
 * document (the clipboard's, with a second reason) to read a page's FAQ entries: DOMParser, then
 * lib/faq/html-tree.ts and lib/faq/html.ts there, so that the worker bundles no HTML reading (issue
 * 16). The worker checks the entries it gets like any remote data (lib/faq/refresh.ts).
 *
 *   background ──faq:offscreen-parse {html, baseUrl}──▶ offscreen: DOMParser → tree → entries
 *              ◀──── { entries } ─────────────────────
 *
 * Without zod (the offscreen page bundles nothing else).
 */

export interface OffscreenParseMessage {
  type: 'faq:offscreen-parse';
  target: 'offscreen';
  html: string;
  /** The page's address: its relative links are resolved against it. */
  baseUrl: string;
}

export interface OffscreenParseResponse {
  entries: FaqEntry[];
}

/** The longest page parsed (lib/faq/refresh.ts refuses larger bodies first). */
export const MAX_PARSED_HTML = 2_000_000;
const MAX_BASE_URL = 4096;

export function offscreenParseMessage(html: string, baseUrl: string): OffscreenParseMessage {
  return { type: 'faq:offscreen-parse', target: 'offscreen', html, baseUrl };
}

export function parseOffscreenParseMessage(raw: unknown): OffscreenParseMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { type, target, html, baseUrl } = raw as Record<string, unknown>;
  if (type !== 'faq:offscreen-parse' || target !== 'offscreen') return undefined;
  if (typeof html !== 'string' || html.length > MAX_PARSED_HTML) return undefined;
  if (typeof baseUrl !== 'string' || baseUrl.length > MAX_BASE_URL) return undefined;
  return { type, target, html, baseUrl };
}

/** The entries of an offscreen answer, unchecked (lib/faq/refresh.ts checks them); [] when none. */
export function entriesOfOffscreenResponse(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return [];
  return (raw as { entries?: unknown }).entries ?? [];
}
