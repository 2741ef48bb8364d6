// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shadowOf } from '@/entrypoints/signin.content/banner';
import type { SignInState } from '@/lib/messaging/signin';
import type { SignInClient } from '@/entrypoints/signin.content/client';
import { findDeskEntries, profileAcademy, startDeskWatcher } from '@/entrypoints/signin.content/desk';
import { createSession } from '@/entrypoints/signin.content/session';

const DESK = 'https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth?client_id=portail';
const BROKER = 'https://auth.apps.education.fr/realms/apps/broker';

function fakeClient(state: Partial<SignInState> = {}) {
  return {
    getState: vi.fn(async (): Promise<SignInState> => ({
      dismissedSites: [],
      language: 'fr',
      theme: 'system',
      ...state,
    })),
    dismissSite: vi.fn(async () => true),
    onSettingsChanged: vi.fn(() => () => {}),
  } satisfies SignInClient;
}

/** Keycloak's stock login.ftl: `#kc-social-providers` > ul > li > a#social-<alias>. */
function keycloakList(
  prefix = 'social',
  names = ['Académie de Créteil', 'Académie de Versailles', 'Académie de Lyon'],
) {
  const block = document.createElement('div');
  block.id = 'kc-social-providers';
  const ul = document.createElement('ul');
  for (const name of names) {
    const alias = `ac-${name.split(' ').pop()!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.id = `${prefix}-${alias}`;
    a.href = `${BROKER}/${alias}/login?session_code=abc`;
    const span = document.createElement('span');
    span.textContent = name;
    a.append(span);
    li.append(a);
    ul.append(li);
  }
  block.append(ul);
  document.body.append(block);
  return block;
}

function selectList() {
  const form = document.createElement('form');
  form.action = 'https://auth.apps.education.fr/realms/apps/desk';
  const select = document.createElement('select');
  select.name = 'desk';
  for (const [value, text] of [
    ['', 'Choisissez…'],
    ['ac-creteil', 'Créteil'],
    ['ac-versailles', 'Versailles'],
    ['ac-lyon', 'Lyon'],
  ]) {
    const option = document.createElement('option');
    option.value = value!;
    option.text = text!;
    select.append(option);
  }
  form.append(select);
  document.body.append(form);
  return { form, select };
}

function plainLinks() {
  const nav = document.createElement('nav');
  for (const [href, text] of [
    ['https://id.ac-creteil.fr/login', 'Créteil'],
    ['https://id.ac-versailles.fr/login', 'Versailles'],
    ['https://example.org/aide', 'Aide'],
  ]) {
    const a = document.createElement('a');
    a.href = href!;
    a.textContent = text!;
    nav.append(a);
  }
  document.body.append(nav);
  return nav;
}

let ctx: ContentScriptContext | undefined;
let url = DESK;

async function start(state: Partial<SignInState> = { address: 'jean.dupont@ac-creteil.fr' }) {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  ctx = new ContentScriptContext('desk-test');
  const client = fakeClient(state);
  const session = createSession(ctx, client);
  const watcher = startDeskWatcher({ ctx, session, document, pageUrl: () => url });
  await vi.advanceTimersByTimeAsync(0);
  return { client, watcher };
}

const host = () => document.querySelector<HTMLElement>('[data-testid="signin-warning"]');
/** The banner's closed shadow root, through the content script's own reference. */
const shadowOfHost = () => {
  const el = host();
  return el ? shadowOf(el) : undefined;
};
const text = () => shadowOfHost()?.querySelector('.banner')?.textContent ?? '';
const action = (name: string) =>
  [...(shadowOfHost()?.querySelectorAll<HTMLElement>('button, a') ?? [])].find((b) => b.textContent === name);
const click = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  el.dispatchEvent(event);
  return event;
};

beforeEach(() => {
  vi.useFakeTimers();
  url = DESK;
  document.body.replaceChildren();
});

afterEach(() => {
  if (ctx?.isValid) ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the desk list: three page shapes', () => {
  it.each(['social', 'zocial'])("Keycloak's a#%s-<alias> links", (prefix) => {
    keycloakList(prefix);
    expect(findDeskEntries(document).map((e) => e.academy.id)).toEqual(['creteil', 'versailles', 'lyon']);
  });

  it('a <select> of academies', () => {
    selectList();
    expect(findDeskEntries(document).map((e) => [e.academy.id, e.el.tagName])).toEqual([
      ['creteil', 'OPTION'],
      ['versailles', 'OPTION'],
      ['lyon', 'OPTION'],
    ]);
  });

  it('plain links to the academies', () => {
    plainLinks();
    expect(findDeskEntries(document).map((e) => e.academy.id)).toEqual(['creteil', 'versailles']);
  });

  it('no list from a single academy link, nor from look-alikes', () => {
    const a = document.createElement('a');
    a.href = 'https://id.ac-creteil.fr/';
    a.textContent = 'Créteil';
    document.body.append(a);
    keycloakList('social', ['Académie de Créteil-Test', 'Académie de Versailles2']);
    expect(findDeskEntries(document)).toEqual([]);
  });
});

describe('profileAcademy', () => {
  const base: SignInState = { dismissedSites: [], language: 'fr', theme: 'system' };
  it('the address first, else the chosen academy; none without a desk', () => {
    expect(profileAcademy({ ...base, address: 'a.b@ac-creteil.fr', academyId: 'lyon' })?.id).toBe('creteil');
    expect(profileAcademy({ ...base, academyId: 'lyon' })?.id).toBe('lyon');
    expect(profileAcademy({ ...base, address: 'a.b@ac-noumea.nc' })).toBeUndefined();
    expect(profileAcademy({ ...base, address: 'a.b@education.gouv.fr' })).toBeUndefined();
    expect(profileAcademy({ ...base, academyId: 'administration-centrale' })).toBeUndefined();
    expect(profileAcademy({ ...base, address: 'a.b@gmail.com' })).toBeUndefined();
    expect(profileAcademy(base)).toBeUndefined();
  });
});

describe('the desk watcher', () => {
  it('points out the user’s academy, with a one-click continue, before the list', async () => {
    const block = keycloakList();
    await start();
    expect(host()?.getAttribute('data-kind')).toBe('hint');
    expect(host()?.nextElementSibling).toBe(block);
    expect(text()).toContain('Votre académie\u00a0: Créteil');
    const go = action('Continuer avec Créteil') as HTMLAnchorElement;
    expect(go.href).toBe(`${BROKER}/ac-creteil/login?session_code=abc`);
    expect(shadowOfHost()?.querySelector('.banner')?.getAttribute('role')).toBe('status');
  });

  it('names added by the catalogue or the policy (deskAliases) are recognised too', async () => {
    // A platform theme that names Créteil's desk « Guichet Est » and Versailles' « Guichet Ouest ».
    const nav = document.createElement('nav');
    for (const [href, text] of [
      ['https://auth.apps.education.fr/realms/apps/broker/est/login', 'Guichet Est'],
      ['https://auth.apps.education.fr/realms/apps/broker/ouest/login', 'Guichet Ouest'],
    ]) {
      const a = document.createElement('a');
      a.href = href!;
      a.textContent = text!;
      nav.append(a);
    }
    document.body.append(nav);
    await start({ address: 'jean.dupont@ac-creteil.fr' });
    expect(host()).toBeNull();
    if (ctx?.isValid) ctx.notifyInvalidated();
    await start({
      address: 'jean.dupont@ac-creteil.fr',
      deskAliases: [
        { academy: 'creteil', names: ['Est'] },
        { academy: 'versailles', names: ['Ouest'] },
      ],
    });
    expect(host()?.getAttribute('data-kind')).toBe('hint');
    expect(text()).toContain('Créteil');
  });

  it('stops another academy’s link, warns, and « Continuer quand même » follows it once', async () => {
    keycloakList();
    await start();
    const versailles = document.getElementById('social-ac-versailles')!;
    const pageHandler = vi.fn((e: Event) => e.preventDefault());
    versailles.addEventListener('click', pageHandler);
    const event = click(versailles.querySelector('span')!);
    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(host()?.getAttribute('data-kind')).toBe('warning');
    expect(text()).toContain('académie de Versailles');
    expect(text()).toContain('académie de Créteil');
    expect((action('Aller au guichet de Créteil') as HTMLAnchorElement).href).toContain(
      '/broker/ac-creteil/',
    );

    action('Continuer quand même')!.click();
    expect(pageHandler).toHaveBeenCalledTimes(1); // the original link, clicked for the user
    expect(host()?.getAttribute('data-kind')).toBe('hint');
    // No loop back: Versailles again is let through.
    expect(click(versailles).defaultPrevented).toBe(true); // (only the page's own handler prevents it)
    expect(pageHandler).toHaveBeenCalledTimes(2);
    expect(host()?.getAttribute('data-kind')).toBe('hint');
  });

  it('lets the user’s own entry through', async () => {
    keycloakList();
    await start();
    const creteil = document.getElementById('social-ac-creteil')!;
    const pageHandler = vi.fn((e: Event) => e.preventDefault());
    creteil.addEventListener('click', pageHandler);
    click(creteil);
    expect(pageHandler).toHaveBeenCalled();
    expect(host()?.getAttribute('data-kind')).toBe('hint');
  });

  it('« Ne plus avertir pour ce site »: stored for the desk host, and nothing shown any more', async () => {
    keycloakList();
    const { client } = await start();
    click(document.getElementById('social-ac-versailles')!);
    const dismiss = action('Ne plus avertir pour ce site')!;
    // A script of the page cannot press it (untrusted click).
    dismiss.click();
    expect(client.dismissSite).not.toHaveBeenCalled();
    // A real click is trusted (happy-dom marks dispatched events untrusted: say it is).
    const trusted = new MouseEvent('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    dismiss.dispatchEvent(trusted);
    expect(client.dismissSite).toHaveBeenCalledWith('auth.apps.education.fr');
    expect(host()).toBeNull();
    expect(click(document.getElementById('social-ac-lyon')!).defaultPrevented).toBe(false);
    expect(host()).toBeNull();
  });

  it('a <select>: warns on change before the page sees it, and on submit', async () => {
    const { form, select } = selectList();
    await start();
    expect(host()?.getAttribute('data-kind')).toBe('hint');
    const pageChange = vi.fn();
    select.addEventListener('change', pageChange);
    select.value = 'ac-versailles';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(pageChange).not.toHaveBeenCalled();
    expect(host()?.getAttribute('data-kind')).toBe('warning');
    action('Continuer quand même')!.click();
    expect(pageChange).toHaveBeenCalledTimes(1);
    expect(select.value).toBe('ac-versailles');
    // Lyon chosen without a change event (a script of the page), then the form sent: stopped too.
    select.value = 'ac-lyon';
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(host()?.getAttribute('data-kind')).toBe('warning');
    expect(text()).toContain('académie de Lyon');
  });

  it('plain links: the academy’s own site', async () => {
    plainLinks();
    await start({ academyId: 'versailles' });
    expect(text()).toContain('Votre académie\u00a0: Versailles');
    const creteil = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Créteil')!;
    expect(click(creteil).defaultPrevented).toBe(true);
    expect(host()?.getAttribute('data-kind')).toBe('warning');
  });

  it('in English', async () => {
    keycloakList();
    await start({ address: 'jean.dupont@ac-creteil.fr', language: 'en' });
    expect(text()).toContain('Your academy: Créteil');
    click(document.getElementById('social-ac-lyon')!);
    expect(text()).toContain("This is not your academy's sign-in desk");
    expect(action('Continue anyway')).toBeDefined();
    expect(action('Go to the Créteil desk')).toBeDefined();
  });

  it('says nothing without a profile, for an academy without a desk, or on other pages', async () => {
    keycloakList();
    await start({});
    expect(host()).toBeNull();
    expect(click(document.getElementById('social-ac-lyon')!).defaultPrevented).toBe(false);
    ctx!.notifyInvalidated();
    await start({ address: 'jean.dupont@ac-noumea.nc' });
    expect(host()).toBeNull();
    ctx!.notifyInvalidated();
    url = 'https://auth.apps.education.fr/';
    const { watcher, client } = await start();
    expect(watcher).toBeUndefined();
    expect(client.getState).not.toHaveBeenCalled();
  });

  it('survives a list re-rendered, and thousands of mutations, with few scans', async () => {
    keycloakList();
    await start();
    click(document.getElementById('social-ac-versailles')!);
    const spy = vi.spyOn(document, 'querySelectorAll');
    // The page throws its list away and renders a new one, then churns.
    document.getElementById('kc-social-providers')!.remove();
    const block = keycloakList();
    for (let i = 0; i < 5000; i++) document.body.append(document.createElement('i'));
    await vi.advanceTimersByTimeAsync(300);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    expect(host()?.getAttribute('data-kind')).toBe('warning');
    expect(host()?.nextElementSibling).toBe(block);
    action('Continuer quand même')!.click(); // follows the new Versailles link
    expect(host()?.getAttribute('data-kind')).toBe('hint');
  });
});
