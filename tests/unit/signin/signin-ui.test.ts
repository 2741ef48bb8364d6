import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import desks from '@/assets/data/signin-desks.json';
import signInJson from '@/assets/data/signin.json';
import { allInstanceHosts } from '@/lib/platform/instances';
import { bundledDeskData } from '@/lib/signin/desk';
import { maySignInUiPath as mayWith, signInPathPatterns } from '@/lib/signin/prefilter';
import { bundledSignInData } from '@/lib/signin/signin';
import { signInUiDecision, type SignInUiSettings } from '@/lib/signin/ui';

// Issue 16: the registered content script is a bootstrap; the background injects the UI only where
// this decision says the page may show something.

const SIGNUP = 'https://apps-versailles.beta.education.fr/signup';
const CONTACT = 'https://apps-versailles.beta.education.fr/contact';
const AUTH = 'https://auth.apps.education.fr';
/** A desk page only (the Keycloak page /realms/apps/protocol/openid-connect/auth is a sign-in page too). */
const DESK_LINKS = `${AUTH}/realms/apps/desk/links`;
const KEYCLOAK = `${AUTH}/realms/apps/protocol/openid-connect/auth`;

const none: SignInUiSettings = { dismissedSites: [] };
const creteil: SignInUiSettings = { dismissedSites: [], address: 'jean.dupont@ac-creteil.fr' };

describe('signInUiDecision', () => {
  it('a sign-in or sign-up page of an instance: the UI, whatever the settings', () => {
    expect(signInUiDecision(SIGNUP, none)).toEqual({ page: 'signin', ui: true });
    expect(signInUiDecision(`${SIGNUP}/`, creteil)).toEqual({ page: 'signin', ui: true });
    // Dismissed: the UI still judges what is typed (and shows nothing); revoking warns at once.
    const dismissed = { dismissedSites: ['apps-versailles.beta.education.fr'] };
    expect(signInUiDecision(SIGNUP, dismissed)).toEqual({ page: 'signin', ui: true });
    // Keycloak's login page is a sign-in page of the national platform, and holds the desk list.
    expect(signInUiDecision(KEYCLOAK, none)).toEqual({ page: 'signin', ui: true });
  });

  it('other pages of an instance: nothing', () => {
    expect(signInUiDecision(CONTACT, creteil)).toEqual({ page: 'other', ui: false });
    expect(signInUiDecision('https://apps-versailles.beta.education.fr/', creteil)).toEqual({
      page: 'other',
      ui: false,
    });
    expect(signInUiDecision(`${AUTH}/`, creteil)).toEqual({ page: 'other', ui: false });
  });

  it('the desk list: the UI only for a profile academy with a desk, on a site not dismissed', () => {
    expect(signInUiDecision(DESK_LINKS, creteil)).toEqual({ page: 'desk', ui: true });
    expect(signInUiDecision(DESK_LINKS, { dismissedSites: [], academyId: 'lyon' })).toEqual({
      page: 'desk',
      ui: true,
    });
    // No academy; an overseas territory's (no desk of its own); an unknown academy id.
    expect(signInUiDecision(DESK_LINKS, none)).toEqual({ page: 'desk', ui: false });
    expect(signInUiDecision(DESK_LINKS, { dismissedSites: [], address: 'jean.dupont@ac-noumea.nc' })).toEqual(
      {
        page: 'desk',
        ui: false,
      },
    );
    expect(signInUiDecision(DESK_LINKS, { dismissedSites: [], academyId: 'nowhere' })).toEqual({
      page: 'desk',
      ui: false,
    });
    expect(signInUiDecision(DESK_LINKS, { ...creteil, dismissedSites: ['auth.apps.education.fr'] })).toEqual({
      page: 'desk',
      ui: false,
    });
    // Another site's dismissal does not count.
    expect(
      signInUiDecision(DESK_LINKS, { ...creteil, dismissedSites: ['apps-versailles.beta.education.fr'] }),
    ).toEqual({ page: 'desk', ui: true });
  });

  it('anything else: nothing, and never throws', () => {
    for (const url of [
      'https://example.org/signup',
      'https://apps-versailles.beta.education.fr.evil.example/signup',
      'http://apps-versailles.beta.education.fr/signup',
      DESK_LINKS.replace('https:', 'http:'),
      'not a url',
      '',
    ])
      expect(signInUiDecision(url, creteil), url).toEqual({ page: 'other', ui: false });
    expect(signInUiDecision(42 as unknown as string, creteil)).toEqual({ page: 'other', ui: false });
  });
});

/** The list the build gives the bootstrap (wxt.config.ts's `define`). */
const SIGN_IN_PATH_PATTERNS = signInPathPatterns(bundledSignInData, bundledDeskData);
const maySignInUiPath = (path: string) => mayWith(path, SIGN_IN_PATH_PATTERNS);

describe('maySignInUiPath: the bootstrap’s own filter, before any message', () => {
  it('lets through the sign-in and desk paths, and not the other pages', () => {
    for (const path of ['/signup', '/SignUp/', '/login', '/index.php/login', '/apps/registration/x/y'])
      expect(maySignInUiPath(path), path).toBe(true);
    for (const path of ['/realms/apps/desk/links', '/realms/apps/protocol/openid-connect/auth'])
      expect(maySignInUiPath(path), path).toBe(true);
    for (const path of ['/', '/contact', '/apps/files/', '/signup/more', '/loginx', '/index.php'])
      expect(maySignInUiPath(path), path).toBe(false);
    expect(maySignInUiPath(42 as unknown as string)).toBe(false);
  });

  it('holds every path pattern of the data, once, sorted', () => {
    const all = [...Object.values(signInJson.services).flat(), ...desks.paths].map((e) => e.path);
    expect(SIGN_IN_PATH_PATTERNS).toEqual([...new Set(all)].sort());
    expect(SIGN_IN_PATH_PATTERNS.length).toBeGreaterThan(10);
  });

  it('is a superset of what the background may inject the UI for, on every host', () => {
    // The desk host as often as all the instance hosts together.
    const host = fc.oneof(fc.constantFrom(...desks.hosts), fc.constantFrom(...allInstanceHosts()));
    // Paths made of the patterns' own segments (and others), so that the sign-in paths come up often.
    const words = [...new Set(SIGN_IN_PATH_PATTERNS.flatMap((p) => p.split('/')))].filter(
      (w) => w !== '' && w !== '*' && w !== '**',
    );
    const segment = fc.oneof(fc.constantFrom(...words), fc.constantFrom('apps', 'x', 'Login', 'index.php'));
    const path = fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`);
    let uis = 0;
    fc.assert(
      fc.property(host, path, (hostname, pathname) => {
        const { ui } = signInUiDecision(`https://${hostname}${pathname}`, creteil);
        if (ui) uis += 1;
        return !ui || maySignInUiPath(pathname);
      }),
      { numRuns: 3000 },
    );
    // The property was not vacuous.
    expect(uis).toBeGreaterThan(50);
  });
});
