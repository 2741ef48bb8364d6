import { createTranslator, type Dictionary, type Lang } from '../lib/i18n';
import type { IdBookAddResult } from '../lib/share/book';
import type { FederationIdErrorCode, FederationIdResult } from '../lib/share/federation-id';

/**
 * The words of a refused federation ID (parseFederationId's codes), for every screen where one can be
 * pasted or imported: the share tab (a colleague's ID, my ID, the book) and the options page (imports).
 * Both languages say the same thing.
 */

type Key =
  | `fedid.${FederationIdErrorCode}`
  | 'fedid.invalid-user.invalid-chars'
  | 'book.conflict'
  | 'book.full'
  | 'book.invalid-address'
  | 'book.disabled';

const EXAMPLE_ID = 'jdupont@nuage06.apps.education.fr';

export const federationIdTexts: Dictionary<Key> = {
  fr: {
    'fedid.empty': `Collez l’identifiant de fédération, par exemple ${EXAMPLE_ID}.`,
    'fedid.not-an-id': `Ce n’est pas un identifiant de fédération : il a la forme nom@nuageNN.apps.education.fr, par exemple ${EXAMPLE_ID}.`,
    'fedid.http':
      'Le serveur « {server} » est donné en http:// : les serveurs Nuage ne s’utilisent qu’en https. Recopiez l’identifiant tel que La Boîte ou Nuage l’affiche.',
    'fedid.server-userinfo':
      'Le serveur « {server} » contient un « @ » ou des identifiants de connexion : il désignerait un autre serveur. Recopiez l’identifiant tel que La Boîte ou Nuage l’affiche.',
    'fedid.invalid-user':
      'La partie avant le serveur n’est pas acceptée par Nuage (Nextcloud) : ni espace au début ou à la fin, ni « . » ou « .. » seul.',
    'fedid.invalid-user.invalid-chars':
      "La partie avant le serveur contient un caractère que Nuage (Nextcloud) refuse (accents, « + »…) : seuls a-z, A-Z, 0-9, espace et _ . @ - ' = sont acceptés.",
    'fedid.too-long': 'Cet identifiant est trop long pour Nuage ({maxBytes} octets au plus).',
    'fedid.not-nuage': `Le serveur « {server} » n’est pas un serveur Nuage (nuageNN.apps.education.fr). Un identifiant de fédération ressemble à ${EXAMPLE_ID}.`,
    'book.conflict': 'Votre carnet dit déjà autre chose : {existing}. Remplacer par le plus récent ?',
    'book.full': 'Le carnet est plein (10 000 identifiants) : supprimez-en avant d’en ajouter.',
    'book.invalid-address': 'L’adresse électronique n’est pas valable.',
    'book.disabled':
      'Votre administrateur a désactivé l’enregistrement des identifiants sur cet ordinateur : rien n’est conservé.',
  },
  en: {
    'fedid.empty': `Paste the federation ID, for example ${EXAMPLE_ID}.`,
    'fedid.not-an-id': `This is not a federation ID: it looks like name@nuageNN.apps.education.fr, for example ${EXAMPLE_ID}.`,
    'fedid.http':
      'The server “{server}” is given with http://: Nuage servers are used over https only. Copy the ID as La Boîte or Nuage shows it.',
    'fedid.server-userinfo':
      'The server “{server}” contains an “@” or sign-in credentials: it would name another server. Copy the ID as La Boîte or Nuage shows it.',
    'fedid.invalid-user':
      'The part before the server is not accepted by Nuage (Nextcloud): no space at the start or end, not “.” or “..” alone.',
    'fedid.invalid-user.invalid-chars':
      "The part before the server contains a character that Nuage (Nextcloud) refuses (accents, “+”…): only a-z, A-Z, 0-9, space and _ . @ - ' = are accepted.",
    'fedid.too-long': 'This ID is too long for Nuage ({maxBytes} bytes at most).',
    'fedid.not-nuage': `The server “{server}” is not a Nuage server (nuageNN.apps.education.fr). A federation ID looks like ${EXAMPLE_ID}.`,
    'book.conflict': 'Your book already says otherwise: {existing}. Replace it with the newest?',
    'book.full': 'The book is full (10,000 IDs): delete some before adding more.',
    'book.invalid-address': 'The e-mail address is not valid.',
    'book.disabled': 'Your administrator has switched off storing IDs on this computer: nothing is kept.',
  },
};

/** Why a pasted or imported federation ID is refused, and what to do. */
export function describeFederationIdError(
  result: Extract<FederationIdResult, { ok: false }>,
  lang: Lang,
): string {
  const t = createTranslator(federationIdTexts, lang);
  const key =
    result.code === 'invalid-user' && result.problem === 'invalid-chars'
      ? 'fedid.invalid-user.invalid-chars'
      : (`fedid.${result.code}` as const);
  return t(key, { server: result.server ?? '', maxBytes: result.maxBytes ?? '' });
}

/** Why the book refused an entry (a conflict is asked about: see `book.conflict`). */
export function describeBookError(
  result: Exclude<IdBookAddResult, { ok: true }> | { ok: false; code: 'disabled' },
  lang: Lang,
): string {
  const t = createTranslator(federationIdTexts, lang);
  switch (result.code) {
    case 'conflict':
      return t('book.conflict', {
        existing: result.conflicts.map((e) => `${e.address ?? '?'} → ${e.id}`).join(' ; '),
      });
    case 'full':
      return t('book.full');
    case 'invalid-address':
      return t('book.invalid-address');
    case 'disabled':
      return t('book.disabled');
    case 'invalid-id':
      return t('fedid.not-an-id');
  }
}
