import * as z from 'zod/mini';
import { hostnameSchema } from '../platform/schemas';
import { isValidHostname } from '../platform/hostname';
import { obj, oneOf, str } from '../util/check';
import type { LanguageSetting } from '../i18n';

/**
 * Messages of the sign-in warning (issue 5). Only the content script of the sign-in pages sends them;
 * the background answers after checking the sender (our own content script, in a tab) and the payload.
 *
 *   content script (sign-in page) ──signin:get-state──────────▶ background: reads the settings
 *                                 ◀── SignInState ────────────
 *                                 ──signin:dismiss-site {host}─▶ background: adds host to dismissedSites
 *                                 ◀── { ok: boolean } ────────
 *
 * Nothing typed in the page is ever sent: the state goes from the extension to the page, and the
 * only thing that goes back is the instance host the user chose not to be warned about.
 * The background owns the settings (lib/settings/settings.ts and its zod schema), which keeps zod out of the
 * content script. The content script checks the answer with a plain type guard (no zod there).
 */

export const SIGNIN_MESSAGE_PREFIX = 'signin:';

export const signInGetStateMessageSchema = z.object({ type: z.literal('signin:get-state') });
export const signInDismissSiteMessageSchema = z.object({
  type: z.literal('signin:dismiss-site'),
  host: hostnameSchema,
});
export const signInMessageSchema = z.union([signInGetStateMessageSchema, signInDismissSiteMessageSchema]);
export type SignInMessage = z.infer<typeof signInMessageSchema>;
/** The same checks without zod (the background router; property-tested against the schemas). */
export const checkSignInGetStateMessage = obj<Extract<SignInMessage, { type: 'signin:get-state' }>>({
  type: oneOf(['signin:get-state']),
});
export const checkSignInDismissSiteMessage = obj<Extract<SignInMessage, { type: 'signin:dismiss-site' }>>({
  type: oneOf(['signin:dismiss-site']),
  host: str(0, Infinity, isValidHostname),
});

/** What the content script needs from the settings. */
export interface SignInState {
  /** The profile address, the fallback when the page's field is empty. */
  address?: string;
  /** The academy chosen in the profile (academies.json id): the academy desk list uses it without an address. */
  academyId?: string;
  /** Hosts where the user asked not to be warned ("Ne plus avertir pour ce site"). */
  dismissedSites: string[];
  /** Desk-list names added by the remote catalogue or the administrator's policy (academyOverrides). */
  deskAliases?: { academy: string; names: string[] }[];
  language: LanguageSetting;
  theme: 'system' | 'light' | 'dark';
}

export interface SignInDismissResult {
  ok: boolean;
}
