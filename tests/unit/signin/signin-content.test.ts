// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shadowOf } from '@/entrypoints/signin.content/banner';
import { SETTINGS_KEY } from '@/lib/settings/settings';
import type { SignInState } from '@/lib/messaging/signin';
import { isSignInState, SETTINGS_STORAGE_KEY, type SignInClient } from '@/entrypoints/signin.content/client';
import { effectivePageUrl } from '@/entrypoints/signin.content/page-url';
import { academyLabel, frenchOf, instanceOf } from '@/entrypoints/signin.content/strings';
import { startSignInWatcher } from '@/entrypoints/signin.content/watcher';
import { academyById } from '@/lib';

const SIGNUP = 'https://apps-versailles.beta.education.fr/signup';

function fakeClient(state: Partial<SignInState> = {}) {
  const listeners = new Set<() => void>();
  const client = {
    getState: vi.fn(async (): Promise<SignInState> => ({
      dismissedSites: [],
      language: 'fr',
      theme: 'system',
      ...state,
    })),
    dismissSite: vi.fn(async () => true),
    onSettingsChanged: vi.fn((callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    }),
  } satisfies SignInClient;
  return { client, listeners };
}

/** A sign-up form like the portal's: an e-mail field, a password, a submit button. */
function signUpForm(): HTMLInputElement {
  const form = document.createElement('form');
  const email = document.createElement('input');
  email.type = 'email';
  email.name = 'email';
  const password = document.createElement('input');
  password.type = 'password';
  const submit = document.createElement('button');
  submit.textContent = 'Créer mon compte';
  form.append(email, password, submit);
  document.body.append(form);
  return email;
}

let ctx: ContentScriptContext | undefined;
let url = SIGNUP;

function start(client: SignInClient, language = 'fr-FR') {
  // WXT logs each invalidation; keep the test output readable.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  ctx = new ContentScriptContext('signin-test');
  return startSignInWatcher({ ctx, client, document, pageUrl: () => url, browserLanguage: language });
}

async function type(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(500);
}

const host = () => document.querySelector<HTMLElement>('[data-testid="signin-warning"]');
/** The banner's closed shadow root, through the content script's own reference. */
const shadowOfHost = () => {
  const el = host();
  return el ? shadowOf(el) : undefined;
};
const banner = () => shadowOfHost()?.querySelector<HTMLElement>('.banner') ?? null;
const buttons = () => [...(shadowOfHost()?.querySelectorAll<HTMLElement>('button, a') ?? [])];
const button = (name: string) => buttons().find((b) => b.textContent === name);

beforeEach(() => {
  vi.useFakeTimers();
  url = SIGNUP;
  document.body.replaceChildren();
});

afterEach(() => {
  if (ctx?.isValid) ctx.notifyInvalidated();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the sign-in warning in a page', () => {
  it('keeps its shadow root closed to the page, and redraws what a page script changed in it', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    // A page script sees no shadow root, so it cannot read the academy or rewrite the link…
    expect(host()?.shadowRoot).toBeNull();
    // …and if one did (through a reference it should never have), the next pass redraws the banner.
    const el = host()!;
    const link = button("Aller sur l'instance de Créteil") as HTMLAnchorElement;
    link.href = 'https://evil.example/';
    link.textContent = 'Aller sur le site sûr';
    el.removeAttribute('data-testid');
    await vi.advanceTimersByTimeAsync(1_500);
    const links = [...(shadowOf(el)?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ["Aller sur l'instance de Créteil", 'https://apps-creteil.beta.education.fr/'],
    ]);
    expect(host()).toBe(el);
  });

  it('survives DOM clobbering: a form whose fields are named like DOM methods', async () => {
    const field = signUpForm();
    // What a browser does with <input name="parentNode"> etc. in a form: the named field shadows the
    // form's own property (happy-dom does not implement it, so the shadowing is spelled out here).
    for (const name of ['insertBefore', 'querySelectorAll', 'requestSubmit']) {
      const clobber = document.createElement('input');
      clobber.type = 'hidden';
      clobber.name = name;
      field.form?.append(clobber);
      Object.defineProperty(field.form, name, { value: clobber, configurable: true });
    }
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).not.toBeNull();
    expect(host()?.nextElementSibling).toBe(field.form);
  });

  it('warns about another academy, names both, links to the right instance', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-creteil.fr');

    expect(host()).not.toBeNull();
    expect(banner()?.getAttribute('role')).toBe('alert');
    expect(banner()?.getAttribute('lang')).toBe('fr');
    const text = banner()?.textContent ?? '';
    expect(text).toContain('académie de Versailles');
    expect(text).toContain('académie de Créteil');
    expect(text).toContain('@ac-creteil.fr');
    const link = button("Aller sur l'instance de Créteil") as HTMLAnchorElement;
    expect(link.href).toBe('https://apps-creteil.beta.education.fr/');
    expect(link.rel).toBe('noopener noreferrer');
    expect(button('Continuer quand même')?.tagName).toBe('BUTTON');
    expect(button('Ne plus avertir pour ce site')?.tagName).toBe('BUTTON');
    // Above the form, not inside it: the form keeps working as before.
    expect(host()?.nextElementSibling?.tagName).toBe('FORM');
    expect(field.form?.contains(host())).toBe(false);
  });

  it('says nothing for the right academy, and goes away when the address is corrected', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-versailles.fr');
    expect(host()).toBeNull();
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).not.toBeNull();
    await type(field, 'jean.dupont@ac-versailles.fr');
    expect(host()).toBeNull();
  });

  it('tells a non-staff address that accounts are for staff only', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@gmail.com');
    expect(banner()?.getAttribute('role')).toBe('alert');
    expect(banner()?.textContent).toContain('réservés aux personnels');
    expect(banner()?.textContent).toContain('élèves');
    expect(buttons().some((b) => b.tagName === 'A')).toBe(false);
  });

  it('gives the form hint as a status, not an alarm', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jdupont@ac-versailles.fr');
    expect(banner()?.getAttribute('role')).toBe('status');
    expect(banner()?.textContent).toContain('prenom.nom@ac-versailles.fr');
  });

  it('uses the profile address while the field is empty', async () => {
    const field = signUpForm();
    start(fakeClient({ address: 'jean.dupont@ac-creteil.fr' }).client);
    await vi.advanceTimersByTimeAsync(0);
    expect(banner()?.textContent).toContain('académie de Créteil');
    await type(field, 'jean.dupont@ac-versailles.fr');
    expect(host()).toBeNull();
  });

  it('reads an autofilled value that fired no event', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await vi.advanceTimersByTimeAsync(0);
    field.value = 'jean.dupont@ac-creteil.fr';
    await vi.advanceTimersByTimeAsync(1100);
    expect(host()).not.toBeNull();
  });

  it('"Continuer quand même" hides it for this page, without ever coming back for it', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    button('Continuer quand même')?.click();
    expect(host()).toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(host()).toBeNull();
    await type(field, 'jean.dupont@ac-versailles.fr');
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).toBeNull();
    // Another problem is news, not a loop.
    await type(field, 'jean.dupont@gmail.com');
    expect(banner()?.textContent).toContain('réservés aux personnels');
  });

  it('"Ne plus avertir pour ce site" is stored, and only from a real click', async () => {
    const field = signUpForm();
    const { client } = fakeClient();
    start(client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    // A script of the page cannot turn the warning off: synthetic clicks are not trusted.
    button('Ne plus avertir pour ce site')?.click();
    expect(client.dismissSite).not.toHaveBeenCalled();
    expect(host()).not.toBeNull();
  });

  it('stays silent on a site the user dismissed, and comes back when it is revoked', async () => {
    const field = signUpForm();
    const state: Partial<SignInState> = { dismissedSites: ['apps-versailles.beta.education.fr'] };
    const { client, listeners } = fakeClient(state);
    start(client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).toBeNull();
    // Revoked in the options page.
    client.getState.mockResolvedValue({ dismissedSites: [], language: 'fr', theme: 'system' });
    for (const listener of listeners) listener();
    await vi.advanceTimersByTimeAsync(0);
    expect(host()).not.toBeNull();
  });

  it('does nothing on pages that are not sign-in pages, or without an address field', async () => {
    url = 'https://apps-versailles.beta.education.fr/services';
    const field = signUpForm();
    const { client } = fakeClient();
    start(client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).toBeNull();
    expect(client.getState).not.toHaveBeenCalled();

    document.body.replaceChildren();
    url = SIGNUP;
    const search = document.createElement('input');
    search.type = 'search';
    search.name = 'q';
    document.body.append(search);
    await type(search, 'jean.dupont@ac-creteil.fr');
    expect(host()).toBeNull();
  });

  it('stops when the extension is updated or removed', async () => {
    const field = signUpForm();
    const { client, listeners } = fakeClient();
    start(client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(host()).not.toBeNull();
    ctx?.notifyInvalidated();
    expect(host()).toBeNull();
    expect(listeners.size).toBe(0);
    await type(field, 'jean.dupont@gmail.com');
    expect(host()).toBeNull();
  });

  it('puts page text in textContent only', async () => {
    const field = signUpForm();
    start(fakeClient().client);
    await type(field, 'jean.dupont@ac-creteil.fr<img src=x onerror=alert(1)>');
    expect(host()).toBeNull();
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(shadowOfHost()?.querySelectorAll('img, script, iframe')).toHaveLength(0);
  });

  it('speaks English when asked to', async () => {
    const field = signUpForm();
    start(fakeClient({ language: 'auto' }).client, 'en-GB');
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(banner()?.getAttribute('lang')).toBe('en');
    expect(button('Go to the instance of Créteil')).toBeDefined();
    expect(button('Continue anyway')).toBeDefined();
    expect(banner()?.textContent).toContain('Créteil academy');
  });

  it('follows the theme setting', async () => {
    const field = signUpForm();
    start(fakeClient({ theme: 'dark' }).client);
    await type(field, 'jean.dupont@ac-creteil.fr');
    expect(banner()?.dataset.theme).toBe('dark');
  });
});

describe('helpers of the content script', () => {
  it('judges the page itself outside the e2e build', () => {
    const location = new URL(
      'http://127.0.0.1:8080/signup?compagnon-e2e-as=apps-versailles.beta.education.fr',
    ) as unknown as Location;
    expect(effectivePageUrl(location)).toBe(location.href);
  });

  it('lets a local test page impersonate an instance in the e2e build only', () => {
    vi.stubEnv('MODE', 'e2e');
    try {
      const page = (href: string) => effectivePageUrl(new URL(href) as unknown as Location);
      expect(page('http://127.0.0.1:8080/signup?compagnon-e2e-as=apps-versailles.beta.education.fr')).toBe(
        'https://apps-versailles.beta.education.fr/signup',
      );
      expect(page('https://example.org/signup?compagnon-e2e-as=apps-versailles.beta.education.fr')).toBe(
        'https://example.org/signup?compagnon-e2e-as=apps-versailles.beta.education.fr',
      );
      expect(page('http://127.0.0.1:8080/signup?compagnon-e2e-as=evil.example%2F%40x')).toBe(
        'http://127.0.0.1:8080/signup?compagnon-e2e-as=evil.example%2F%40x',
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('checks the background answer without zod', () => {
    expect(isSignInState({ dismissedSites: [], language: 'fr', theme: 'system' })).toBe(true);
    expect(
      isSignInState({ address: 'a@b.fr', dismissedSites: ['x.fr'], language: 'auto', theme: 'dark' }),
    ).toBe(true);
    expect(isSignInState({ dismissedSites: 'x', language: 'fr', theme: 'system' })).toBe(false);
    expect(isSignInState({ dismissedSites: [1], language: 'fr', theme: 'system' })).toBe(false);
    expect(isSignInState({ dismissedSites: [], language: 'de', theme: 'system' })).toBe(false);
    expect(isSignInState({ address: 1, dismissedSites: [], language: 'fr', theme: 'system' })).toBe(false);
    expect(isSignInState(null)).toBe(false);
  });

  it('watches the settings key of lib/settings', () => {
    expect(SETTINGS_STORAGE_KEY).toBe(SETTINGS_KEY);
  });

  it('names academies in plain French', () => {
    expect(frenchOf('Créteil')).toBe('de Créteil');
    expect(frenchOf('Aix-Marseille')).toBe("d'Aix-Marseille");
    expect(frenchOf('Orléans-Tours')).toBe("d'Orléans-Tours");
    expect(academyLabel(academyById('amiens')!, 'fr')).toBe("académie d'Amiens");
    expect(academyLabel(academyById('nouvelle-caledonie')!, 'fr')).toBe('Nouvelle-Calédonie');
    expect(instanceOf(academyById('administration-centrale')!)).toBe("de l'administration centrale");
  });
});
