import browser, { type Runtime } from 'webextension-polyfill';
import { checkFaqRefreshNowMessage } from '@/lib/messaging/faq';
import {
  messageType,
  type BackgroundMessageType,
  type SenderKind,
  type ToBackground,
} from '@/lib/messaging/protocol';
import { checkNuageSeenMessage } from '@/lib/messaging/platform';
import {
  checkSignInDismissSiteMessage,
  checkSignInGetStateMessage,
  checkSignInOpenUiMessage,
} from '@/lib/messaging/signin';
import { checkFedIdCapturedMessage } from '@/lib/messaging/fedid';
import { type Check, NO } from '@/lib/util/check';
import type { CapturePage } from '@/lib/share/capture';
import { fedIdSenderPage, saveCapturedId } from './fedid';
import { refreshFaqNow } from './faq';
import { learnNuageFrom } from './platform';
import { dismissSignInSiteFrom, openSignInUi, readSignInState, signInSenderPage } from './signin';

/**
 * The background's one `runtime.onMessage` listener. A table: message type → the check it must
 * pass (the plain twin of the message's zod schema in lib/messaging, so the worker loads no zod), the kind of sender allowed to send it, and its handler. The sender is checked before the
 * message is validated or dispatched (darkreader's messenger does the same); anything else — another
 * extension, a web page, a malformed or unknown message — gets no answer, so other listeners
 * (the offscreen page's) are not disturbed.
 */

interface Route<T extends BackgroundMessageType> {
  check: Check<ToBackground[T]['message']>;
  from: SenderKind;
  handle(
    message: ToBackground[T]['message'],
    sender: Runtime.MessageSender,
  ): Promise<ToBackground[T]['response']>;
}
export type Routes = { [T in BackgroundMessageType]: Route<T> };

/** What the handlers need; tests replace parts of it. */
export interface RouterDeps {
  refreshFaq(): Promise<ToBackground['faq:refresh-now']['response']>;
  readSignInState(): Promise<ToBackground['signin:get-state']['response']>;
  dismissSignInSite(host: string, page: URL): Promise<ToBackground['signin:dismiss-site']['response']>;
  openSignInUi(
    url: string,
    sender: Runtime.MessageSender,
  ): Promise<ToBackground['signin:open-ui']['response']>;
  learnNuage(sender: Runtime.MessageSender): Promise<ToBackground['platform:nuage-seen']['response']>;
  saveCapturedId(
    id: string,
    page: CapturePage,
    url: URL,
  ): Promise<ToBackground['fedid:captured']['response']>;
}

const defaultDeps: RouterDeps = {
  refreshFaq: () => refreshFaqNow(),
  readSignInState: () => readSignInState(),
  dismissSignInSite: (host, page) => dismissSignInSiteFrom(host, page),
  openSignInUi: (url, sender) => openSignInUi(url, sender),
  learnNuage: (sender) => learnNuageFrom(sender),
  saveCapturedId: (id, page, url) => saveCapturedId(id, page, url),
};

export function createRoutes(deps: RouterDeps = defaultDeps): Routes {
  return {
    'faq:refresh-now': {
      check: checkFaqRefreshNowMessage,
      from: 'extension-page',
      handle: () => deps.refreshFaq(),
    },
    'signin:get-state': {
      check: checkSignInGetStateMessage,
      from: 'content-script',
      handle: () => deps.readSignInState(),
    },
    'signin:dismiss-site': {
      check: checkSignInDismissSiteMessage,
      from: 'content-script',
      // signInSenderPage passed in senderKind, so the page is known here.
      handle: (message, sender) => deps.dismissSignInSite(message.host, signInSenderPage(sender) as URL),
    },
    'signin:open-ui': {
      check: checkSignInOpenUiMessage,
      from: 'content-script',
      // The sign-in bootstrap: the UI goes into the sender's own tab and frame (the message holds no target).
      handle: (message, sender) => deps.openSignInUi(message.url, sender),
    },
    'platform:nuage-seen': {
      check: checkNuageSeenMessage,
      from: 'content-script',
      // The node comes from the sender's URL (browser-provided), never from the message.
      handle: (_message, sender) => deps.learnNuage(sender),
    },
    'fedid:captured': {
      check: checkFedIdCapturedMessage,
      from: 'capture-page',
      handle: (message, sender) => {
        // senderKind passed, so the page is known here; the ID must be the one its page shows.
        const { page, url } = fedIdSenderPage(sender)!;
        if (page !== message.page) return Promise.resolve({ ok: false });
        return deps.saveCapturedId(message.id, page, url);
      },
    },
  };
}

/**
 * Our own extension pages (popup, options), not content scripts: their URL is under our base URL.
 * A string prefix, not `URL.origin`: the origin of chrome-extension:/moz-extension: URLs is "null"
 * outside the browser (and in some engines), which would match any extension.
 */
export function isExtensionPageSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Every kind a sender is: a tab on La Boîte's profile may be both an instance page (sign-in content
 * script) and a capture page; the route's own kind decides.
 */
export function senderKinds(sender: Runtime.MessageSender): SenderKind[] {
  if (isExtensionPageSender(sender)) return ['extension-page'];
  return [
    ...(signInSenderPage(sender) ? (['content-script'] as const) : []),
    ...(fedIdSenderPage(sender) ? (['capture-page'] as const) : []),
  ];
}

export function senderKind(sender: Runtime.MessageSender): SenderKind | undefined {
  return senderKinds(sender)[0];
}

/** Returns the handler's answer, or undefined (no answer) for what is not ours or not allowed. */
export function createMessageRouter(routes: Routes = createRoutes()) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const type = messageType(message);
    if (type === undefined || !Object.hasOwn(routes, type)) return undefined;
    const route = routes[type as BackgroundMessageType] as Route<BackgroundMessageType>;
    if (!senderKinds(sender).includes(route.from)) return undefined;
    const parsed = route.check(message);
    if (parsed === NO) return undefined;
    return route.handle(parsed, sender);
  };
}

export function registerMessageRouter(): void {
  const route = createMessageRouter();
  // Not `addListener(route)` directly: a third argument (sendResponse) must not reach it.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );
}
