import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLanguage, type Lang } from '@/lib/i18n';
import type { SignInState } from '@/lib/messaging/signin';
import type { SignInClient } from './client';

/**
 * What the content script knows of the settings, shared by the 2020 watcher and the desk watcher: loaded
 * from the background on first need, forgotten when the settings change (subscribers then judge again).
 */
export interface Session {
  readonly client: SignInClient;
  /** The state, or undefined while it loads (this call starts loading it). */
  ready(): SignInState | undefined;
  /** Bumped on every load and every change of the settings. */
  readonly version: number;
  lang(): Lang;
  /** Called after each load and each change of the settings. */
  subscribe(callback: () => void): void;
  /** Records "Ne plus avertir pour ce site" in the state at once, and stores it through the background. */
  dismissSite(host: string): void;
}

const DEFAULT_STATE: SignInState = { dismissedSites: [], language: 'auto', theme: 'system' };

export function createSession(
  ctx: ContentScriptContext,
  client: SignInClient,
  browserLanguage?: string,
): Session {
  let state: SignInState | undefined;
  let loading = false;
  let version = 0;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const load = async (): Promise<void> => {
    if (loading) return;
    loading = true;
    try {
      const loaded = await client.getState();
      if (!ctx.isValid) return;
      state = loaded ?? { ...DEFAULT_STATE, dismissedSites: [] };
    } finally {
      loading = false;
    }
    notify();
  };
  const unsubscribe = client.onSettingsChanged(() => {
    state = undefined;
    notify();
  });
  ctx.onInvalidated(unsubscribe);
  return {
    client,
    ready() {
      if (!state) void load();
      return state;
    },
    get version() {
      return version;
    },
    lang: () => resolveLanguage(state?.language ?? 'auto', browserLanguage),
    subscribe: (callback) => void listeners.add(callback),
    dismissSite(host) {
      if (state && !state.dismissedSites.includes(host)) state.dismissedSites.push(host);
      void client.dismissSite(host);
    },
  };
}

/**
 * One timer bound to the context. `restart` (typing): each call pushes the run back; otherwise (a page
 * firing thousands of mutations) calls while one is pending are dropped, so the run is never starved.
 */
export function createDebouncer(
  ctx: ContentScriptContext,
  run: () => void,
  ms: number,
  restart = true,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.onInvalidated(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
  return () => {
    if (timer !== undefined) {
      if (!restart) return;
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = undefined;
      if (ctx.isValid) run();
    }, ms);
  };
}

let e2eCount = 0;

/** e2e build only (compiled out elsewhere): lets the specs wait for a decision instead of sleeping. */
export function markForTests(
  doc: Document,
  watcher: 'signin' | 'desk' | 'signin-ui',
  decision: Record<string, unknown>,
): void {
  if (import.meta.env.MODE !== 'e2e') return;
  e2eCount += 1;
  // data-compagnon-signin-e2e, data-compagnon-desk-e2e, data-compagnon-signin-ui-e2e (tests/e2e/signin-pages.ts)
  doc.documentElement.setAttribute(
    `data-compagnon-${watcher}-e2e`,
    JSON.stringify({ n: e2eCount, ...decision }),
  );
}
