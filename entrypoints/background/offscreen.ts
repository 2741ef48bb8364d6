/**
 * Chrome's one offscreen document (MV3 allows one per extension), shared by the features that need a
 * DOM the service worker lacks: the clipboard (share-menu.ts, link-menu.ts) and the FAQ's HTML parse
 * (faq.ts). It is created with both reasons on first use and kept open while idle for
 * OFFSCREEN_IDLE_MS, so a second copy within that time costs one message instead of a document's
 * creation and teardown (issue 16: ~60 ms a copy). Firefox's MV2 background page has a DOM: no
 * offscreen document there (`offscreenApi()` is undefined).
 */

/** The part of chrome.offscreen we use (Chrome 109+; absent from Firefox and from the polyfill types). */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

export function offscreenApi(): OffscreenApi | undefined {
  const chromeGlobal = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome;
  return chromeGlobal?.offscreen;
}

/**
 * How long the document stays open after its last task. Below the service worker's own 30 s idle
 * limit, so the worker (whose timer closes the document) is normally still running when it fires; a
 * worker stopped before that leaves the document to the next task, which reuses it.
 */
export const OFFSCREEN_IDLE_MS = 25_000;

const REASONS = ['CLIPBOARD', 'DOM_PARSER'];
const JUSTIFICATION =
  'Copy what the user chose from the context menu (share IDs, converted links); read the HTML FAQ page.';

interface OffscreenState {
  ready: Promise<void> | undefined;
  busy: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const states = new WeakMap<OffscreenApi, OffscreenState>();

function stateOf(offscreen: OffscreenApi): OffscreenState {
  let state = states.get(offscreen);
  if (!state) states.set(offscreen, (state = { ready: undefined, busy: 0, timer: undefined }));
  return state;
}

function open(offscreen: OffscreenApi, url: string, state: OffscreenState): Promise<void> {
  // Already open (e.g. left by a service worker stopped before its idle timer fired): reused.
  state.ready ??= offscreen
    .createDocument({ url, reasons: REASONS, justification: JUSTIFICATION })
    .catch(() => undefined);
  return state.ready;
}

/**
 * Runs `task` with the offscreen document open (creating it if needed). When the task fails (the
 * document was closed under us, so no page answered), the document is opened again and the task tried
 * once more. The document closes OFFSCREEN_IDLE_MS after the last task ends.
 */
export async function withOffscreenDocument<T>(
  offscreen: OffscreenApi,
  url: string,
  task: () => Promise<T>,
  idleMs = OFFSCREEN_IDLE_MS,
): Promise<T> {
  const state = stateOf(offscreen);
  clearTimeout(state.timer);
  state.busy++;
  try {
    await open(offscreen, url, state);
    try {
      return await task();
    } catch {
      state.ready = undefined;
      await open(offscreen, url, state);
      return await task();
    }
  } finally {
    state.busy--;
    if (state.busy === 0) {
      state.timer = setTimeout(() => {
        if (state.busy > 0) return;
        state.ready = undefined;
        void offscreen.closeDocument().catch(() => undefined);
      }, idleMs);
    }
  }
}
