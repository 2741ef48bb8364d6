import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '@/entrypoints/background/router';
import { SIGNIN_UI_SCRIPT, signInPageToJudge, signInSenderPage } from '@/entrypoints/background/signin';

/** The background's one router: the sign-in routes answer the content script. */
const handleSignInMessage = createMessageRouter();
import { readUserSettings, updateSettings } from '@/lib/settings/settings';

const store = fakeBrowser.storage.local;
const PAGE = 'https://apps-versailles.beta.education.fr/signup';
const DESK = 'https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth';

function fromContentScript(url = PAGE): Runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('background side of the sign-in warning', () => {
  it('hands the content script what it needs from the settings', async () => {
    await updateSettings(store, {
      profile: { address: 'jean.dupont@ac-creteil.fr' },
      dismissedSites: ['apps-lyon.beta.education.fr'],
      language: 'en',
      theme: 'dark',
    });
    await expect(handleSignInMessage({ type: 'signin:get-state' }, fromContentScript())).resolves.toEqual({
      address: 'jean.dupont@ac-creteil.fr',
      dismissedSites: ['apps-lyon.beta.education.fr'],
      language: 'en',
      theme: 'dark',
    });
  });

  it('adds the desk names of the administrator’s policy (academyOverrides.deskAliases)', async () => {
    await store.set({
      managedPolicyStorage: { academyOverrides: { creteil: { deskAliases: ['Guichet Est'] } } },
    });
    await expect(
      handleSignInMessage({ type: 'signin:get-state' }, fromContentScript()),
    ).resolves.toMatchObject({
      deskAliases: [{ academy: 'creteil', names: ['Guichet Est'] }],
    });
  });

  it('stores "Ne plus avertir pour ce site" once, for the page\'s own instance only', async () => {
    const host = 'apps-versailles.beta.education.fr';
    await expect(
      handleSignInMessage({ type: 'signin:dismiss-site', host }, fromContentScript()),
    ).resolves.toEqual({
      ok: true,
    });
    await handleSignInMessage({ type: 'signin:dismiss-site', host }, fromContentScript());
    expect((await readUserSettings(store)).dismissedSites).toEqual([host]);

    // Another instance than the sender's page, or a host that is no instance at all: refused.
    await expect(
      handleSignInMessage(
        { type: 'signin:dismiss-site', host: 'apps-lyon.beta.education.fr' },
        fromContentScript(),
      ),
    ).resolves.toEqual({ ok: false });
    expect((await readUserSettings(store)).dismissedSites).toEqual([host]);
  });

  it('hands over the chosen academy, for the desk list without an address', async () => {
    await updateSettings(store, { profile: { academyId: 'creteil' } });
    const state = await handleSignInMessage({ type: 'signin:get-state' }, fromContentScript(DESK));
    expect(state).toMatchObject({ academyId: 'creteil' });
    expect(state).not.toHaveProperty('address');
  });

  it('lets the academy desk page turn off its own warning, and only its own', async () => {
    const host = 'auth.apps.education.fr';
    const dismiss = (h: string, url = DESK) =>
      handleSignInMessage({ type: 'signin:dismiss-site', host: h }, fromContentScript(url));
    await expect(dismiss(host)).resolves.toEqual({ ok: true });
    await expect(dismiss('apps-versailles.beta.education.fr')).resolves.toEqual({ ok: false });
    await expect(dismiss(host, PAGE)).resolves.toEqual({ ok: false });
    expect((await readUserSettings(store)).dismissedSites).toEqual([host]);
    expect(
      handleSignInMessage(
        { type: 'signin:get-state' },
        fromContentScript(`https://${host}.evil.example/realms/x`),
      ),
    ).toBeUndefined();
    expect(
      handleSignInMessage({ type: 'signin:get-state' }, fromContentScript(`http://${host}/realms/x`)),
    ).toBeUndefined();
  });

  it('leaves other messages to other listeners and ignores strangers', () => {
    expect(handleSignInMessage({ type: 'share:offscreen-copy' }, fromContentScript())).toBeUndefined();
    expect(handleSignInMessage('signin:get-state', fromContentScript())).toBeUndefined();
    expect(handleSignInMessage(null, fromContentScript())).toBeUndefined();
    // Malformed.
    expect(
      handleSignInMessage({ type: 'signin:dismiss-site', host: 'not a host' }, fromContentScript()),
    ).toBeUndefined();
    expect(handleSignInMessage({ type: 'signin:unknown' }, fromContentScript())).toBeUndefined();
    // Not our content script on an instance: another extension, an extension page, another site.
    const getState = { type: 'signin:get-state' };
    expect(handleSignInMessage(getState, { ...fromContentScript(), id: 'other-extension' })).toBeUndefined();
    expect(handleSignInMessage(getState, { id: fakeBrowser.runtime.id, url: PAGE })).toBeUndefined();
    expect(handleSignInMessage(getState, fromContentScript('https://example.org/signup'))).toBeUndefined();
    expect(handleSignInMessage(getState, fromContentScript('http://127.0.0.1:8080/signup'))).toBeUndefined();
    // Our own popup is not a content script: the sender kind is checked per route.
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(handleSignInMessage(getState, popup)).toBeUndefined();
    // Names of Object.prototype are not routes.
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(handleSignInMessage({ type }, fromContentScript())).toBeUndefined();
  });
});

describe('signInSenderPage: which pages the sign-in messages may come from', () => {
  it('desk and instance pages, whichever is looked up first; nothing else', () => {
    const page = (url: string) => signInSenderPage(fromContentScript(url))?.href;
    expect(page(DESK)).toBe(DESK);
    // A port or credentials: no instance, still the desk's host (as before the desk was looked up first).
    expect(page('https://auth.apps.education.fr:8443/realms/apps')).toBe(
      'https://auth.apps.education.fr:8443/realms/apps',
    );
    expect(page(PAGE)).toBe(PAGE);
    expect(page('https://APPS-Versailles.beta.education.fr./signup')).toBe(
      'https://apps-versailles.beta.education.fr./signup',
    );
    expect(page('https://portail.apps.education.fr/signin')).toBe('https://portail.apps.education.fr/signin');
    expect(page('http://auth.apps.education.fr/realms/apps')).toBeUndefined();
    expect(page('https://auth.apps.education.fr.evil.example/realms/apps')).toBeUndefined();
    expect(page('https://example.org/')).toBeUndefined();
  });
});

describe('signin:open-ui: the UI injected by the background where the page needs it (issue 16)', () => {
  const CONTACT = 'https://apps-versailles.beta.education.fr/contact';
  const openUi = (url: string, sender = fromContentScript(url)) =>
    handleSignInMessage({ type: 'signin:open-ui', url }, sender);

  it('injects the UI script into the sender’s tab and frame on a sign-in page', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(openUi(PAGE, { ...fromContentScript(PAGE), frameId: 3 })).resolves.toEqual({
      page: 'signin',
      ui: true,
    });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 1, frameIds: [3] }, files: [SIGNIN_UI_SCRIPT] });
    // The document itself when the browser names it (Chrome): not the next one if the tab navigated.
    await openUi(PAGE, { ...fromContentScript(PAGE), frameId: 0, documentId: 'doc-1' });
    expect(inject).toHaveBeenLastCalledWith({
      target: { tabId: 1, documentIds: ['doc-1'] },
      files: [SIGNIN_UI_SCRIPT],
    });
  });

  it('injects nothing where nothing is to be shown', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(openUi(CONTACT)).resolves.toEqual({ page: 'other', ui: false });
    // The desk list without a profile academy.
    const links = 'https://auth.apps.education.fr/realms/apps/desk/links';
    await expect(openUi(links)).resolves.toEqual({ page: 'desk', ui: false });
    expect(inject).not.toHaveBeenCalled();
    // …and with one.
    await updateSettings(store, { profile: { academyId: 'creteil' } });
    await expect(openUi(links)).resolves.toEqual({ page: 'desk', ui: true });
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('judges the address the page sends only on the sender’s own origin (a single-page app’s route)', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    // Loaded as /contact, now on /signup without a load: the page's address counts.
    await expect(openUi(PAGE, fromContentScript(CONTACT))).resolves.toEqual({ page: 'signin', ui: true });
    // Another origin than the sender's: nothing.
    await expect(
      openUi('https://apps-lyon.beta.education.fr/signup', fromContentScript(CONTACT)),
    ).resolves.toEqual({ page: 'other', ui: false });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(signInPageToJudge(PAGE, new URL(CONTACT))).toBe(PAGE);
    expect(signInPageToJudge('https://example.org/signup', new URL(CONTACT))).toBeUndefined();
    expect(signInPageToJudge('not a url', new URL(CONTACT))).toBeUndefined();
    // The e2e impersonation is compiled out of this (test) mode: a local page stays itself.
    const local = 'http://127.0.0.1:8080/signup?compagnon-e2e-as=apps-versailles.beta.education.fr';
    expect(signInPageToJudge(local, new URL(local))).toBe(local);
  });

  it('answers "no UI" when the injection fails (the tab navigated meanwhile)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No tab with id: 1'));
    await expect(openUi(PAGE)).resolves.toEqual({ page: 'signin', ui: false });
  });

  it('not for strangers, nor without a tab, nor malformed', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(openUi(PAGE, { ...fromContentScript(PAGE), id: 'other-extension' })).toBeUndefined();
    expect(openUi(PAGE, { id: fakeBrowser.runtime.id, url: PAGE })).toBeUndefined();
    expect(openUi('https://example.org/signup')).toBeUndefined();
    expect(handleSignInMessage({ type: 'signin:open-ui' }, fromContentScript())).toBeUndefined();
    expect(handleSignInMessage({ type: 'signin:open-ui', url: 42 }, fromContentScript())).toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
  });
});
