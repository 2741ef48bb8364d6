// First: starts the storage read before the rest is evaluated (see first-read.ts).
import { changedSinceFirstRead, firstRecords, readRecords } from './first-read';
import '@/components/base.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { POPUP_TABS, PopupApp } from '@/components/popup/PopupApp';
import type { PopupTabId, TabLoaders } from '@/components/popup/PopupApp';
import { applyDocumentPreferences } from '@/components/ui/document';
import { resolveLanguage } from '@/lib/i18n';
import { readSettingsInForce } from '@/lib/settings/reader';
import type { SettingsInForce } from '@/lib/settings/reader';
import { createPopupClient } from './client';

/** Each tab and its client load on first use, in their own chunks. */
const loaders: TabLoaders = {
  share: () =>
    Promise.all([import('@/components/share/ShareTab'), import('./share-client')]).then(([tab, client]) => ({
      Tab: tab.ShareTab,
      client: client.createShareClient(),
    })),
  faq: () =>
    Promise.all([import('@/components/faq/FaqTab'), import('./faq-client')]).then(([tab, client]) => ({
      Tab: tab.FaqTab,
      client: client.createFaqClient(),
    })),
};

/**
 * Renders from storage.local at once (an MV3 service worker may be asleep: nothing waits for it, and
 * no message goes to it before the first paint), then refreshes the administrator policy and the
 * remote catalogue in the background of the page. One `storage.local.get` reads all the first paint
 * needs (settings with the profile and « Mon Nuage », the policy's copy, the catalogue's cache).
 */
async function main(root: HTMLElement) {
  const local = browser.storage.local;
  const hash = location.hash.slice(1);
  const initialTab = (POPUP_TABS as readonly string[]).includes(hash) ? (hash as PopupTabId) : undefined;
  let state: SettingsInForce = await readSettingsInForce(local, await firstRecords);

  const draw = () => {
    const lang = resolveLanguage(state.settings.language, navigator.language);
    applyDocumentPreferences(document, lang, state.settings.theme);
    render(
      <PopupApp
        lang={lang}
        settings={state.settings}
        policy={state.policy}
        source={state.source}
        client={client}
        loaders={loaders}
        {...(initialTab ? { initialTab } : {})}
        search={location.search}
      />,
      root,
    );
  };
  // Reads may overlap (several writes in a row): only the latest one is drawn.
  let reads = 0;
  const reload = async () => {
    const read = ++reads;
    const next = await readSettingsInForce(local, await readRecords());
    if (read !== reads) return;
    state = next;
    draw();
  };
  const client = createPopupClient(() => void reload());
  draw();

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') void reload();
  });
  // A write between the first read and the listener above: read again (nothing is lost).
  if (changedSinceFirstRead()) void reload();

  // Upkeep, once the page is idle: fetching and evaluating these chunks right after the first frame
  // held up the popup's first clicks (~3.5 ms of main thread in a trace: two file requests and their
  // evaluation).
  await whenIdle();
  // The administrator's policy: the cached copy was used above; a change is cached (and redrawn).
  const { syncManagedPolicyCache } = await import('@/lib/settings/policy');
  await syncManagedPolicyCache(local, browser.storage.managed);
  // The remote catalogue, when one is set and the copy is old (storage.onChanged redraws).
  if (state.settings.catalogueUrl) {
    const { refreshCatalogue } = await import('@/lib/catalogue/remote');
    await refreshCatalogue(local, state.settings.catalogueUrl, (url, init) => fetch(url, init));
  }
}

/**
 * When the page is idle after its first frames; after 500 ms at the latest (a busy or hidden page).
 * Firefox and Chrome have requestIdleCallback; the timer is for any browser without it.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 200);
  });
}

const root = document.getElementById('app');
if (root) void main(root);
