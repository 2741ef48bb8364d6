/// <reference types="chrome" />
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { copyWithTextarea } from '@/lib/clipboard';
import { parseFaqHtml } from '@/lib/faq/html';
import { parseOffscreenParseMessage, type OffscreenParseResponse } from '@/lib/messaging/faq-offscreen';
import { parseOffscreenCopyMessage, type OffscreenCopyResponse } from '@/lib/messaging/share';

/**
 * Offscreen document (Chrome MV3 only, reasons CLIPBOARD and DOM_PARSER): writes the clipboard and
 * reads the FAQ entries of an HTML page for the service worker, which has neither a clipboard nor a
 * DOMParser (the worker checks the entries and stores them: this page only has chrome.runtime)
 * (entrypoints/background/offscreen.ts opens it and keeps it open while idle for a while).
 * navigator.clipboard needs a focused document and an offscreen document can never be focused, so the
 * copy goes through a textarea and execCommand('copy'), as Chrome's offscreen-clipboard sample does
 * (https://developer.chrome.com/docs/extensions/reference/api/offscreen#reasons). Offscreen documents
 * only get chrome.runtime: no polyfill here.
 *
 * An unlisted script (one self-contained file) loaded by offscreen.html beside it, which wxt.config.ts
 * copies into the Chrome build: an HTML entrypoint would get WXT's module preamble, which Vite then
 * splits into one more chunk that the popup loads too (the popup has a size budget).
 */
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
      // Other broadcasts are not for us; only our own service worker (no tab) may ask.
      if (sender.id !== chrome.runtime.id || sender.tab) return undefined;
      const copy = parseOffscreenCopyMessage(raw);
      if (copy) {
        const response: OffscreenCopyResponse = { ok: copyWithTextarea(document, copy.text) };
        sendResponse(response);
        return undefined;
      }
      const parse = parseOffscreenParseMessage(raw);
      if (parse) {
        // A parsed document is inert: no script runs, nothing is fetched, nothing is rendered.
        const response: OffscreenParseResponse = {
          entries: parseFaqHtml(parse.html, parse.baseUrl, (html) =>
            new DOMParser().parseFromString(html, 'text/html'),
          ),
        };
        sendResponse(response);
      }
      return undefined;
    });
  },
});
