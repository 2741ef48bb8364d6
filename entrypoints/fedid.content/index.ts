import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureMyId, capturePageOf } from '@/lib/share/capture';
import type { FedIdCapturedMessage } from '@/lib/messaging/fedid';

/**
 * Captures my own federation ID (issue 12) where the platform shows it: La Boîte's profile page (the
 * read-only `#nclocator`) and Nuage's sharing settings. The decision is lib/share/capture.ts: only that
 * field, the server's initial state or the displayed ID, never anything typed, only on those pages.
 * The portal is a single-page app (its /profile is reached without a page load), hence the match on
 * the portal's pages and the check of the path; the Nuage pattern is narrowed to the nodes in lib/.
 *
 * Its own small script while « Mon Nuage »'s platform script (issue 11) is not merged: see the README.
 */
export default defineContentScript({
  matches: [
    'https://portail.apps.education.fr/*',
    'https://*.apps.education.fr/settings/user/sharing*',
    'https://*.apps.education.fr/index.php/settings/user/sharing*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    let sent: string | undefined;
    const pageUrl = () => effectivePageUrl(location);
    const tryCapture = () => {
      const url = pageUrl();
      if (!capturePageOf(url)) return false;
      const found = captureMyId(url, document);
      if (!found) return false;
      if (found.id !== sent) {
        sent = found.id;
        const message: FedIdCapturedMessage = { type: 'fedid:captured', id: found.id, page: found.page };
        void browser.runtime.sendMessage(message).catch(() => undefined);
      }
      return true;
    };
    // The field appears once the app has rendered; the portal changes pages without loading.
    let lastPath = '';
    const check = () => {
      if (location.pathname !== lastPath) {
        lastPath = location.pathname;
        sent = undefined;
      }
      tryCapture();
    };
    check();
    const observer = new MutationObserver(() => {
      if (capturePageOf(pageUrl())) check();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const timer = ctx.setInterval(check, 1000);
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearInterval(timer);
    });
  },
});

/**
 * The page's URL, except in the end-to-end build, where the tests' local server (http://127.0.0.1)
 * impersonates a host with `?compagnon-e2e-as=<host>` (compiled out of release builds).
 */
function effectivePageUrl(loc: Location): string {
  if (import.meta.env.MODE === 'e2e' && loc.protocol === 'http:' && loc.hostname === '127.0.0.1') {
    const as = new URLSearchParams(loc.search).get('compagnon-e2e-as');
    if (as !== null && /^[a-z0-9.-]+$/.test(as)) return `https://${as}${loc.pathname}`;
  }
  return loc.href;
}
