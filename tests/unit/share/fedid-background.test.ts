import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCapturedId } from '@/entrypoints/background/fedid';
import { createMessageRouter } from '@/entrypoints/background/router';
import { readUserSettings } from '@/lib/settings/settings';
import { readMyFederationId } from '@/lib/share/my-id';
import { MANAGED_CACHE_KEY } from '@/lib/storage-keys';

const store = {
  get: (key: string) => fakeBrowser.storage.local.get(key),
  set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items),
};
const PROFILE = new URL('https://portail.apps.education.fr/profile');
const SHARING = new URL('https://nuage06.apps.education.fr/settings/user/sharing');

beforeEach(() => fakeBrowser.reset());

describe('my captured federation ID (background)', () => {
  it('is stored from La Boîte’s profile and teaches « Mon Nuage »', async () => {
    expect(
      await saveCapturedId('jdupont@nuage06.apps.education.fr', 'profile', PROFILE, store, () => 5),
    ).toEqual({ ok: true });
    expect(await readMyFederationId(store)).toEqual({
      version: 1,
      id: 'jdupont@nuage06.apps.education.fr',
      node: 'nuage06',
      source: 'profile',
      at: 5,
    });
    expect((await readUserSettings(store)).myNuage).toBe('nuage06.apps.education.fr');
  });

  it.each([
    ['jdupont@example.com', 'profile', PROFILE],
    ['jdupont@http://nuage06.apps.education.fr', 'profile', PROFILE],
    // On Nuage, the ID must be on the node the page is served from.
    ['jdupont@nuage03.apps.education.fr', 'nuage-sharing', SHARING],
    // Not a capture page.
    ['jdupont@nuage06.apps.education.fr', 'profile', new URL('https://portail.apps.education.fr/services')],
    ['jdupont@nuage06.apps.education.fr', 'nuage-sharing', PROFILE],
  ] as const)('refuses %s from %s (%s)', async (id, page, url) => {
    expect(await saveCapturedId(id, page, url, store)).toEqual({ ok: false });
    expect(await readMyFederationId(store)).toBeUndefined();
  });

  it('stores nothing when the administrator switched the book off', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { disableIdBook: true } });
    expect(await saveCapturedId('jdupont@nuage06.apps.education.fr', 'profile', PROFILE, store)).toEqual({
      ok: false,
    });
    expect(await readMyFederationId(store)).toBeUndefined();
  });

  it('the router takes it only from our script in a tab on a capture page', async () => {
    const saved: string[] = [];
    const route = createMessageRouter(
      (await import('@/entrypoints/background/router')).createRoutes({
        refreshFaq: async () => ({ ok: true }) as never,
        readSignInState: async () => ({}) as never,
        dismissSignInSite: async () => ({ ok: false }),
        openSignInUi: async () => ({ page: 'other', ui: false }),
        learnNuage: async () => ({}),
        saveCapturedId: async (id) => {
          saved.push(id);
          return { ok: true };
        },
      }),
    );
    const message = { type: 'fedid:captured', id: 'jdupont@nuage06.apps.education.fr', page: 'profile' };
    const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    const from = (url: string, withTab = true) => ({
      id: fakeBrowser.runtime.id,
      url,
      ...(withTab ? { tab } : {}),
    });
    expect(await route(message, from(PROFILE.href))).toEqual({ ok: true });
    expect(route(message, from('https://evil.example/profile'))).toBeUndefined();
    expect(route(message, from(PROFILE.href, false))).toBeUndefined();
    expect(await route({ ...message, page: 'nuage-sharing' }, from(PROFILE.href))).toEqual({ ok: false });
    expect(saved).toEqual(['jdupont@nuage06.apps.education.fr']);
  });
});
