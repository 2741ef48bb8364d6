/// <reference types="chrome" />
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { copyWithTextarea } from '@/lib/clipboard';
import { parseOffscreenCopyMessage, type OffscreenCopyResponse } from '@/lib/messaging/share';

/**
 * Offscreen document (Chrome MV3 only, reason CLIPBOARD): writes what the service worker asks for.
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
      const message = parseOffscreenCopyMessage(raw);
      if (!message || sender.id !== chrome.runtime.id || sender.tab) return undefined;
      const response: OffscreenCopyResponse = { ok: copyWithTextarea(document, message.text) };
      sendResponse(response);
      return undefined;
    });
  },
});
