import type { FaqRefreshNowMessage, FaqRefreshResponse } from './faq';
import type { OffscreenParseMessage, OffscreenParseResponse } from './faq-offscreen';
import type { NuageSeenMessage, NuageSeenResult } from './platform';
import type { FedIdCapturedMessage, FedIdCapturedResult } from './fedid';
import type { OffscreenCopyMessage, OffscreenCopyResponse } from './share';
import type { SignInDismissResult, SignInMessage, SignInOpenUiResult, SignInState } from './signin';

/**
 * The one map of the extension's runtime messages, by direction. Each feature's file beside this one
 * holds its messages' zod schemas, their plain twins (the background checks with those: it loads no
 * zod; tests/unit/messaging/checks.test.ts keeps both in agreement) and the diagram of its flow.
 *
 *   popup / options ──faq:refresh-now──────────────▶ background ──▶ FaqRefreshResponse
 *   content script  ──signin:get-state─────────────▶ background ──▶ SignInState
 *   content script  ──signin:dismiss-site {host}───▶ background ──▶ { ok }
 *   content script  ──signin:open-ui {url}─────────▶ background ──▶ { page, ui }  (injects the UI script)
 *   content script  ──platform:nuage-seen──────────▶ background ──▶ { learned? }  (node from sender.url)
 *   capture script  ──fedid:captured {id, page}────▶ background ──▶ { ok }   (La Boîte /profile, Nuage sharing)
 *   background      ──share:offscreen-copy {text}──▶ offscreen  ──▶ { ok }   (Chrome only)
 *   background      ──faq:offscreen-parse {html, baseUrl}──▶ offscreen ──▶ { entries } (Chrome only)
 *
 * The background has one router (entrypoints/background/router.ts): it checks the sender's kind
 * first, then the message's check, then calls the route's handler.
 */

/**
 * Who may send a message: our own extension pages, our content script in a tab of an instance page,
 * or our capture script in a tab of one of the two pages that show my federation ID.
 */
export type SenderKind = 'extension-page' | 'content-script' | 'capture-page';

/** Extension pages (popup, options) → background. */
export interface ExtensionPageToBackground {
  'faq:refresh-now': { message: FaqRefreshNowMessage; response: FaqRefreshResponse };
}

/** Content scripts (sign-in pages, Nuage nodes) → background. */
export interface ContentScriptToBackground {
  'platform:nuage-seen': { message: NuageSeenMessage; response: NuageSeenResult };
  'signin:get-state': {
    message: Extract<SignInMessage, { type: 'signin:get-state' }>;
    response: SignInState;
  };
  'signin:dismiss-site': {
    message: Extract<SignInMessage, { type: 'signin:dismiss-site' }>;
    response: SignInDismissResult;
  };
  'signin:open-ui': {
    message: Extract<SignInMessage, { type: 'signin:open-ui' }>;
    response: SignInOpenUiResult;
  };
}

/** Capture script (La Boîte's profile, Nuage's sharing settings) → background. */
export interface CapturePageToBackground {
  'fedid:captured': { message: FedIdCapturedMessage; response: FedIdCapturedResult };
}

/** Background → offscreen document (Chrome's service worker has no clipboard and no DOMParser). */
export interface BackgroundToOffscreen {
  'share:offscreen-copy': { message: OffscreenCopyMessage; response: OffscreenCopyResponse };
  'faq:offscreen-parse': { message: OffscreenParseMessage; response: OffscreenParseResponse };
}

export type ToBackground = ExtensionPageToBackground & ContentScriptToBackground & CapturePageToBackground;
export type BackgroundMessageType = keyof ToBackground;

/** The `type` of a message, without trusting anything else about it. */
export function messageType(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}
