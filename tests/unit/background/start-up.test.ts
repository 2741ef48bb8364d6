import browser from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { FAQ_ALARM } from '@/entrypoints/background/faq';
import { runOncePerSession, SESSION_STARTED_KEY } from '@/entrypoints/background/session-start';
import { defaultShareMenuDeps, handleShareClick } from '@/entrypoints/background/share-menu';
import { RESCUE_RULE_ID } from '@/lib/rescue/rule';
import { updateSettings } from '@/lib/settings/settings';
import { MANAGED_CACHE_KEY } from '@/lib/storage-keys';

/**
 * The service worker's start (issue 16): Chrome stops an idle worker and starts it again for the next
 * event, so `main()` runs many times per browser session. What the browser keeps for the session is set
 * up at its first start only; a new session (browser restart, the extension reloaded or updated:
 * storage.session emptied) sets it up again.
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

describe('the background at each start of the worker', () => {
  beforeEach(async () => {
    // The national platform, whose default wants the rescue rule.
    await updateSettings(fakeBrowser.storage.local, { platform: 'national' });
    await fakeBrowser.storage.managed.set({ platform: 'national', disableIdBook: true });
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

  /** One start of the worker: the entrypoint's main(), then its start-up work settled. */
  async function start(): Promise<void> {
    background.main();
    await vi.waitFor(async () =>
      expect(await session.get(SESSION_STARTED_KEY)).toEqual({ [SESSION_STARTED_KEY]: true }),
    );
    // The rule's queue (a policy copy written at start is a settings change too).
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('sets up the session at its first start: the policy’s copy, the FAQ alarm, the rescue rule', async () => {
    await start();
    expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toEqual({
      platform: 'national',
      disableIdBook: true,
    });
    expect(await fakeBrowser.alarms.get(FAQ_ALARM)).toBeDefined();
    expect(updateSessionRules).toHaveBeenCalled();
    expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({
      removeRuleIds: [RESCUE_RULE_ID],
      addRules: [expect.objectContaining({ id: RESCUE_RULE_ID })],
    });
  });

  it('after an idle stop, in the same session: none of it again (the browser kept it)', async () => {
    await start();
    stop();
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const alarmsGet = vi.spyOn(fakeBrowser.alarms, 'get');
    updateSessionRules.mockClear();
    background.main();
    // The start's one storage.session read has answered, and nothing followed it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(managedGet).not.toHaveBeenCalled();
    expect(alarmsGet).not.toHaveBeenCalled();
    expect(updateSessionRules).not.toHaveBeenCalled();
    // The listeners are back: a settings change still moves the rule.
    await updateSettings(fakeBrowser.storage.local, { rescueDeadLinks: false });
    await vi.waitFor(() => expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({ addRules: [] }));
  });

  it('after a browser restart (or a reload, an update): all of it again', async () => {
    await start();
    stop();
    // Meanwhile the browser emptied storage.session, dropped the session rule and maybe the alarms,
    // and the administrator changed the policy.
    await session.clear();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.storage.managed.set({ platform: 'beta' });
    updateSessionRules.mockClear();
    await start();
    expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toEqual({
      platform: 'beta',
      disableIdBook: true,
    });
    expect(await fakeBrowser.alarms.get(FAQ_ALARM)).toBeDefined();
    // The beta platform wants no rule.
    expect(updateSessionRules).toHaveBeenCalled();
    expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({
      removeRuleIds: [RESCUE_RULE_ID],
      addRules: [],
    });
  });

  it('a rule the browser refused: the next start tries the session’s set-up again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    updateSessionRules.mockRejectedValueOnce(new Error('regex too big'));
    background.main();
    await vi.waitFor(() => expect(updateSessionRules).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await session.get(SESSION_STARTED_KEY)).toEqual({});
    stop();
    updateSessionRules.mockClear();
    await start();
    expect(updateSessionRules.mock.lastCall?.[0]).toMatchObject({
      addRules: [expect.objectContaining({ id: RESCUE_RULE_ID })],
    });
  });

  it('a policy change within the session still reaches the copy (storage.onChanged wakes the worker)', async () => {
    await start();
    await fakeBrowser.storage.managed.set({ platform: 'beta' });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toMatchObject({
        platform: 'beta',
      }),
    );
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
