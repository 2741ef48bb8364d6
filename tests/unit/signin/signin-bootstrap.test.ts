// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startBootstrap } from '@/entrypoints/signin.content/bootstrap';
import type { SignInOpenUiResult } from '@/lib/messaging/signin';

// The registered sign-in content script (issue 16): one message per page address, nothing else.

let ctx: ContentScriptContext;
let answer: SignInOpenUiResult | Error;
let send: ReturnType<typeof vi.fn>;

function start(): void {
  // WXT logs each invalidation; keep the test output readable.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  ctx = new ContentScriptContext('signin-bootstrap-test');
  startBootstrap(ctx);
}

const asked = () => send.mock.calls.map(([message]) => message as { type: string; url: string });

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  history.replaceState(null, '', '/signup');
  answer = { page: 'other', ui: false };
  send = vi.fn(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send as never);
});

afterEach(() => {
  if (ctx.isValid) ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the sign-in bootstrap', () => {
  it('asks once for the page’s address, and not again while nothing changes', async () => {
    start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked()).toEqual([{ type: 'signin:open-ui', url: location.href }]);
    expect(ctx.isValid).toBe(true);
  });

  it('asks nothing on a path no sign-in page nor desk list has, until a single-page app moves to one', async () => {
    history.replaceState(null, '', '/contact');
    start();
    await vi.advanceTimersByTimeAsync(3_000);
    await fakeBrowser.storage.local.set({ settingsStorage: { version: 3 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toEqual([]);
    history.pushState(null, '', '/login');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked().map((m) => new URL(m.url).pathname)).toEqual(['/login']);
    history.pushState(null, '', '/realms/apps/desk/links');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked().map((m) => new URL(m.url).pathname)).toEqual(['/login', '/realms/apps/desk/links']);
  });

  it('asks again when the settings change, not for other storage', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    await fakeBrowser.storage.local.set({ faqCache: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toHaveLength(1);
    await fakeBrowser.storage.local.set({ settingsStorage: { version: 3, profile: { academyId: 'lyon' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toHaveLength(2);
  });

  it('stops once the background injected the UI: no timer, no listener left', async () => {
    answer = { page: 'signin', ui: true };
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(ctx.isValid).toBe(false);
    history.pushState(null, '', '/elsewhere');
    await fakeBrowser.storage.local.set({ settingsStorage: { version: 3 } });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(asked()).toHaveLength(1);
  });

  it('one question at a time: a change while one is pending is asked after it', async () => {
    let release: (value: SignInOpenUiResult) => void = () => {};
    send.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    start();
    await fakeBrowser.storage.local.set({ settingsStorage: { version: 3 } });
    await fakeBrowser.storage.local.set({ settingsStorage: { version: 3, theme: 'dark' } });
    expect(asked()).toHaveLength(1);
    release({ page: 'other', ui: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toHaveLength(2);
  });

  it('a background that does not answer (the extension was updated) is nothing to report', async () => {
    answer = new Error('Could not establish connection. Receiving end does not exist.');
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(asked()).toHaveLength(1);
    expect(ctx.isValid).toBe(true);
  });
});
