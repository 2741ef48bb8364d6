import browser from 'webextension-polyfill';

/**
 * Start-up work that once per extension session is enough for (issue 16: the worker's cold start).
 * Chrome stops an idle service worker after 30 s and starts it again for the next event (a message, a
 * menu click, the alarm), evaluating the whole background each time. What the browser itself keeps for
 * the session needs setting up at the session's first start only: the FAQ's alarm, the rescue's session
 * rule, the copy of the administrator's policy in storage.local (kept up to date meanwhile by the
 * storage.onChanged listeners, which wake the worker). The first start is known from storage.session,
 * which the browser empties exactly when that state may be gone: a browser restart, and the
 * extension's install, update, reload or disabling. Elsewhere (no storage.session), every start runs
 * the tasks, as before. Firefox's MV2 background page starts once per session anyway.
 */

/** storage.session (not storage.local: lib/storage-keys.ts): true once this session's tasks succeeded. */
export const SESSION_STARTED_KEY = 'backgroundSessionStarted';

/** The part of browser.storage.session used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function sessionArea(): SessionArea | undefined {
  return (browser.storage as { session?: SessionArea }).session;
}

/**
 * Runs `tasks` (together) unless they already succeeded in this session; returns whether they ran.
 * The session is marked only when every task succeeded, so a failed one runs again at the next start.
 */
export async function runOncePerSession(
  tasks: readonly (() => Promise<unknown>)[],
  area: SessionArea | undefined = sessionArea(),
): Promise<boolean> {
  const stored = area ? await area.get(SESSION_STARTED_KEY).catch(() => undefined) : undefined;
  if (stored?.[SESSION_STARTED_KEY] === true) return false;
  const results = await Promise.allSettled(tasks.map((task) => task()));
  if (area && results.every((result) => result.status === 'fulfilled'))
    await area.set({ [SESSION_STARTED_KEY]: true }).catch(() => undefined);
  return true;
}
