import { isDeskPage, profileDeskAcademy, type DeskProfile } from './desk';
import { isSignInPage } from './signin';

/**
 * Whether a page of the sign-in content script's hosts needs the warning's UI (issue 16). The content
 * script registered on those hosts is a small bootstrap (entrypoints/signin.content): on a path that a
 * sign-in page or the desk list may have (lib/signin/prefilter.ts; elsewhere it sends nothing) it asks
 * the background, which answers with this decision and injects the UI (entrypoints/signin-ui.ts) only
 * when `ui` is true. Most pages of an instance are not sign-in pages: there, nothing else runs.
 */

/** What the page is: a 2020 sign-in / sign-up page, the academy desk list of today's platform, or neither. */
export type SignInPageKind = 'signin' | 'desk' | 'other';

export interface SignInUiDecision {
  page: SignInPageKind;
  /** Whether the UI may have something to show on this page now. */
  ui: boolean;
}

/** The settings the decision reads (SignInState's fields of the same names). */
export interface SignInUiSettings extends DeskProfile {
  dismissedSites: readonly string[];
}

/**
 * - A sign-in page: the UI, always. What it shows depends on what is typed, which changes while the page
 *   lives; with « Ne plus avertir » it still judges the field (and shows nothing), so that revoking the
 *   choice in the options warns on the open page at once, as before the split.
 * - The desk list: the UI only when the user's academy is known and has a desk (the hint and the warning
 *   are about it) and the desk host is not dismissed. Otherwise nothing can be shown there.
 * - Any other page: nothing. The bootstrap asks again when the page's address or the settings change.
 *
 * Only the URL and the settings: deciding needs no look at the page (isDeskPage is the desk list's paths;
 * whether the list holds entries is the UI's question once it runs). Never throws.
 */
export function signInUiDecision(url: string, settings: SignInUiSettings): SignInUiDecision {
  if (typeof url !== 'string') return { page: 'other', ui: false };
  if (isSignInPage(url)) return { page: 'signin', ui: true };
  if (!isDeskPage(url)) return { page: 'other', ui: false };
  const dismissed = settings.dismissedSites.includes(new URL(url).hostname);
  return { page: 'desk', ui: !dismissed && profileDeskAcademy(settings) !== undefined };
}
