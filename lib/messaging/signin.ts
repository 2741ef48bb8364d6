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
 *   bootstrap (same pages)        ──signin:open-ui {url}──────▶ background: decides (lib/signin/ui.ts) and
 *                                 ◀── { page, ui } ───────────   injects the UI script into that frame
 *
 * Nothing typed in the page is ever sent: the state goes from the extension to the page, and the
 * only things that go back are the instance host the user chose not to be warned about and the page's
 * own address (which the browser gives the background as the sender's URL anyway).
 * The background owns the settings (lib/settings/settings.ts and its zod schema), which keeps zod out of the
 * content script. The content script checks the answer with a plain type guard (no zod there).
 */

export const SIGNIN_MESSAGE_PREFIX = 'signin:';

export const signInGetStateMessageSchema = z.object({ type: z.literal('signin:get-state') });
export const signInDismissSiteMessageSchema = z.object({
  type: z.literal('signin:dismiss-site'),
  host: hostnameSchema,
});
/** `url`: the page's address now (a single-page app changes it without a load); same origin as the sender's. */
export const signInOpenUiMessageSchema = z.object({
  type: z.literal('signin:open-ui'),
  url: z.string().check(z.maxLength(8192)),
});
export const signInMessageSchema = z.union([
  signInGetStateMessageSchema,
  signInDismissSiteMessageSchema,
  signInOpenUiMessageSchema,
]);
export type SignInMessage = z.infer<typeof signInMessageSchema>;
/** The same checks without zod (the background router; property-tested against the schemas). */
export const checkSignInGetStateMessage = obj<Extract<SignInMessage, { type: 'signin:get-state' }>>({
  type: oneOf(['signin:get-state']),
});
export const checkSignInDismissSiteMessage = obj<Extract<SignInMessage, { type: 'signin:dismiss-site' }>>({
  type: oneOf(['signin:dismiss-site']),
  host: str(0, Infinity, isValidHostname),
});
export const checkSignInOpenUiMessage = obj<Extract<SignInMessage, { type: 'signin:open-ui' }>>({
  type: oneOf(['signin:open-ui']),
  url: str(0, 8192),
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

/** The background's answer to `signin:open-ui`: what the page is, and whether the UI was injected. */
export interface SignInOpenUiResult {
  page: 'signin' | 'desk' | 'other';
  ui: boolean;
}
