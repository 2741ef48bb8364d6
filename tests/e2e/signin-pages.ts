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
/**
 * A sign-up page whose form has fields named like DOM members (DOM clobbering: `form.parentNode` is
 * then the field, `form.insertBefore` not a function). Served at /signup?clobbered.
 */
export const CLOBBERED_SIGNUP_PAGE = SIGNUP_PAGE.replace(
  '<button type="submit">',
  ['parentNode', 'insertBefore', 'nextSibling', 'tagName', 'querySelectorAll', 'requestSubmit']
    .map((name) => `<input type="hidden" name="${name}" value="x">`)
    .join('') + '<button type="submit">',
);
/** A page that is not a sign-in page, with an address field all the same (a contact form). */
export const CONTACT_PAGE = page('Nous écrire — La Boîte', 'Nous écrire');

/** The attribute the e2e build's content script sets after each decision. */
export const DECISION_ATTRIBUTE = 'data-compagnon-signin-e2e';
/**
 * Set by the e2e build's sign-in UI (entrypoints/signin-ui.ts) when it starts in a page: absent where the
 * registered bootstrap found nothing to show, so the UI was never injected (issue 16).
 */
export const UI_ATTRIBUTE = 'data-compagnon-signin-ui-e2e';
/** The unlisted UI script the background injects (in no manifest list). */
export const UI_SCRIPT = 'signin-ui.js';

export interface Decision {
  n: number;
  signIn: boolean;
  address: string;
  shown: 'none' | 'wrong-academy' | 'not-staff-address' | 'address-form';
}

// ── The academy desk list of auth.apps.education.fr (issue 13) ──────────────────────────────────

export const AUTH_HOST = 'auth.apps.education.fr';
/** The attribute the e2e build's desk watcher sets after each decision. */
export const DESK_DECISION_ATTRIBUTE = 'data-compagnon-desk-e2e';
/** Paths of the three shapes of the list, and of the pages an entry leads to. */
export const DESK_PATHS = {
  keycloak: '/realms/apps/protocol/openid-connect/auth',
  select: '/realms/apps/desk/select',
  links: '/realms/apps/desk/links',
  chosen: '/realms/apps/desk/go',
} as const;
export const brokerPath = (alias: string) => `/realms/apps/broker/${alias}/login`;

const DESK_ACADEMIES = [
  ['ac-creteil', 'Académie de Créteil'],
  ['ac-versailles', 'Académie de Versailles'],
  ['ac-lyon', 'Académie de Lyon'],
] as const;

function deskPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${title}</title><style>${HOSTILE_CSS}</style></head>
<body>
<main>
<h1>Choisissez votre guichet académique</h1>
${body}
</main>
</body>
</html>`;
}

/** Keycloak's stock login.ftl: `#kc-social-providers` > ul > li > a#social-<alias> (relative broker links). */
export const KEYCLOAK_DESK_PAGE = deskPage(
  'Connexion — apps.education.fr',
  `<div id="kc-social-providers"><h2>Ou se connecter avec</h2><ul>
${DESK_ACADEMIES.map(
  ([alias, name]) =>
    `<li><a id="social-${alias}" class="pf-c-button" type="button" href="${brokerPath(alias)}?session_code=abc&amp;tab_id=t1"><span>${name}</span></a></li>`,
).join('\n')}
</ul></div>`,
);

/** A `<select>` in a form sent with GET. */
export const SELECT_DESK_PAGE = deskPage(
  'Guichets — apps.education.fr',
  `<form action="${DESK_PATHS.chosen}" method="get">
<label>Votre académie <select name="desk"><option value="">Choisissez…</option>
${DESK_ACADEMIES.map(([alias, name]) => `<option value="${alias}">${name.replace('Académie de ', '')}</option>`).join('\n')}
</select></label>
<button type="submit">Continuer</button>
</form>`,
);

/** Plain links to the academies' own sign-in sites. */
export const LINKS_DESK_PAGE = deskPage(
  'Guichets — apps.education.fr',
  `<nav><ul>
${DESK_ACADEMIES.map(([alias, name]) => `<li><a href="https://id.${alias}.fr/login">${name}</a></li>`).join('\n')}
</ul></nav>`,
);

/** Where an entry leads: the academy's own sign-in form (here, a plain page). */
export const destinationPage = (what: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${what}</title></head><body><h1>${what}</h1></body></html>`;

export interface DeskDecision {
  n: number;
  entries: number;
  own?: string;
  shown: 'none' | 'hint' | 'warning';
}
