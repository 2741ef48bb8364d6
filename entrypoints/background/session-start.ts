import browser from 'webextension-polyfill';

/**
 * Start-up work that once per extension session is enough for (issue 16: the worker's cold start).
 * Chrome stops an idle service worker after 30 s and starts it again for the next event (a message, a
 * menu click, the alarm), evaluating the whole background each time. What the browser itself keeps for
 * the session needs setting up at the session's first start only: the FAQ's alarm, the rescue's session
 * rule, the copy of the administrator's policy in storage.local (kept up to date meanwhile by the
 * storage.onChanged listeners, which wake the worker).
 *
 * A session starts with runtime.onStartup (browser start) or runtime.onInstalled (install, update,
 * reload): the tasks run at once. The one start that fires neither, the extension enabled again after
 * being disabled, is caught by storage.session, which the browser empties exactly when that state may
 * be gone (browser restart, install, update, reload, disabling): a little after each start of the
 * worker, off the path of the event that woke it (whose answer would wait for the read), an unmarked
 * session runs the tasks. Without storage.session, every start runs them, as before.
 */

/** storage.session (not storage.local: lib/storage-keys.ts): true once this session's tasks succeeded. */
export const SESSION_STARTED_KEY = 'backgroundSessionStarted';

/** How long after the worker's start storage.session is checked (the woken event is answered by then). */
export const SESSION_CHECK_DELAY_MS = 2_000;

/** The part of browser.storage.session used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Tasks = readonly (() => Promise<unknown>)[];

function sessionArea(): SessionArea | undefined {
  return (browser.storage as { session?: SessionArea }).session;
}

/** Runs `tasks` together; the session is marked only when every one succeeded (else the next start retries). */
async function runTasks(tasks: Tasks, area: SessionArea | undefined): Promise<void> {
  const results = await Promise.allSettled(tasks.map((task) => task()));
  if (area && results.every((result) => result.status === 'fulfilled'))
    await area.set({ [SESSION_STARTED_KEY]: true }).catch(() => undefined);
}

/** Runs `tasks` unless they already succeeded in this session; returns whether they ran. */
export async function runOncePerSession(
  tasks: Tasks,
  area: SessionArea | undefined = sessionArea(),
): Promise<boolean> {
  const stored = area ? await area.get(SESSION_STARTED_KEY).catch(() => undefined) : undefined;
  if (stored?.[SESSION_STARTED_KEY] === true) return false;
  await runTasks(tasks, area);
  return true;
}

/**
 * Called once from the background entrypoint, synchronously (its listeners must be there when the
 * event that woke the worker is dispatched): `tasks` run once per session, as described above.
 */
export function setUpOncePerSession(tasks: Tasks, delayMs = SESSION_CHECK_DELAY_MS): void {
  let ran = false;
  const runNow = () => {
    if (ran) return;
    ran = true;
    void runTasks(tasks, sessionArea());
  };
  browser.runtime.onStartup.addListener(runNow);
  browser.runtime.onInstalled.addListener(runNow);
  setTimeout(() => {
    if (!ran) void runOncePerSession(tasks);
  }, delayMs);
}
