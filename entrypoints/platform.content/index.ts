import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { capturePageHint, readNuageCandidates, readProfileCandidate } from '@/lib/share/capture-read';

/**
 * `nuageContentScriptMatches()` of lib/platform/nuage.ts, written out: importing it would bundle the
 * whole host data into this script. tests/unit/platform/nuage.test.ts checks that both agree.
 */
export const NUAGE_MATCHES = ['https://*.apps.education.fr/*'];
export const NUAGE_INCLUDE_GLOBS = ['https://nuage*.apps.education.fr/*'];
/**
 * La Boîte's pages (issue 12): its profile shows my federation ID. The portal is a single-page app
 * (/profile is reached without a page load), so the script runs on its pages and reads only on /profile.
 */
export const CAPTURE_INCLUDE_GLOBS = ['https://portail.apps.education.fr/*'];

/**
 * The platform's pages:
 * - « Mon Nuage » (issue 11): on a Nuage node's page, tells the background that a page is open, once.
 *   It sends no data: the background reads the node from the sender's URL (lib/messaging/platform.ts)
 *   and decides whether the page proves the user is signed in there.
 * - My federation ID (issue 12): on La Boîte's /profile and Nuage's sharing settings, sends the ID the
 *   page shows in its read-only field (or the server's own data), never anything typed
 *   (lib/share/capture-read.ts); the background checks the page, the ID and the policy again.
 * No zod, no lib/ data: WXT's content-script runtime and two messages (budget in scripts/sizes.mjs).
 */
export default defineContentScript({
  matches: NUAGE_MATCHES,
  includeGlobs: [...NUAGE_INCLUDE_GLOBS, ...CAPTURE_INCLUDE_GLOBS],
  runAt: 'document_idle',
  main(ctx) {
    const here = () => pageUrl(location);
    // No answer is needed; an error (the extension was updated meanwhile) is nothing to report.
    if (/^https:\/\/nuage[0-9]/.test(here()))
      browser.runtime.sendMessage({ type: 'platform:nuage-seen' }).catch(() => undefined);

    let sent = '';
    const capture = () => {
      const url = here();
      const page = capturePageHint(url);
      if (!page) return;
      const id =
        page === 'profile'
          ? readProfileCandidate(document)
          : readNuageCandidates(document, new URL(url).hostname)[0];
      if (!id || id === sent) return;
      sent = id;
      browser.runtime.sendMessage({ type: 'fedid:captured', id, page }).catch(() => undefined);
    };
    capture();
    // The field appears once the page's app has rendered, and the portal changes pages without
    // loading: look again every second (a regular expression on the URL elsewhere; no DOM observer on
    // Nuage's busy pages). ctx's interval stops when the extension is updated or removed.
    ctx.setInterval(capture, 1000);
  },
});

/**
 * The page's URL; in the e2e build, the tests' local server (http://127.0.0.1) stands for a host with
 * `?compagnon-e2e-as=<host>` (compiled out of release builds; the background decides the same way).
 */
function pageUrl(loc: Location): string {
  if (import.meta.env.MODE === 'e2e' && loc.protocol === 'http:' && loc.hostname === '127.0.0.1') {
    const as = new URLSearchParams(loc.search).get('compagnon-e2e-as');
    if (as !== null && /^[a-z0-9.-]+$/.test(as)) return `https://${as}${loc.pathname}`;
  }
  return loc.href;
}
