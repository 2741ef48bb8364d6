/**
 * Fake pages of the portal of apps-versailles.beta.education.fr for the sign-in warning specs
 * (served by page.route in Chromium, by tests/e2e/server.ts in Firefox).
 */

/** The query parameter that lets a 127.0.0.1 page stand for an instance, in the e2e build only. */
export const IMPERSONATE_PARAM = 'compagnon-e2e-as';
export const VERSAILLES_HOST = 'apps-versailles.beta.education.fr';

/** The page tries hard to hide the banner: page CSS must not reach into its shadow root. */
const HOSTILE_CSS = `
  compagnon-signin-warning, [data-testid="signin-warning"], [role="alert"] { display: none !important; }
  * { color: #f0f !important; }
`;

function page(title: string, heading: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${title}</title><style>${HOSTILE_CSS}</style></head>
<body>
<main>
<h1>${heading}</h1>
<form action="/submitted" method="post">
<label>Adresse de courriel <input type="email" name="email" autocomplete="email"></label>
<label>Mot de passe <input type="password" name="password" autocomplete="new-password"></label>
<button type="submit">Valider</button>
</form>
</main>
</body>
</html>`;
}

/** A sign-up page (path /signup in assets/data/signin.json). */
export const SIGNUP_PAGE = page('Inscription — La Boîte', 'Créer un compte');
/** A page that is not a sign-in page, with an address field all the same (a contact form). */
export const CONTACT_PAGE = page('Nous écrire — La Boîte', 'Nous écrire');

/** The attribute the e2e build's content script sets after each decision. */
export const DECISION_ATTRIBUTE = 'data-compagnon-signin-e2e';

export interface Decision {
  n: number;
  signIn: boolean;
  address: string;
  shown: 'none' | 'wrong-academy' | 'not-staff-address' | 'address-form';
}
