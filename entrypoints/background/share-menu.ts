import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { copyWithTextarea } from '@/lib/clipboard';
import { resolveLanguage, type Lang } from '@/lib/i18n';
import { readSettingsInForce } from '@/lib/settings/reader';
import type { KeyValueStore } from '@/lib/settings/settings';
import { addressOf, clipboardTextFor, shareIdsFromText, type ShareItem } from '@/lib/share/share';
import { SETTINGS_KEY } from '@/lib/storage-keys';
import { shareMenuTitle, shareNotice, unknownIdAddresses, type ShareNotice } from '@/locales/share-notice';
import { idBookLookup, readIdBook } from '@/lib/share/book';
import { idBookAllowed } from '@/lib/settings/policy';
import { shareTabUrl } from '@/lib/share/share-tab-url';
import { addToShareHistory } from '@/lib/share/history';
import { checkOffscreenCopyResponse, offscreenCopyMessage } from '@/lib/messaging/share';
import { NO, num, obj, opt, str, union } from '@/lib/util/check';
import { offscreenApi, type OffscreenApi, withOffscreenDocument } from './offscreen';

/**
 * Context menu "Partager avec ce collègue (Nextcloud)": the federated share IDs of the addresses in a
 * `mailto:` link or in the selected text go to the clipboard, and a notification says what was copied
 * (or why nothing was). The decision is lib/share/share.ts; this file only wires browser APIs.
 */

/** On `mailto:` links only. A separate item: Firefox hides an item with targetUrlPatterns outside links. */
export const SHARE_LINK_MENU_ID = 'compagnon-share-link';
/** On any selected text. */
export const SHARE_SELECTION_MENU_ID = 'compagnon-share-selection';
const NOTIFICATION_ID = 'compagnon-share';
const MENU_IDS = [SHARE_LINK_MENU_ID, SHARE_SELECTION_MENU_ID] as const;

/** The part of contextMenus.OnClickData we use, checked before use (no zod in the worker). */
export const checkShareClick = obj<{
  menuItemId: string | number;
  linkUrl?: string | undefined;
  selectionText?: string | undefined;
}>({
  menuItemId: union(str(), num()),
  // No length limit here: an over-long text is answered "no address found" by lib/share, not ignored.
  linkUrl: opt(str()),
  selectionText: opt(str()),
});

export interface ShareMenuDeps {
  store: KeyValueStore;
  /** Writes the clipboard; false when it could not. */
  writeClipboard(text: string): Promise<boolean>;
  /**
   * Shows the confirmation (or the reason nothing was copied) to the user; `offer`: the page a click
   * on the notification opens (the popup's share tab with the unknown addresses filled in).
   */
  notify(notice: ShareNotice, offer?: string): Promise<void>;
  /** runtime.getURL, for the offered page. */
  extensionUrl?(path: string): string;
  /** navigator.language, for the "auto" language setting. */
  browserLanguage?: string;
  now?: () => number;
}

export type ShareClickResult =
  | { handled: false }
  | {
      handled: true;
      source: 'link' | 'selection';
      items: ShareItem[];
      /** What was put on the clipboard; absent when the clipboard was left alone. */
      copied?: string;
      notice: ShareNotice;
      /** National platform: the addresses whose ID is not in the book (the share tab is offered). */
      unknown: string[];
      /** The popup's share tab with those addresses filled in (opened when the notification is clicked). */
      offer?: string;
    };

/**
 * The whole effect of a click on our menu items: build the IDs, copy them (never touching the clipboard
 * when nothing is usable), record them in the history, tell the user. Returns what it did (tests and
 * the e2e hook read it). Never throws.
 */
export async function handleShareClick(
  info: Menus.OnClickData | Record<string, unknown>,
  _tab?: Tabs.Tab,
  deps: ShareMenuDeps = defaultShareMenuDeps(),
): Promise<ShareClickResult> {
  const click = checkShareClick(info);
  if (click === NO) return { handled: false };
  const { menuItemId, linkUrl, selectionText } = click;
  if (menuItemId !== SHARE_LINK_MENU_ID && menuItemId !== SHARE_SELECTION_MENU_ID) return { handled: false };
  const source = menuItemId === SHARE_LINK_MENU_ID ? 'link' : 'selection';
  // The link item only shows on mailto: links, but the check is cheap and the click data is input.
  const text =
    source === 'link' ? (/^mailto:/i.test(linkUrl ?? '') ? (linkUrl ?? '') : '') : (selectionText ?? '');

  // The settings in force: an administrator's platform wins over the user's (issue 10's bug).
  const { settings, policy } = await readSettingsInForce(deps.store);
  const lang = resolveLanguage(settings.language, deps.browserLanguage);
  // The book is read only where it is used (national platform) and allowed (administrator's policy).
  const book =
    settings.platform === 'national' && idBookAllowed(policy)
      ? idBookLookup(await readIdBook(deps.store).catch(() => ({ version: 1 as const, entries: [] })))
      : undefined;
  const items = shareIdsFromText(text, {
    // Page-supplied text: a full ID in it is taken only with a platform server (issue 15, item 2).
    fromPage: true,
    platform: settings.platform,
    rememberedHosts: settings.rememberedHosts,
    ...(book ? { book } : {}),
  });
  const unknown = unknownIdAddresses(items);
  const clipboardText = clipboardTextFor(items);
  let copied = false;
  if (clipboardText !== '') {
    copied = await deps.writeClipboard(clipboardText).catch(() => false);
    if (copied) {
      const entries = items.flatMap((item) => {
        if (item.kind === 'error') return [];
        const address = addressOf(item);
        return [address === undefined ? { id: item.id } : { id: item.id, address }];
      });
      await addToShareHistory(deps.store, entries, (deps.now ?? Date.now)()).catch(() => undefined);
    }
  }
  const notice = shareNotice(items, lang, copied);
  const offer =
    unknown.length > 0
      ? shareTabUrl(deps.extensionUrl?.('/popup.html') ?? '/popup.html', unknown)
      : undefined;
  await deps.notify(notice, offer).catch(() => undefined);
  return {
    handled: true,
    source,
    items,
    ...(copied ? { copied: clipboardText } : {}),
    notice,
    unknown,
    ...(offer !== undefined ? { offer } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// Browser wiring

const localStore: KeyValueStore = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
};

export function defaultShareMenuDeps(): ShareMenuDeps {
  return {
    store: localStore,
    writeClipboard: copyToClipboard,
    notify: showNotice,
    extensionUrl: (path) => browser.runtime.getURL(path),
    browserLanguage: globalThis.navigator?.language,
  };
}

/**
 * Removes and re-creates the share items (idempotent), titled in `lang`. Only these two: other
 * features have items of their own (link-menu.ts), which `removeAll()` would delete.
 */
export async function createShareMenus(lang: Lang = 'fr'): Promise<void> {
  const title = shareMenuTitle(lang);
  await Promise.all(MENU_IDS.map((id) => browser.contextMenus.remove(id).catch(() => undefined)));
  const create = (props: Menus.CreateCreatePropertiesType) =>
    new Promise<void>((resolve) => {
      // The callback form reports errors through lastError; reading it marks it as handled.
      browser.contextMenus.create(props, () => {
        void browser.runtime.lastError;
        resolve();
      });
    });
  await create({
    id: SHARE_LINK_MENU_ID,
    title,
    contexts: ['link'],
    // Only mailto: links (both Chrome and Firefox accept this non-standard scheme here).
    targetUrlPatterns: ['mailto:*'],
  });
  await create({ id: SHARE_SELECTION_MENU_ID, title, contexts: ['selection'] });
}

export type ShareMenuLanguageSource = Pick<ShareMenuDeps, 'store' | 'browserLanguage'>;

/** The menu titles' language: the language setting, "auto" meaning the browser's (French by default). */
export async function shareMenuLanguage(source: ShareMenuLanguageSource): Promise<Lang> {
  const { settings } = await readSettingsInForce(source.store);
  return resolveLanguage(settings.language, source.browserLanguage);
}

/**
 * Called once from the background entrypoint. The items are (re)created in the user's language, and
 * renamed when the language setting changes.
 */
export function registerShareMenu(source: ShareMenuLanguageSource = defaultShareMenuDeps()): void {
  // Firefox for Android has no context menus (the API is undefined there): sharing stays in the popup,
  // and the other features' listeners, registered after this one, must still be set up.
  if (!browser.contextMenus) return;
  // One queue, so a rename never races the creation of the items it renames.
  let menusReady: Promise<void> = Promise.resolve();
  // The language the items were titled in by this run; unknown after a service-worker restart.
  let titledIn: Lang | undefined;
  const queue = (task: () => Promise<void>) => {
    menusReady = menusReady.then(task).catch(() => undefined);
  };
  const recreate = () =>
    queue(async () => {
      const lang = await shareMenuLanguage(source);
      await createShareMenus(lang);
      titledIn = lang;
    });
  // Chrome keeps menus across service-worker restarts, so onInstalled is enough there; Firefox's MV2
  // background page loses them when the browser restarts, hence onStartup too.
  browser.runtime.onInstalled.addListener(recreate);
  browser.runtime.onStartup.addListener(recreate);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    queue(async () => {
      const lang = await shareMenuLanguage(source);
      if (lang === titledIn) return;
      // Rejects when the items do not exist (not created yet): they get the right title when they are.
      const title = shareMenuTitle(lang);
      await Promise.all(MENU_IDS.map((id) => browser.contextMenus.update(id, { title })));
      titledIn = lang;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleShareClick(info, tab);
  });
}

/** What a click on the last notification opens (the share tab offered for unknown colleagues). */
let offeredPage: string | undefined;

let listeningForClicks = false;

/**
 * Opens the offered share tab when its notification is clicked (once per notification). Registered by
 * the first notice that offers a page, not at the worker's start: the offer lives in this run's memory,
 * so after a restart of the worker a click has nothing to open either way, and the notifications API's
 * set-up stays out of the starts that show none (issue 16). Registers once; later calls do nothing.
 */
function registerShareNotificationClick(): void {
  if (listeningForClicks || !browser.notifications?.onClicked) return;
  listeningForClicks = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID || offeredPage === undefined) return;
    const url = offeredPage;
    offeredPage = undefined;
    void browser.tabs.create({ url }).catch(() => undefined);
    void browser.notifications.clear(NOTIFICATION_ID).catch(() => undefined);
  });
}

/** A basic notification: one permission, works in both browsers and is read by screen readers. */
async function showNotice(notice: ShareNotice, offer?: string): Promise<void> {
  offeredPage = offer;
  if (offer !== undefined) registerShareNotificationClick();
  // The same id replaces the previous notification (Chrome keeps an id's old one otherwise).
  await browser.notifications.clear(NOTIFICATION_ID).catch(() => undefined);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notice.title,
    message: notice.message,
  });
}

// ---------------------------------------------------------------------------------------------------
// Clipboard: Chrome's MV3 service worker has none (offscreen document); Firefox's MV2 background page has.

let clipboardQueue: Promise<unknown> = Promise.resolve();

/** Writes `text` to the clipboard from the background; copies are serialised (one offscreen document). */
export function copyToClipboard(text: string): Promise<boolean> {
  const run = clipboardQueue.then(
    () => copyNow(text),
    () => copyNow(text),
  );
  clipboardQueue = run.catch(() => undefined);
  return run.catch(() => false);
}

async function copyNow(text: string): Promise<boolean> {
  const offscreen = offscreenApi();
  if (offscreen) return copyThroughOffscreen(offscreen, text);
  if (typeof document === 'undefined') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Firefox fallback when navigator.clipboard is refused: the background page has a DOM.
    return copyWithTextarea(document, text);
  }
}

/**
 * Chrome allows one offscreen document per extension: ./offscreen.ts shares it between features and
 * keeps it open for a while after the last copy.
 */
async function copyThroughOffscreen(offscreen: OffscreenApi, text: string): Promise<boolean> {
  return withOffscreenDocument(offscreen, browser.runtime.getURL('/offscreen.html'), async () => {
    const response = checkOffscreenCopyResponse(
      await browser.runtime.sendMessage(offscreenCopyMessage(text)),
    );
    return response !== NO && response.ok;
  });
}
