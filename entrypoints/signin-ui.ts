import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createSignInClient } from './signin.content/client';
import { startDeskWatcher } from './signin.content/desk';
import { effectivePageUrl } from './signin.content/page-url';
import { createSession, markForTests } from './signin.content/session';
import { startSignInWatcher } from './signin.content/watcher';

/**
 * The sign-in warning's UI: the 2020 wrong-academy watcher and the academy desk watcher (modules of
 * entrypoints/signin.content/). Not a content script of the manifest and not web-accessible: the
 * background injects it (scripting.executeScript) into a frame whose bootstrap asked, when
 * lib/signin/ui.ts says the page may need it. It runs in the content scripts' isolated world, like the
 * bootstrap, and lives as long as the page.
 */

/** This world's running UI, if any: a second injection into the same frame does nothing. */
const RUNNING = '__compagnonSignInUi';

export default defineUnlistedScript(() => {
  const world = globalThis as { [RUNNING]?: ContentScriptContext };
  if (world[RUNNING]?.isValid) return;
  // Its own context: invalidated when the extension is updated or disabled, like a content script's.
  // No window.postMessage to the page's scripts, like the bootstrap (entrypoints/signin.content/index.ts).
  const ctx = new ContentScriptContext('signin-ui', { noScriptStartedPostMessage: true });
  world[RUNNING] = ctx;
  markForTests(document, 'signin-ui', { started: true });
  const session = createSession(ctx, createSignInClient(), navigator.language);
  const pageUrl = () => effectivePageUrl(location);
  startSignInWatcher({ ctx, client: session.client, session, document, pageUrl });
  startDeskWatcher({ ctx, session, document, pageUrl });
});
