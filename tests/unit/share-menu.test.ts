import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultShareMenuDeps,
  handleShareClick,
  registerShareMenu,
  SHARE_LINK_MENU_ID,
  SHARE_SELECTION_MENU_ID,
  type ShareMenuDeps,
} from '../../entrypoints/background/share-menu';
import { updateSettings } from '../../lib/settings';
import type { ShareNotice } from '../../lib/share';
import { readShareHistory } from '../../lib/share-history';

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

beforeEach(() => {
  fakeBrowser.reset();
});

describe('handleShareClick', () => {
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

  it('uses the remembered host on the national platform, and explains a missing one', async () => {
    await updateSettings(store, {
      platform: 'national',
      rememberedHosts: { 'jean.dupont@ac-lyon.fr': 'nuage05.apps.education.fr' },
    });
    const { deps, clipboard, notices } = makeDeps();
    await handleShareClick(selection('jean.dupont@ac-lyon.fr; marie.curie@ac-lyon.fr'), undefined, deps);
    expect(clipboard).toEqual(['jean.dupont@ac-lyon.fr@nuage05.apps.education.fr']);
    expect(notices[0]?.message).toContain(
      'Non copié : marie.curie@ac-lyon.fr : son serveur Nuage ne peut pas être deviné',
    );
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

describe('registerShareMenu', () => {
  it('creates two items on install (mailto: links only; selections), and routes clicks to the handler', async () => {
    const created: Record<string, unknown>[] = [];
    const clickListeners: ((info: unknown, tab: unknown) => void)[] = [];
    // The fake browser has no contextMenus: stub the part we use.
    const contextMenus = {
      removeAll: vi.fn(async () => {
        created.length = 0;
      }),
      create: vi.fn((props: Record<string, unknown>, done?: () => void) => {
        created.push(props);
        done?.();
        return props.id;
      }),
      onClicked: { addListener: (l: (info: unknown, tab: unknown) => void) => clickListeners.push(l) },
    };
    Object.assign(browser, { contextMenus });
    try {
      registerShareMenu();
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
      expect(created[0]?.title).toBe('Partager avec ce collègue (Nextcloud)');
      // Again at browser start (Firefox loses them): still two, not four.
      await fakeBrowser.runtime.onStartup.trigger();
      await vi.waitFor(() => expect(contextMenus.removeAll).toHaveBeenCalledTimes(2));
      await vi.waitFor(() => expect(created).toHaveLength(2));
      expect(clickListeners).toHaveLength(1);
      // A real click (default deps): nothing usable, so no clipboard, and a notification says why.
      clickListeners[0]?.(selection('bob@gmail.com'), undefined);
      await vi.waitFor(async () =>
        expect(Object.values(await fakeBrowser.notifications.getAll())).toEqual([
          expect.objectContaining({ title: 'Rien n’a été copié' }),
        ]),
      );
    } finally {
      Object.assign(browser, { contextMenus: undefined });
    }
  });
});
