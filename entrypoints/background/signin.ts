import browser, { type Runtime } from 'webextension-polyfill';
import { isValidHostname } from '@/lib/platform/hosts';
import { instanceForUrl } from '@/lib/platform/instances';
import { readSettingsInForce } from '@/lib/settings/reader';
import { updateSettings } from '@/lib/settings/settings';
import { deskHosts } from '@/lib/signin/desk';
import { signInUiDecision } from '@/lib/signin/ui';
import type { SignInDismissResult, SignInOpenUiResult, SignInState } from '@/lib/messaging/signin';

/**
 * Answers the sign-in warning's content script (see lib/messaging/signin.ts), through the router
 * (router.ts): reads the settings it needs and stores "Ne plus avertir pour ce site". Its messages
 * must come from our own content script in a tab on an instance (in the e2e build also from the
 * tests' local server): `signInSenderPage` is the router's check for that sender kind. It also injects
 * the warning's UI into the pages that need it, when the content script (a bootstrap) asks.
 */

function isLocalTestPage(url: URL): boolean {
  return (
    import.meta.env.MODE === 'e2e' &&
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost')
  );
}

/**
 * The host whose warnings a page may turn off: a desk host's (issue 13), or its instance's. The short
 * desk list first: on a desk page, the first message after the worker's start then needs no index of
 * every instance host (~0.4 ms to build, issue 16). The same answer in either order: a desk host has no
 * trailing dot, so an instance on it would be that very host name.
 */
function warnedHost(url: URL): string | undefined {
  if (url.protocol === 'https:' && deskHosts().includes(url.hostname)) return url.hostname;
  return instanceForUrl(url.href)?.host;
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

/** The sign-in UI (entrypoints/signin-ui.ts): an unlisted script, in no manifest list and not web-accessible. */
export const SIGNIN_UI_SCRIPT = '/signin-ui.js';

/**
 * The URL the bootstrap's page is judged by: the one it sends (its `location.href` now: a single-page app
 * changes it without a load, and the browser's `sender.url` need not follow), only when it has the
 * sender's own origin. In the e2e build a page of the tests' local server may stand for a host with
 * `?compagnon-e2e-as=<host>` (entrypoints/signin.content/page-url.ts decides the same way).
 */
export function signInPageToJudge(url: string, page: URL): string | undefined {
  let sent: URL;
  try {
    sent = new URL(url);
  } catch {
    return undefined;
  }
  if (sent.origin !== page.origin) return undefined;
  // `import.meta.env.MODE` tested here, not only inside isLocalTestPage: the branch (and the parameter's
  // name) is then compiled out of release builds.
  if (import.meta.env.MODE === 'e2e' && isLocalTestPage(sent)) {
    const as = sent.searchParams.get('compagnon-e2e-as');
    if (as !== null && isValidHostname(as)) return `https://${as}${sent.pathname}`;
  }
  return sent.href;
}

/**
 * `signin:open-ui` from the bootstrap: decides from the page's URL and the settings (lib/signin/ui.ts)
 * and, when the UI may show something, injects it into the sender's tab and frame. Why an injection by
 * the background rather than a dynamic `import()` in the bootstrap: a content script can only import
 * modules listed in `web_accessible_resources` for the page's hosts, and those the instances' pages (and
 * any script on them) could then load too, to detect the extension or read its code;
 * `scripting.executeScript` exposes no file to pages, and the decision needs the settings, read here.
 */
export async function openSignInUi(
  url: string,
  sender: Runtime.MessageSender,
  store = browser.storage.local,
): Promise<SignInOpenUiResult> {
  const page = signInSenderPage(sender);
  const judged = page && signInPageToJudge(url, page);
  const tabId = sender.tab?.id;
  if (judged === undefined || tabId === undefined) return { page: 'other', ui: false };
  const decision = signInUiDecision(judged, await readSignInState(store));
  if (!decision.ui) return decision;
  // The very document that asked, when the browser names it (not the next one, should the tab have
  // navigated meanwhile); else its frame.
  const target =
    typeof sender.documentId === 'string'
      ? { tabId, documentIds: [sender.documentId] }
      : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    await browser.scripting.executeScript({ target, files: [SIGNIN_UI_SCRIPT] });
    return decision;
  } catch {
    // The tab went away or navigated meanwhile: its next page's bootstrap asks again.
    return { page: decision.page, ui: false };
  }
}
