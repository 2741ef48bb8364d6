import * as z from 'zod/mini';
import { bool, obj } from '../util/check';

/**
 * Messages of the share feature. Only one crosses a context boundary:
 *
 *   background (service worker) ──share:offscreen-copy──▶ offscreen document (Chrome only)
 *                               ◀──── { ok: boolean } ───
 *
 * Chrome's MV3 service worker has no clipboard, so it asks an offscreen document to write it. The popup
 * copies by itself (a click in the popup is a user gesture) and reads/writes storage directly.
 * Other extension pages receive this broadcast too: they must ignore what they do not recognise.
 */

/** The longest text we copy (a few hundred IDs of at most 255 bytes, one per line). */
export const MAX_CLIPBOARD_TEXT = 200_000;

export const offscreenCopyMessageSchema = z.object({
  type: z.literal('share:offscreen-copy'),
  target: z.literal('offscreen'),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_CLIPBOARD_TEXT)),
});
export type OffscreenCopyMessage = z.infer<typeof offscreenCopyMessageSchema>;

export const offscreenCopyResponseSchema = z.object({ ok: z.boolean() });
export type OffscreenCopyResponse = z.infer<typeof offscreenCopyResponseSchema>;
/** The same check without zod (the background; property-tested against the schema). */
export const checkOffscreenCopyResponse = obj<OffscreenCopyResponse>({ ok: bool });

/**
 * The same check as offscreenCopyMessageSchema, without zod: the offscreen page (Chrome only) then shares
 * no chunk with the popup, whose size budget it would otherwise eat into (zod pieces split out with it).
 * A unit test keeps both in agreement.
 */
export function parseOffscreenCopyMessage(raw: unknown): OffscreenCopyMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { type, target, text } = raw as Record<string, unknown>;
  if (type !== 'share:offscreen-copy' || target !== 'offscreen') return undefined;
  if (typeof text !== 'string' || text.length < 1 || text.length > MAX_CLIPBOARD_TEXT) return undefined;
  return { type, target, text };
}

export function offscreenCopyMessage(text: string): OffscreenCopyMessage {
  return { type: 'share:offscreen-copy', target: 'offscreen', text };
}
