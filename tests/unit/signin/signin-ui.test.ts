import { describe, expect, it } from 'vitest';
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
