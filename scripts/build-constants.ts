import { bundledDeskData } from '../lib/signin/desk';
import { signInPathPatterns } from '../lib/signin/prefilter';
import { bundledSignInData } from '../lib/signin/signin';

/**
 * Constants the bundles get at build time (Vite's `define`), computed from assets/data so that no fact
 * is written twice; the same for the unit tests (vitest.config.ts). Declared in
 * entrypoints/signin.content/build-constants.d.ts.
 */
export function buildDefines(): Record<string, string> {
  return {
    // The sign-in bootstrap's path filter (lib/signin/prefilter.ts).
    __SIGN_IN_PATH_PATTERNS__: JSON.stringify(signInPathPatterns(bundledSignInData, bundledDeskData)),
  };
}
