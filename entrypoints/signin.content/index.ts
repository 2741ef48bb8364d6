import { defineContentScript } from 'wxt/utils/define-content-script';
import { SIGNIN_MATCHES_MARKER } from '@/lib/signin/marker';
import { startBootstrap } from './bootstrap';

/**
 * Wrong-academy warnings. On the sign-in and sign-up pages of the instances (issue 5): the address
 * typed (or the profile's) against the instance's academy. On the academy desk list of
 * auth.apps.education.fr (issue 13): the entry chosen against the profile's academy.
 *
 * This registered script is only a bootstrap (bootstrap.ts, issue 16): most pages of these hosts need
 * no warning, and there it does nothing but one message. The UI (the watchers, the banner, the words
 * and the academy data: the other modules of this folder) is entrypoints/signin-ui.ts, which the
 * background injects into the frame when the page needs it (entrypoints/background/signin.ts says why
 * an injection rather than a dynamic import).
 *
 * `matches` is written into the manifest at build time by wxt.config.ts (`signInMatchPatterns()` of
 * lib/signin/signin.ts, from assets/data; the e2e build adds 127.0.0.1 and localhost). Computing it
 * here would run it, and bundle its data, on every matched page (issue 16: ~6 ms a page).
 */
export default defineContentScript({
  // Filled in by wxt.config.ts (build:manifestGenerated): the one content script with this marker.
  matches: [SIGNIN_MATCHES_MARKER],
  runAt: 'document_idle',
  // The banner's CSS is a string inside its shadow root: no CSS file, nothing web-accessible.
  cssInjectionMode: 'manual',
  // WXT's context tells an older copy of this script (after an update) to stop with a DOM event and, by
  // default, also with window.postMessage, which every script of the page receives, with our extension
  // id in it. The event is enough (WXT's future default), and saves a message per page.
  noScriptStartedPostMessage: true,
  main: startBootstrap,
});
