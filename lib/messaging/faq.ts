import * as z from 'zod/mini';
import { obj, oneOf } from '../util/check';
import type { FaqRefreshMessageKey } from '../faq/refresh';

/**
 * Messages of the offline FAQ (issue 6). The popup never touches the network: it reads IndexedDB and
 * asks the background to refresh.
 *
 *   popup (FAQ tab) ──faq:refresh-now──────────────▶ background: effective faqUrl → fetch → validate
 *                   ◀── FaqRefreshResponse ─────────            → IndexedDB (only if acceptable)
 *   popup then re-reads IndexedDB.
 *
 *   background alarm "compagnon-faq-refresh" (daily) ──▶ the same refresh, nobody to answer.
 *
 * The background accepts the message only from our own extension pages (not from content scripts).
 */

export const FAQ_MESSAGE_PREFIX = 'faq:';

export const faqRefreshNowMessageSchema = z.strictObject({ type: z.literal('faq:refresh-now') });
export type FaqRefreshNowMessage = z.infer<typeof faqRefreshNowMessageSchema>;
/** The same check without zod (the background router; property-tested against the schema). */
export const checkFaqRefreshNowMessage = obj<FaqRefreshNowMessage>(
  { type: oneOf(['faq:refresh-now']) },
  true,
);

export function faqRefreshNowMessage(): FaqRefreshNowMessage {
  return { type: 'faq:refresh-now' };
}

/** Message keys of the refresh outcome: those of lib/faq/refresh.ts, plus the missing URL. */
export const FAQ_OUTCOME_MESSAGE_KEYS = [
  'faq.refresh.updated',
  'faq.refresh.unchanged',
  'faq.refresh.notModified',
  'faq.refresh.offline',
  'faq.refresh.rejected.httpStatus',
  'faq.refresh.rejected.tooLarge',
  'faq.refresh.rejected.unsupportedFormat',
  'faq.refresh.rejected.invalidJson',
  'faq.refresh.rejected.invalidData',
  'faq.refresh.rejected.empty',
  'faq.refresh.rejected.truncated',
  'faq.refresh.rejected.redirected',
  'faq.refresh.error.storage',
  'faq.refresh.error.unexpected',
  'faq.refresh.noUrl',
] as const;
export type FaqOutcomeMessageKey = (typeof FAQ_OUTCOME_MESSAGE_KEYS)[number];

// Compile-time check: the list above is exactly lib/faq/refresh.ts's keys plus 'faq.refresh.noUrl'.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameKeys: Same<FaqOutcomeMessageKey, FaqRefreshMessageKey | 'faq.refresh.noUrl'> = true;

export const FAQ_OUTCOME_STATUSES = [
  'updated',
  'not-modified',
  'rejected',
  'offline',
  'error',
  'no-url',
] as const;
export type FaqOutcomeStatus = (typeof FAQ_OUTCOME_STATUSES)[number];

/**
 * What the background answers (a plain-data summary of `RefreshResult`). The popup checks it with this
 * schema before showing anything: a malformed answer counts as a failed refresh.
 */
export const faqRefreshResponseSchema = z.object({
  status: z.enum(FAQ_OUTCOME_STATUSES),
  messageKey: z.enum(FAQ_OUTCOME_MESSAGE_KEYS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export type FaqRefreshResponse = z.infer<typeof faqRefreshResponseSchema>;
