import browser, { type Runtime } from 'webextension-polyfill';
import { idBookAllowed } from '@/lib/settings/policy';
import { readSettingsInForce } from '@/lib/settings/reader';
import type { KeyValueStore } from '@/lib/settings/settings';
import { capturePageOf, type CapturePage } from '@/lib/share/capture';
import { parseFederationId } from '@/lib/share/federation-id';
import { createIdStore } from '@/lib/share/id-store';
import { readMyFederationId, teachMyNuage } from '@/lib/share/my-id';
import type { FedIdCapturedResult } from '@/lib/messaging/fedid';

/**
 * Stores my federation ID captured by the content script (lib/messaging/fedid.ts), through the router.
 * The sender must be our content script in a tab on one of the two capture pages (in the e2e build, the
 * tests' local server impersonating one with `?compagnon-e2e-as=<host>`).
 */

/** The capture page the sender's tab is on (and its effective URL), or undefined. */
export function fedIdSenderPage(sender: Runtime.MessageSender): { page: CapturePage; url: URL } | undefined {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || typeof sender.url !== 'string') return;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (import.meta.env.MODE === 'e2e' && url.protocol === 'http:' && url.hostname === '127.0.0.1') {
    const as = url.searchParams.get('compagnon-e2e-as');
    if (as) url = new URL(`https://${as}${url.pathname}`);
  }
  const page = capturePageOf(url.href);
  return page ? { page, url } : undefined;
}

export async function saveCapturedId(
  id: string,
  page: CapturePage,
  pageUrl: URL,
  store: KeyValueStore = browser.storage.local,
  now: () => number = Date.now,
): Promise<FedIdCapturedResult> {
  if (capturePageOf(pageUrl.href) !== page) return { ok: false };
  const parsed = parseFederationId(id, { platform: 'national' });
  if (!parsed.ok || parsed.node === undefined) return { ok: false };
  // On Nuage, the ID shown must be on the node the page is served from.
  if (page === 'nuage-sharing' && parsed.host !== pageUrl.hostname) return { ok: false };
  const { policy } = await readSettingsInForce(store);
  if (!idBookAllowed(policy)) return { ok: false };
  const current = await readMyFederationId(store);
  // The same ID again: nothing to write (every visit of the page would wake the listeners), but it
  // still teaches « Mon Nuage » if that was forgotten meanwhile (written only when it differs).
  if (current?.id === parsed.id) {
    await teachMyNuage(store, current).catch(() => undefined);
    return { ok: true };
  }
  const ids = createIdStore(store, async () => true, now);
  const saved = await ids.saveMyId(parsed.id, page);
  return { ok: saved.ok };
}
