import browser from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { FAQ_ALARM } from '@/entrypoints/background/faq';
import {
  runOncePerSession,
  SESSION_CHECK_DELAY_MS,
  SESSION_STARTED_KEY,
  setUpOncePerSession,
} from '@/entrypoints/background/session-start';
import { defaultShareMenuDeps, handleShareClick } from '@/entrypoints/background/share-menu';
import { RESCUE_RULE_ID } from '@/lib/rescue/rule';
import { updateSettings } from '@/lib/settings/settings';
import { MANAGED_CACHE_KEY } from '@/lib/storage-keys';

/**
 * The service worker's start (issue 16): Chrome stops an idle worker and starts it again for the next
 * event, so `main()` runs many times per browser session. What the browser keeps for the session is set
 * up at its first start only (runtime.onStartup, runtime.onInstalled, or else an unmarked storage.session
 * found a little after the start); a new session sets it up again.
 */

const session = fakeBrowser.storage.session;
// The fake browser's context menus are not implemented (they throw): without them the background sets
// none up (as on Firefox for Android), and the rest of its start is the same.
const contextMenus = browser.contextMenus;
const declarativeNetRequest = (browser as { declarativeNetRequest?: unknown }).declarativeNetRequest;
// Nor declarativeNetRequest: a recorder instead.
let updateSessionRules: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  updateSessionRules = vi.fn(async () => undefined);
  Object.assign(browser, { contextMenus: undefined, declarativeNetRequest: { updateSessionRules } });
});
afterEach(() => {
  Object.assign(browser, { contextMenus, declarativeNetRequest });
  vi.restoreAllMocks();
});

describe('runOncePerSession', () => {
  it('runs the tasks at the session’s first start, not at the worker’s next starts', async () => {
    const task = vi.fn(async () => undefined);
    expect(await runOncePerSession([task, task], session)).toBe(true);
    expect(task).toHaveBeenCalledTimes(2);
    expect(await session.get(SESSION_STARTED_KEY)).toEqual({ [SESSION_STARTED_KEY]: true });
    expect(await runOncePerSession([task], session)).toBe(false);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('runs them again in a new session (storage.session emptied)', async () => {
    const task = vi.fn(async () => undefined);
    await runOncePerSession([task], session);
    await session.clear();
    expect(await runOncePerSession([task], session)).toBe(true);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('a failed task: all of them run again at the next start, the others still ran', async () => {
    const ok = vi.fn(async () => undefined);
    const failing = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(undefined);
    expect(await runOncePerSession([ok, failing], session)).toBe(true);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(await runOncePerSession([ok, failing], session)).toBe(true);
    expect(ok).toHaveBeenCalledTimes(2);
    expect(await runOncePerSession([ok, failing], session)).toBe(false);
  });

  it('without storage.session (or when it fails), every start runs them', async () => {
    const task = vi.fn(async () => undefined);
    const storage = browser.storage;
    Object.assign(browser, { storage: { ...storage, session: undefined } });
    try {
      await runOncePerSession([task]);
      await runOncePerSession([task]);
    } finally {
      Object.assign(browser, { storage });
    }
    const broken = { get: () => Promise.reject(new Error('no')), set: () => Promise.reject(new Error('no')) };
    await runOncePerSession([task], broken);
    await runOncePerSession([task], broken);
    expect(task).toHaveBeenCalledTimes(4);
  });
});

describe('setUpOncePerSession', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('browser start, install, update or reload: the tasks at once, once; the later check skipped', async () => {
    for (const fire of [
      () => fakeBrowser.runtime.onStartup.trigger(),
      () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false }),
    ]) {
      await session.clear();
      fakeBrowser.runtime.onStartup.removeAllListeners();
      fakeBrowser.runtime.onInstalled.removeAllListeners();
      vi.restoreAllMocks();
      const task = vi.fn(async () => undefined);
      setUpOncePerSession([task]);
      await fire();
      expect(task).toHaveBeenCalledTimes(1);
      const sessionGet = vi.spyOn(session, 'get');
      await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
      expect(sessionGet).not.toHaveBeenCalled();
      expect(task).toHaveBeenCalledTimes(1);
      expect(await session.get(SESSION_STARTED_KEY)).toEqual({ [SESSION_STARTED_KEY]: true });
    }
  });

  it('any other start: nothing until the check; then the tasks only if the session is unmarked', async () => {
    const task = vi.fn(async () => undefined);
    const sessionGet = vi.spyOn(session, 'get');
    setUpOncePerSession([task]);
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS - 1);
    // Nothing on the path of the event that woke the worker, not even the storage.session read.
    expect(sessionGet).not.toHaveBeenCalled();
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    // The worker's next start in this session: the check finds the session marked.
    setUpOncePerSession([task]);
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
    await vi.waitFor(() => expect(sessionGet).toHaveBeenCalledTimes(2));
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('the background at each start of the worker', () => {
  beforeEach(async () => {
    // Only setTimeout is faked: the session's check, a little after the start.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    // The national platform, whose default wants the rescue rule.
    await updateSettings(fakeBrowser.storage.local, { platform: 'national' });
    await fakeBrowser.storage.managed.set({ platform: 'national', disableIdBook: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The worker stops: its listeners go (the browser keeps its storage, alarms and rules). */
  function stop(): void {
    for (const event of [
      fakeBrowser.storage.onChanged,
      fakeBrowser.runtime.onMessage,
      fakeBrowser.runtime.onInstalled,
      fakeBrowser.runtime.onStartup,
      fakeBrowser.alarms.onAlarm,
    ])
      event.removeAllListeners();
  }

  /** Lets the start's promises settle (storage, the rule's queue): real time passes, fake timers wait. */
  async function flush(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  }

  /** The session's state as the browser keeps it: the policy's copy, the FAQ alarm, the rule's last update. */
  async function expectSetUp(platform: string, rule: boolean): Promise<void> {
    expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toMatchObject({
      platform,
    });
    expect(await fakeBrowser.alarms.get(FAQ_ALARM)).toBeDefined();
    expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({
      removeRuleIds: [RESCUE_RULE_ID],
      addRules: rule ? [expect.objectContaining({ id: RESCUE_RULE_ID })] : [],
    });
    expect(await session.get(SESSION_STARTED_KEY)).toEqual({ [SESSION_STARTED_KEY]: true });
  }

  it('at a browser start (runtime.onStartup): all of it at once, before the session’s check', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    await expectSetUp('national', true);
    // The later check finds the work done (and nothing reads managed storage again).
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
    await flush();
    expect(managedGet).not.toHaveBeenCalled();
  });

  it('a start that fires neither (enabled again after being disabled): the check sets it up', async () => {
    background.main();
    await flush();
    // Nothing on the path of the event that woke the worker: not even the storage.session read.
    const sessionGet = vi.spyOn(session, 'get');
    expect(updateSessionRules).not.toHaveBeenCalled();
    expect(sessionGet).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
    await flush();
    expect(sessionGet).toHaveBeenCalled();
    await expectSetUp('national', true);
  });

  it('after an idle stop, in the same session: none of it again (the browser kept it)', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    stop();
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const alarmsGet = vi.spyOn(fakeBrowser.alarms, 'get');
    updateSessionRules.mockClear();
    background.main();
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
    await flush();
    expect(managedGet).not.toHaveBeenCalled();
    expect(alarmsGet).not.toHaveBeenCalled();
    expect(updateSessionRules).not.toHaveBeenCalled();
    // The listeners are back: a settings change still moves the rule.
    await updateSettings(fakeBrowser.storage.local, { rescueDeadLinks: false });
    await flush();
    expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({ addRules: [] });
  });

  it('after a browser restart: all of it again', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    stop();
    // Meanwhile the browser emptied storage.session, dropped the session rule and maybe the alarms,
    // and the administrator changed the policy.
    await session.clear();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.storage.managed.set({ platform: 'beta' });
    updateSessionRules.mockClear();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    // The beta platform wants no rule.
    await expectSetUp('beta', false);
  });

  it('a rule the browser refused: the next start’s check tries the session’s set-up again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    updateSessionRules.mockRejectedValueOnce(new Error('regex too big'));
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(updateSessionRules).toHaveBeenCalled();
    expect(await session.get(SESSION_STARTED_KEY)).toEqual({});
    stop();
    updateSessionRules.mockClear();
    background.main();
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_DELAY_MS);
    await flush();
    await expectSetUp('national', true);
  });

  it('a policy change within the session still reaches the copy (storage.onChanged wakes the worker)', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    await fakeBrowser.storage.managed.set({ platform: 'beta' });
    await flush();
    expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toMatchObject({
      platform: 'beta',
    });
  });
});

describe('the share notification’s click', () => {
  it('is listened to from the first notice that offers a page, not from the start', async () => {
    const addListener = vi.spyOn(fakeBrowser.notifications.onClicked, 'addListener');
    background.main();
    expect(addListener).not.toHaveBeenCalled();
    // National platform, a colleague whose ID is not in the book: the share tab is offered.
    await updateSettings(fakeBrowser.storage.local, { platform: 'national' });
    const result = await handleShareClick(
      { menuItemId: 'compagnon-share-link', linkUrl: 'mailto:marie.curie@ac-lyon.fr' },
      undefined,
      { ...defaultShareMenuDeps(), writeClipboard: async () => true },
    );
    expect(result).toMatchObject({ handled: true, offer: expect.stringContaining('popup.html') });
    expect(addListener).toHaveBeenCalledTimes(1);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('compagnon-share');
    expect(create).toHaveBeenCalledWith({ url: result.handled ? result.offer : undefined });
  });
});
