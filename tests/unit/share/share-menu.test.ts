import browser from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultShareMenuDeps,
  handleShareClick,
  registerShareMenu,
  SHARE_LINK_MENU_ID,
  SHARE_SELECTION_MENU_ID,
  type ShareMenuDeps,
} from '@/entrypoints/background/share-menu';
import { updateSettings } from '@/lib/settings/settings';
import type { ShareNotice } from '@/locales/share';
import { readShareHistory } from '@/lib/share/history';
import { addToIdBook, emptyIdBook, writeIdBook } from '@/lib/share/book';
import { MANAGED_CACHE_KEY } from '@/lib/storage-keys';

const store = {
  get: (key: string) => fakeBrowser.storage.local.get(key),
  set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items),
};

/** A clipboard and a notifier that record what they were given. */
function makeDeps(overrides: Partial<ShareMenuDeps> = {}) {
  const clipboard: string[] = [];
  const notices: ShareNotice[] = [];
  const deps: ShareMenuDeps = {
    store,
    writeClipboard: async (text) => {
      clipboard.push(text);
      return true;
    },
    notify: async (notice) => {
      notices.push(notice);
    },
    browserLanguage: 'fr-FR',
    now: () => 1_700_000_000_000,
    ...overrides,
  };
  return { deps, clipboard, notices };
}

const selection = (selectionText: string) => ({ menuItemId: SHARE_SELECTION_MENU_ID, selectionText });
const link = (linkUrl: string) => ({ menuItemId: SHARE_LINK_MENU_ID, linkUrl });

beforeEach(async () => {
  fakeBrowser.reset();
  // These tests check IDs derived from the academy: the 2020 (beta) platform, chosen explicitly
  // (national is the default since settings v3). Tests of the national platform set it themselves.
  await updateSettings(store, { platform: 'beta' });
});

describe('handleShareClick', () => {
  it('follows the administrator’s platform, not the user’s own setting (issue 10’s bug)', async () => {
    await updateSettings(store, { platform: 'beta' });
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { platform: 'national' } });
    const { deps, clipboard } = makeDeps();
    const result = await handleShareClick(link('mailto:jean.dupont@ac-lyon.fr'), undefined, deps);
    expect(result).toMatchObject({ handled: true });
    expect(clipboard.join('\n')).not.toContain('beta.education.fr');
    // With the policy gone, the user's own choice applies again.
    await fakeBrowser.storage.local.remove(MANAGED_CACHE_KEY);
    await handleShareClick(link('mailto:jean.dupont@ac-lyon.fr'), undefined, deps);
    expect(clipboard).toContain('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr');
  });

  it('a selection with a name and an address: copies the ID, confirms naming it, records it', async () => {
    const { deps, clipboard, notices } = makeDeps();
    const result = await handleShareClick(
      selection('Écrire à Jean Dupont <jean.dupont@ac-lyon.fr>'),
      undefined,
      deps,
    );
    const id = 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr';
    expect(result).toMatchObject({ handled: true, source: 'selection', copied: id });
    expect(clipboard).toEqual([id]);
    expect(notices).toEqual([
      { ok: true, title: 'Identifiant de partage copié', message: expect.stringContaining(id) as string },
    ]);
    expect(await readShareHistory(store)).toEqual([
      { id, address: 'jean.dupont@ac-lyon.fr', at: 1_700_000_000_000 },
    ]);
  });

  it('a mailto: link with two recipients: two lines', async () => {
    const { deps, clipboard, notices } = makeDeps();
    await handleShareClick(
      link('mailto:jean.dupont@ac-lyon.fr,marie.curie@ac-grenoble.fr?subject=Hello'),
      undefined,
      deps,
    );
    expect(clipboard).toEqual([
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr\nmarie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    ]);
    expect(notices[0]?.title).toBe('2 identifiants de partage copiés');
  });

  it.each([
    ['a Gmail address', selection('bob@gmail.com'), /^bob@gmail\.com : ce n’est pas une adresse académique/],
    ['no address', selection('Bonjour à tous'), /^Aucune adresse électronique/],
    ['an empty selection', selection(''), /^Aucune adresse électronique/],
    [
      'a link that is not mailto:',
      link('https://example.com/jean@ac-lyon.fr'),
      /^Aucune adresse électronique/,
    ],
  ])('%s: leaves the clipboard alone and says why, in French', async (_name, info, message) => {
    const { deps, clipboard, notices } = makeDeps();
    const result = await handleShareClick(info, undefined, deps);
    expect(clipboard).toEqual([]);
    expect(result).toMatchObject({ handled: true });
    expect(result).not.toHaveProperty('copied');
    expect(notices).toEqual([
      { ok: false, title: 'Rien n’a été copié', message: expect.stringMatching(message) as string },
    ]);
    expect(await readShareHistory(store)).toEqual([]);
  });

  it('national platform: copies the ID from the book, lists the unknown ones (issue 12)', async () => {
    await updateSettings(store, {
      platform: 'national',
      rememberedHosts: { 'marie.curie@ac-lyon.fr': 'nuage05.apps.education.fr' },
    });
    const added = addToIdBook(
      emptyIdBook(),
      { id: 'jdupont@nuage06.apps.education.fr', address: 'jean.dupont@ac-lyon.fr', how: 'pasted' },
      1,
    );
    if (!added.ok) throw new Error(added.code);
    await writeIdBook(store, added.book);
    const { deps, clipboard, notices } = makeDeps();
    const result = await handleShareClick(
      selection('jean.dupont@ac-lyon.fr; marie.curie@ac-lyon.fr'),
      undefined,
      deps,
    );
    expect(clipboard).toEqual(['jdupont@nuage06.apps.education.fr']);
    expect(notices[0]?.message).toContain(
      'Non copié : marie.curie@ac-lyon.fr : son identifiant de fédération n’est pas dans votre carnet',
    );
    expect(result).toMatchObject({ handled: true, unknown: ['marie.curie@ac-lyon.fr'] });
  });

  it('national platform, unknown colleague: nothing copied, the share tab offered with the address', async () => {
    await updateSettings(store, { platform: 'national' });
    const { deps, clipboard, notices } = makeDeps();
    const result = await handleShareClick(
      { menuItemId: 'compagnon-share-link', linkUrl: 'mailto:marie.curie@ac-lyon.fr' },
      undefined,
      deps,
    );
    expect(clipboard).toEqual([]);
    expect(notices[0]).toMatchObject({ ok: false, title: 'Identifiant inconnu : rien n’a été copié' });
    expect(result).toMatchObject({ handled: true, unknown: ['marie.curie@ac-lyon.fr'] });
  });

  it('speaks English when the settings say so', async () => {
    await updateSettings(store, { language: 'en' });
    const { deps, notices } = makeDeps();
    await handleShareClick(selection('bob@gmail.com'), undefined, deps);
    expect(notices[0]?.title).toBe('Nothing was copied');
  });

  it('"auto" follows the browser language', async () => {
    const { deps, notices } = makeDeps({ browserLanguage: 'en-GB' });
    await handleShareClick(selection('a@ac-lyon.fr'), undefined, deps);
    expect(notices[0]?.title).toBe('Share ID copied');
  });

  it('a failed clipboard write is reported and not recorded', async () => {
    const { deps, notices } = makeDeps({ writeClipboard: async () => false });
    const result = await handleShareClick(selection('a@ac-lyon.fr'), undefined, deps);
    expect(result).not.toHaveProperty('copied');
    expect(notices[0]).toMatchObject({ ok: false, title: 'Rien n’a été copié' });
    expect(await readShareHistory(store)).toEqual([]);
  });

  it('a throwing clipboard or notifier does not make it throw', async () => {
    const { deps } = makeDeps({
      writeClipboard: () => Promise.reject(new Error('no clipboard')),
      notify: () => Promise.reject(new Error('no notifications')),
    });
    await expect(handleShareClick(selection('a@ac-lyon.fr'), undefined, deps)).resolves.toMatchObject({
      handled: true,
    });
  });

  it.each([
    [{ menuItemId: 'someone-else' }],
    [{}],
    [null],
    ['x'],
    [{ menuItemId: SHARE_SELECTION_MENU_ID, selectionText: 42 }],
  ])('ignores clicks that are not ours or malformed: %j', async (info) => {
    const { deps, clipboard, notices } = makeDeps();
    expect(await handleShareClick(info as never, undefined, deps)).toEqual({ handled: false });
    expect(clipboard).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('by default, notifies through browser.notifications', async () => {
    const { deps } = makeDeps();
    await handleShareClick(selection('bob@gmail.com'), undefined, {
      ...deps,
      notify: defaultShareMenuDeps().notify,
    });
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.values(all)).toEqual([
      expect.objectContaining({ type: 'basic', title: 'Rien n’a été copié' }),
    ]);
  });
});

/** The fake browser has no contextMenus: a stub of the part we use, keeping the items' properties. */
function stubContextMenus() {
  const items = new Map<string | number, Record<string, unknown>>();
  const created: Record<string, unknown>[] = [];
  const clickListeners: ((info: unknown, tab: unknown) => void)[] = [];
  const contextMenus = {
    remove: vi.fn(async (id: string | number) => {
      if (!items.delete(id)) throw new Error(`Cannot find menu item with id ${id}`);
      const index = created.findIndex((props) => props.id === id);
      if (index >= 0) created.splice(index, 1);
    }),
    create: vi.fn((props: Record<string, unknown>, done?: () => void) => {
      items.set(props.id as string, { ...props });
      created.push(props);
      done?.();
      return props.id;
    }),
    update: vi.fn(async (id: string | number, props: Record<string, unknown>) => {
      const item = items.get(id);
      if (!item) throw new Error(`Cannot find menu item with id ${id}`);
      Object.assign(item, props);
    }),
    onClicked: { addListener: (l: (info: unknown, tab: unknown) => void) => clickListeners.push(l) },
  };
  Object.assign(browser, { contextMenus });
  const titles = () => [SHARE_LINK_MENU_ID, SHARE_SELECTION_MENU_ID].map((id) => items.get(id)?.title);
  return { contextMenus, created, clickListeners, titles };
}

const FR_TITLE = 'Partager avec ce collègue (Nextcloud)';
const EN_TITLE = 'Share with this colleague (Nextcloud)';

describe('registerShareMenu', () => {
  const original = browser.contextMenus;
  afterEach(() => {
    Object.assign(browser, { contextMenus: original });
  });

  it('creates two items on install (mailto: links only; selections), and routes clicks to the handler', async () => {
    const { contextMenus, created, clickListeners } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'fr-FR' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created).toEqual([
      expect.objectContaining({
        id: SHARE_LINK_MENU_ID,
        contexts: ['link'],
        targetUrlPatterns: ['mailto:*'],
      }),
      expect.objectContaining({ id: SHARE_SELECTION_MENU_ID, contexts: ['selection'] }),
    ]);
    // Again at browser start (Firefox loses them): still two, not four.
    await fakeBrowser.runtime.onStartup.trigger();
    // Each time, only its own items are removed (the link menu has one too).
    await vi.waitFor(() => expect(contextMenus.remove).toHaveBeenCalledTimes(4));
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(clickListeners).toHaveLength(1);
    // A real click (default deps): nothing usable, so no clipboard, and a notification says why.
    clickListeners[0]?.(selection('bob@gmail.com'), undefined);
    await vi.waitFor(async () =>
      expect(Object.values(await fakeBrowser.notifications.getAll())).toEqual([
        expect.objectContaining({ title: 'Rien n’a été copié' }),
      ]),
    );
  });

  it('does nothing without a context-menu API (Firefox for Android), without throwing', async () => {
    Object.assign(browser, { contextMenus: undefined });
    expect(() => registerShareMenu({ store, browserLanguage: 'fr-FR' })).not.toThrow();
    // Nothing was left listening that would reach for the missing API at install time.
    await expect(
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false }),
    ).resolves.not.toThrow();
  });

  it('titles both items in French by default (no settings, any browser language but English)', async () => {
    const { created, titles } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'de-DE' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(titles()).toEqual([FR_TITLE, FR_TITLE]);
  });

  it('titles them in English when the settings say "en", even in a French browser', async () => {
    await updateSettings(store, { language: 'en' });
    const { created, titles } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'fr-FR' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(titles()).toEqual([EN_TITLE, EN_TITLE]);
  });

  it('"auto" follows the browser language', async () => {
    await updateSettings(store, { language: 'auto' });
    const { created, titles } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'en-GB' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(titles()).toEqual([EN_TITLE, EN_TITLE]);
  });

  it('renames both items when the language setting changes, and only then', async () => {
    const { contextMenus, created, titles } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'fr-FR' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(titles()).toEqual([FR_TITLE, FR_TITLE]);

    await updateSettings(store, { language: 'en' });
    await vi.waitFor(() => expect(titles()).toEqual([EN_TITLE, EN_TITLE]));
    expect(contextMenus.update).toHaveBeenCalledTimes(2);
    // Still the same two items: renamed, not re-created.
    expect(contextMenus.create).toHaveBeenCalledTimes(2);

    // Another setting changes: the language did not, nothing to rename.
    await updateSettings(store, { platform: 'national' });
    await updateSettings(store, { language: 'fr' });
    await vi.waitFor(() => expect(titles()).toEqual([FR_TITLE, FR_TITLE]));
    expect(contextMenus.update).toHaveBeenCalledTimes(4);

    // Back to "auto" in a French browser: already French.
    await updateSettings(store, { language: 'auto' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    // Let the queue run: a language change after these proves they were processed in order.
    await updateSettings(store, { language: 'en' });
    await vi.waitFor(() => expect(titles()).toEqual([EN_TITLE, EN_TITLE]));
    expect(contextMenus.update).toHaveBeenCalledTimes(6);
  });

  it('a language change before the items exist does no harm; they are created in the new language', async () => {
    const { contextMenus, created, titles } = stubContextMenus();
    registerShareMenu({ store, browserLanguage: 'fr-FR' });
    await updateSettings(store, { language: 'en' });
    await vi.waitFor(() => expect(contextMenus.update).toHaveBeenCalled());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(titles()).toEqual([EN_TITLE, EN_TITLE]);
  });
});
