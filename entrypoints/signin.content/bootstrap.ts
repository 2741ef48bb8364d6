import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SignInMessage, SignInOpenUiResult } from '@/lib/messaging/signin';
import { maySignInUiPath } from '@/lib/signin/prefilter';
import { SETTINGS_STORAGE_KEY } from './client';
import { markForTests } from './session';

/**
 * The registered sign-in content script (issue 16), on every page of the instance and desk hosts. When
 * the page's path is one a sign-in page or the desk list may have (lib/signin/prefilter.ts: most pages'
 * paths are not, and then nothing is sent), it asks the background whether this page needs the warning's
 * UI (`signin:open-ui` with the page's address; lib/signin/ui.ts decides from the URL and the settings),
 * and the background injects the UI (entrypoints/signin-ui.ts) into this frame when it does. Nothing of
 * the page is read but its address.
 *
 * It asks again when the address changes (single-page apps change route without a load; a cheap string
 * comparison each second) and when the settings change (a profile academy set, a site no longer
 * dismissed); once the UI runs, it stops: the UI watches the page, the route and the settings itself.
 */
export function startBootstrap(ctx: ContentScriptContext): void {
  let asked = '';
  let busy = false;
  let again = false;
  let listening = false;
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void ask();
  };
  // Settings only matter on a path that may need the UI: the listener is added there, on first need.
  const listen = (): void => {
    if (listening) return;
    listening = true;
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  };
  const ask = async (): Promise<void> => {
    if (busy) {
      again = true;
      return;
    }
    asked = location.href;
    // No sign-in page nor desk list has this path, on any host: nothing to ask.
    if (!maySignInUiPath(location.pathname, __SIGN_IN_PATH_PATTERNS__)) return markNothingShown('other');
    listen();
    busy = true;
    const message: SignInMessage = { type: 'signin:open-ui', url: asked };
    const answer = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
      Partial<SignInOpenUiResult> | undefined;
    busy = false;
    if (!ctx.isValid) return;
    // The UI runs in this frame now: nothing left to do here (the interval and the listener go).
    if (answer?.ui === true) return ctx.abort('the sign-in UI took over');
    markNothingShown(answer?.page);
    if (again) {
      again = false;
      void ask();
    }
  };
  ctx.setInterval(() => {
    if (location.href !== asked && !busy) void ask();
  }, 1000);
  void ask();
}

/**
 * e2e build only (compiled out elsewhere): the decisions the UI's watchers would have made here, so that
 * the specs can wait for them (tests/e2e/signin-pages.ts).
 */
function markNothingShown(page: SignInOpenUiResult['page'] | undefined): void {
  if (import.meta.env.MODE !== 'e2e') return;
  if (page === 'desk') markForTests(document, 'desk', { entries: 0, own: '', shown: 'none' });
  markForTests(document, 'signin', { signIn: page === 'signin', address: '', shown: 'none' });
}
