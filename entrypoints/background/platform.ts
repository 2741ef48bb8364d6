import browser, { type Runtime } from 'webextension-polyfill';
import { nuageNodeFromUrl } from '@/lib/platform/nuage';
import { isValidHostname } from '@/lib/platform/hosts';
import { updateSettings } from '@/lib/settings/settings';
import type { KeyValueStore } from '@/lib/settings/settings';
import type { NuageSeenResult } from '@/lib/messaging/platform';

/**
 * « Mon Nuage »: the content script of the Nuage nodes (entrypoints/platform.content) says a page is
 * open; the node is read from the sender's URL, which the browser fills in, and kept only when the
 * page proves the user is signed in there (lib/platform/nuage.ts). The router (router.ts) has already
 * checked that the sender is our content script in a tab.
 */

/**
 * The page URL to judge: the sender's own, top frame only. In the e2e build a page of the tests'
 * local server (Firefox cannot serve made-up https hosts) may stand for a node with
 * `?compagnon-e2e-as=<host>`, like the sign-in warning's pages; the branch is compiled out elsewhere.
 */
export function nuageSenderUrl(sender: Runtime.MessageSender): string | undefined {
  if (typeof sender.url !== 'string' || (sender.frameId !== undefined && sender.frameId !== 0)) return;
  if (import.meta.env.MODE === 'e2e') {
    try {
      const url = new URL(sender.url);
      const as = url.searchParams.get('compagnon-e2e-as');
      const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
      if (local && url.protocol === 'http:' && as !== null && isValidHostname(as))
        return `https://${as}${url.pathname}`;
    } catch {
      return undefined;
    }
  }
  return sender.url;
}

/** Learns « Mon Nuage » from the sender's page; writes only when the node changes. */
export async function learnNuageFrom(
  sender: Runtime.MessageSender,
  store: KeyValueStore = browser.storage.local,
): Promise<NuageSeenResult> {
  const url = nuageSenderUrl(sender);
  const node = url === undefined ? undefined : nuageNodeFromUrl(url);
  if (node === undefined) return {};
  const saved = await updateSettings(store, (current) => (current.myNuage === node ? {} : { myNuage: node }));
  return saved.myNuage === node ? { learned: node } : {};
}
