import { matchesSignInPath } from './paths';

/**
 * The sign-in bootstrap's own first question (issue 16), before it asks the background anything: could
 * this path be a sign-in page or the desk list on any of its hosts? Every path pattern of every service
 * (assets/data/signin.json) and of the desk list (assets/data/signin-desks.json), whatever the host: a
 * superset of what lib/signin/ui.ts may answer `ui: true` for, so that the other pages of the instances
 * (most of them) send no message and wake no service worker.
 *
 * Written out rather than read from the data files: importing them would bundle every entry into the
 * content script. tests/unit/signin/signin-ui.test.ts checks that the list is exactly the data's.
 */
export const SIGN_IN_PATH_PATTERNS: readonly string[] = [
  '/apps/registration/**',
  '/auth/realms/**',
  '/auth/realms/*/login-actions/**',
  '/auth/realms/*/protocol/openid-connect/auth',
  '/auth/realms/*/protocol/openid-connect/registrations',
  '/index.php/apps/registration/**',
  '/index.php/login',
  '/login',
  '/mypads',
  '/mypads/index.html',
  '/realms/**',
  '/realms/*/login-actions/**',
  '/realms/*/protocol/openid-connect/auth',
  '/realms/*/protocol/openid-connect/registrations',
  '/register',
  '/sign-in',
  '/sign-up',
  '/signin',
  '/signup',
  '/wp-login.php',
  '/wp-signup.php',
];

/** Whether `pathname` matches one of the patterns (`*` one segment, final `**` any rest; case ignored). */
export function maySignInUiPath(
  pathname: string,
  patterns: readonly string[] = SIGN_IN_PATH_PATTERNS,
): boolean {
  return typeof pathname === 'string' && patterns.some((pattern) => matchesSignInPath(pathname, pattern));
}
