import browser, { type Runtime } from 'webextension-polyfill';
import { instanceForUrl } from '@/lib/platform/instances';
import { readSettingsInForce } from '@/lib/settings/reader';
import { updateSettings } from '@/lib/settings/settings';
import { deskHosts } from '@/lib/signin/desk';
import type { SignInDismissResult, SignInState } from '@/lib/messaging/signin';

/**
 * Answers the sign-in warning's content script (see lib/messaging/signin.ts), through the router
 * (router.ts): reads the settings it needs and stores "Ne plus avertir pour ce site". Its messages
 * must come from our own content script in a tab on an instance (in the e2e build also from the
 * tests' local server): `signInSenderPage` is the router's check for that sender kind.
 */

function isLocalTestPage(url: URL): boolean {
  return (
    import.meta.env.MODE === 'e2e' &&
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost')
  );
}

/** The host whose warnings a page may turn off: its instance's, or a desk host's (issue 13). */
function warnedHost(url: URL): string | undefined {
  const instance = instanceForUrl(url.href)?.host;
  if (instance !== undefined) return instance;
  return url.protocol === 'https:' && deskHosts().includes(url.hostname) ? url.hostname : undefined;
}

/** The sender's page URL when it is our content script in a tab, else undefined. */
export function signInSenderPage(sender: Runtime.MessageSender): URL | undefined {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || typeof sender.url !== 'string') return;
  try {
    const url = new URL(sender.url);
    return warnedHost(url) !== undefined || isLocalTestPage(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function readSignInState(store = browser.storage.local): Promise<SignInState> {
  const { settings, policy, source } = await readSettingsInForce(store);
  const state: SignInState = {
    dismissedSites: settings.dismissedSites,
    language: settings.language,
    theme: settings.theme,
  };
  // The desk list's extra names: the catalogue in use, then the administrator's (both per academy).
  const deskAliases = [source.catalogue.overrides, policy.academyOverrides].flatMap((overrides) =>
    Object.entries(overrides ?? {}).flatMap(([academy, o]) =>
      o.deskAliases?.length ? [{ academy, names: [...o.deskAliases] }] : [],
    ),
  );
  if (deskAliases.length > 0) state.deskAliases = deskAliases;
  if (settings.profile.address) state.address = settings.profile.address;
  if (settings.profile.academyId) state.academyId = settings.profile.academyId;
  return state;
}

export async function dismissSignInSite(
  host: string,
  store = browser.storage.local,
): Promise<SignInDismissResult> {
  // Only instance and desk hosts: a content script cannot fill the list with anything else.
  if (warnedHost(new URL(`https://${host}/`)) !== host) return { ok: false };
  const saved = await updateSettings(store, (current) => ({
    dismissedSites: current.dismissedSites.includes(host)
      ? current.dismissedSites
      : [...current.dismissedSites, host],
  }));
  return { ok: saved.dismissedSites.includes(host) };
}

/**
 * "Ne plus avertir pour ce site" from a page: the page may only turn off the warning of its own
 * instance or desk host (or, in e2e, the one it impersonates).
 */
export function dismissSignInSiteFrom(host: string, page: URL): Promise<SignInDismissResult> {
  if (!isLocalTestPage(page) && warnedHost(page) !== host) return Promise.resolve({ ok: false });
  return dismissSignInSite(host);
}
