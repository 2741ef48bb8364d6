import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { resolveLanguage, type Lang } from '@/lib/i18n';
import { convertLink, primaryForm, type LinkConversion } from '@/lib/links/convert';
import { linkMenuTitle, linkNotice, linkNoticeStrings, type LinkNotice } from '@/lib/links/notice';
import { readSettingsInForce } from '@/lib/settings/reader';
import type { KeyValueStore } from '@/lib/settings/settings';
import { SETTINGS_KEY } from '@/lib/storage-keys';
import { NO, num, obj, opt, str, union } from '@/lib/util/check';
import { copyToClipboard } from './share-menu';

/**
 * Context menu « Copier la forme à intégrer (Compagnon) » on links to the national platform (issue 18):
 * the link's main converted form (Nuage: direct download; Tube and PodEduc: embed code; CodiMD: the
 * published view) goes to the clipboard through the share menu's clipboard path, and a notification
 * says what was copied or why nothing was. The conversion is lib/links/convert.ts.
 */

export const LINK_MENU_ID = 'compagnon-link-convert';
const NOTIFICATION_ID = 'compagnon-link';
/** Links whose target is on the national platform only (the converter re-checks the exact host). */
export const LINK_TARGET_PATTERNS = ['https://*.apps.education.fr/*'];

/** The part of contextMenus.OnClickData we use, checked before use (no zod in the worker). */
export const checkLinkClick = obj<{ menuItemId: string | number; linkUrl?: string | undefined }>({
  menuItemId: union(str(), num()),
  linkUrl: opt(str(0, 4096)),
});

export interface LinkMenuDeps {
  store: KeyValueStore;
  writeClipboard(text: string): Promise<boolean>;
  notify(notice: LinkNotice): Promise<void>;
  browserLanguage?: string;
}

export type LinkClickResult =
  { handled: false } | { handled: true; conversion: LinkConversion; copied?: string; notice: LinkNotice };

/** The whole effect of a click on the item. Never throws; the clipboard is left alone on failure. */
export async function handleLinkClick(
  info: Menus.OnClickData | Record<string, unknown>,
  _tab?: Tabs.Tab,
  deps: LinkMenuDeps = defaultLinkMenuDeps(),
): Promise<LinkClickResult> {
  const click = checkLinkClick(info);
  if (click === NO || click.menuItemId !== LINK_MENU_ID) return { handled: false };
  const lang = await menuLanguage(deps);
  const conversion = convertLink(click.linkUrl ?? '', {
    iframeTitle: lang === 'fr' ? 'Vidéo' : 'Video',
  });
  const form = conversion.ok ? primaryForm(conversion) : undefined;
  const copied = form ? await deps.writeClipboard(form.value).catch(() => false) : false;
  const notice = linkNotice(conversion, form, copied, lang);
  await deps.notify(notice).catch(() => undefined);
  return { handled: true, conversion, ...(copied && form ? { copied: form.value } : {}), notice };
}

async function menuLanguage(deps: Pick<LinkMenuDeps, 'store' | 'browserLanguage'>): Promise<Lang> {
  const { settings } = await readSettingsInForce(deps.store);
  return resolveLanguage(settings.language, deps.browserLanguage);
}

const localStore: KeyValueStore = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
};

export function defaultLinkMenuDeps(): LinkMenuDeps {
  return {
    store: localStore,
    writeClipboard: copyToClipboard,
    notify: async (notice) => {
      await browser.notifications.create(NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
      });
    },
    browserLanguage: globalThis.navigator?.language,
  };
}

/** (Re)creates the item, titled in `lang`; only this item is touched (the share menu has its own). */
async function createLinkMenu(lang: Lang): Promise<void> {
  await browser.contextMenus.remove(LINK_MENU_ID).catch(() => undefined);
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      {
        id: LINK_MENU_ID,
        title: linkMenuTitle(lang),
        contexts: ['link'],
        targetUrlPatterns: LINK_TARGET_PATTERNS,
      },
      () => {
        // The callback form reports errors through lastError; reading it marks it as handled.
        void browser.runtime.lastError;
        resolve();
      },
    );
  });
}

/** Called once from the background entrypoint (no context menus on Firefox for Android). */
export function registerLinkMenu(deps: LinkMenuDeps = defaultLinkMenuDeps()): void {
  if (!browser.contextMenus) return;
  let ready: Promise<void> = Promise.resolve();
  const queue = (task: () => Promise<void>) => {
    ready = ready.then(task).catch(() => undefined);
  };
  const recreate = () => queue(async () => createLinkMenu(await menuLanguage(deps)));
  browser.runtime.onInstalled.addListener(recreate);
  browser.runtime.onStartup.addListener(recreate);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    queue(async () => {
      const lang = await menuLanguage(deps);
      await browser.contextMenus.update(LINK_MENU_ID, { title: linkNoticeStrings[lang]['menu.title'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleLinkClick(info, tab, deps);
  });
}
