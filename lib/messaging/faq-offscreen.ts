import type { HtmlElement } from '../faq/html-tree';

/**
 * Chrome only: the service worker has no DOMParser, so the FAQ's HTML refresh asks the offscreen
 * document (the clipboard's, with a second reason) to parse a page into the content tree of
 * lib/faq/html-tree.ts; the worker then reads the tree (lib/faq/html.ts) and validates the entries.
 *
 *   background ──faq:offscreen-parse {html}──▶ offscreen: DOMParser → htmlTreeFromDom
 *              ◀──── { tree } (undefined: nested absurdly deep) ─
 *
 * Without zod (the offscreen page bundles nothing else); the response is plain JSON from our own page
 * and is read defensively (lib/faq/html.ts checks its shape as it goes).
 */

export interface OffscreenParseMessage {
  type: 'faq:offscreen-parse';
  target: 'offscreen';
  html: string;
}

export interface OffscreenParseResponse {
  tree?: HtmlElement;
}

/** The longest page parsed (lib/faq/refresh.ts refuses larger bodies first). */
export const MAX_PARSED_HTML = 2_000_000;

export function offscreenParseMessage(html: string): OffscreenParseMessage {
  return { type: 'faq:offscreen-parse', target: 'offscreen', html };
}

export function parseOffscreenParseMessage(raw: unknown): OffscreenParseMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { type, target, html } = raw as Record<string, unknown>;
  if (type !== 'faq:offscreen-parse' || target !== 'offscreen') return undefined;
  if (typeof html !== 'string' || html.length > MAX_PARSED_HTML) return undefined;
  return { type, target, html };
}

/** The tree of an offscreen answer, or undefined when the answer is not one. */
export function treeOfOffscreenResponse(raw: unknown): HtmlElement | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const tree = (raw as { tree?: unknown }).tree;
  if (typeof tree !== 'object' || tree === null) return undefined;
  const { name, children } = tree as { name?: unknown; children?: unknown };
  return typeof name === 'string' && Array.isArray(children) ? (tree as HtmlElement) : undefined;
}
