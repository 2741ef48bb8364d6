import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * `nuageContentScriptMatches()` of lib/platform/nuage.ts, written out: importing it would bundle the
 * whole host data into this script. tests/unit/platform/nuage.test.ts checks that both agree.
 */
export const NUAGE_MATCHES = ['https://*.apps.education.fr/*'];
export const NUAGE_INCLUDE_GLOBS = ['https://nuage*.apps.education.fr/*'];

/**
 * « Mon Nuage » (issue 11): on a Nuage node's page, tells the background that a page is open, once.
 * It sends no data: the background reads the node from the sender's URL (lib/messaging/platform.ts)
 * and decides whether the page proves the user is signed in there. No zod, no lib/ data, no DOM
 * access: WXT's content-script runtime (which brings the polyfill) and one message (budget in
 * scripts/sizes.mjs).
 */
export default defineContentScript({
  matches: NUAGE_MATCHES,
  includeGlobs: NUAGE_INCLUDE_GLOBS,
  runAt: 'document_idle',
  main() {
    // No answer is needed; an error (the extension was updated meanwhile) is nothing to report.
    browser.runtime.sendMessage({ type: 'platform:nuage-seen' }).catch(() => undefined);
  },
});
