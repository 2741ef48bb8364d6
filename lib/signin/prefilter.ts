import type { DeskData } from './desk';
import { matchesSignInPath } from './paths';
import type { SignInData } from './signin';

/**
 * The sign-in bootstrap's own first question (issue 16), before it asks the background anything: could
 * this path be a sign-in page or the desk list on any of its hosts? Every path pattern of every service
 * (assets/data/signin.json) and of the desk list (assets/data/signin-desks.json), whatever the host: a
 * superset of what lib/signin/ui.ts may answer `ui: true` for, so that the other pages of the instances
 * (most of them) send no message and wake no service worker.
 *
 * Computed from the data at build time (wxt.config.ts gives the bootstrap the list as a constant):
 * importing the data files into the content script would bundle every entry.
 */
export function signInPathPatterns(signInData: SignInData, deskData: DeskData): string[] {
  const paths = [...Object.values(signInData.services).flat(), ...deskData.paths].map((e) => e.path);
  return [...new Set(paths)].sort();
}

/** Whether `pathname` matches one of the patterns (`*` one segment, final `**` any rest; case ignored). */
export function maySignInUiPath(pathname: string, patterns: readonly string[]): boolean {
  return typeof pathname === 'string' && patterns.some((pattern) => matchesSignInPath(pathname, pattern));
}
