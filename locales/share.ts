import { createTranslator, type Dictionary, type Lang } from '../lib/i18n';
import type { ShareItem } from '../lib/share/share';
import type { ShareIdErrorCode, ShareIdErrorParams } from '../lib/share/share-id';
import { mailtoWith } from '../lib/share/mailto';
import { type ErrorKey, errorKey, type NoticeKey, placeholders, shareNoticeTexts } from './share-notice';

export { shareMenuTitle, shareNotice, shareReason, unknownIdAddresses } from './share-notice';
export type { ShareNotice } from './share-notice';

/**
 * The words of "share with a colleague", once, for every screen that shows them: the context menu (its
 * items' title, its notification, in the background) and the popup's "Partager" tab. lib/share returns
 * codes and parameters; these turn them into French or English, and both languages say the same thing
 * (same facts, same parameters, same advice: tests/unit/locales/share.test.ts). The notification's
 * words are in ./share-notice.ts (the service worker loads only those) and re-exported here.
 *
 * Two lengths for an error: `error.*`, what is wrong and what to do (the popup, where there is room),
 * and `reason.*`, one line after the address (the notification, where there is not).
 */

type PageKey =
  | 'askForHost'
  | `error.${ErrorKey}`
  | 'source.given'
  | 'source.remembered'
  | 'source.academy'
  | 'source.academyUnknown'
  | 'source.cloud-id'
  | 'source.book'
  | 'source.bookNamed'
  | 'askId.subject'
  | 'askId.body'
  | 'myId.subject'
  | 'myId.body';
type Key = NoticeKey | PageKey;

const EXAMPLE_ADDRESS = 'prenom.nom@ac-lyon.fr';
const EXAMPLE_HOST = 'nuage03.apps.education.fr';
const EXAMPLE_ID = 'jdupont@nuage06.apps.education.fr';

const pageTexts: Dictionary<PageKey> = {
  fr: {
    askForHost: `Demandez à votre collègue l’adresse de son serveur Nuage (elle apparaît dans la barre d’adresse de son navigateur quand il ouvre Nuage, par exemple ${EXAMPLE_HOST}), puis indiquez-la.`,
    'error.no-address': `Aucune adresse électronique n’a été reconnue. Saisissez l’adresse académique de votre collègue, par exemple ${EXAMPLE_ADDRESS}.`,
    'error.several-addresses':
      'Plusieurs adresses ont été trouvées ({addresses}). Saisissez une seule adresse à la fois.',
    'error.not-staff': `L’adresse «\u00a0{address}\u00a0» n’est pas une adresse académique. Seuls les personnels de l’Éducation nationale, avec une adresse académique (par exemple ${EXAMPLE_ADDRESS}) ou en @education.gouv.fr, ont un compte sur la plateforme. Demandez à votre collègue son adresse académique.`,
    'error.invalid-chars':
      'L’adresse «\u00a0{address}\u00a0» contient «\u00a0{char}\u00a0», un caractère que Nuage (Nextcloud) n’accepte pas dans un identifiant de partage. Les adresses académiques s’écrivent sans accent ni «\u00a0+\u00a0»\u00a0: vérifiez l’adresse de votre collègue, par exemple dans l’annuaire de votre messagerie académique.',
    'error.no-host.national':
      'Sur la plateforme nationale, chaque personne a son propre serveur Nuage, qu’on ne peut pas deviner à partir de son adresse. {ask}',
    'error.no-host.beta': 'Aucun serveur Nuage n’est connu pour les adresses en {domain}. {ask}',
    'error.invalid-host': `«\u00a0{server}\u00a0» n’est pas une adresse de serveur Nuage valable. Copiez-la depuis la barre d’adresse de votre collègue ou depuis un lien de partage qu’il vous a envoyé, par exemple ${EXAMPLE_HOST}.`,
    'error.too-long':
      'L’identifiant obtenu est trop long pour Nuage ({maxBytes} caractères au plus). Vérifiez l’adresse de votre collègue et celle de son serveur.',
    'error.unknown-server':
      'L’identifiant trouvé dans la page indique le serveur «\u00a0{server}\u00a0», qui n’est pas un serveur Nuage de la plateforme : il n’a pas été copié. Une page peut cacher un serveur dans le texte sélectionné ; demandez son identifiant à votre collègue, ou collez-le dans l’onglet « Partager ».',
    'error.unknown-id': `L’identifiant de fédération de {address} n’est pas dans votre carnet. Sur la plateforme nationale, il ne se déduit pas de l’adresse (il ressemble à ${EXAMPLE_ID}) : copiez l’adresse pour chercher votre collègue dans le champ de partage de Nuage, demandez-lui son identifiant, ou collez-le ci-dessous quand vous l’avez.`,
    'source.given': 'Serveur indiqué : {host}',
    'source.remembered': 'Serveur mémorisé pour cette adresse : {host}',
    'source.academy': 'Serveur de l’académie ({academy}, plateforme beta), déduit de l’adresse : {host}',
    'source.academyUnknown': 'Serveur déduit de l’adresse (plateforme beta) : {host}',
    'source.cloud-id': 'Serveur de l’identifiant collé : {host}',
    'source.book': 'Identifiant de votre carnet (serveur {host})',
    'source.bookNamed': 'Identifiant de votre carnet, {name} (serveur {host})',
    'askId.subject': 'Votre identifiant de fédération Nuage',
    'askId.body':
      'Bonjour,\n\nPour partager des fichiers avec vous dans Nuage (apps.education.fr), pourriez-vous m’envoyer votre identifiant de fédération ? Vous le trouverez dans La Boîte (portail.apps.education.fr) → votre profil → « ID de Fédération Nextcloud », ou dans Nuage → Paramètres → Partage → « Cloud fédéré ».\n\nIl ressemble à prenom.nom@nuage06.apps.education.fr.\n\nMerci d’avance et bonne journée.',
    'myId.subject': 'Mon identifiant de fédération Nuage',
    'myId.body':
      'Bonjour,\n\nVoici mon identifiant de fédération Nuage (apps.education.fr), pour partager des fichiers avec moi :\n\n{id}\n\nBonne journée.',
  },
  en: {
    askForHost: `Ask your colleague for the address of their Nuage server (it appears in their browser’s address bar when they open Nuage, for example ${EXAMPLE_HOST}), then enter it.`,
    'error.no-address': `No e-mail address was recognised. Enter your colleague’s academic address, for example ${EXAMPLE_ADDRESS}.`,
    'error.several-addresses': 'Several addresses were found ({addresses}). Enter one address at a time.',
    'error.not-staff': `Not an academic address: “{address}”. Only Éducation nationale staff, with an academic address (for example ${EXAMPLE_ADDRESS}) or one in @education.gouv.fr, have an account on the platform. Ask your colleague for their academic address.`,
    'error.invalid-chars':
      'The address “{address}” contains “{char}”, a character that Nuage (Nextcloud) does not accept in a share ID. Academic addresses are written without accents or “+”: check your colleague’s address, for example in the directory of your academic mail.',
    'error.no-host.national':
      'Their Nuage server cannot be guessed from their address: on the national platform, each person has their own Nuage server. {ask}',
    'error.no-host.beta': 'No Nuage server is known for addresses in {domain}. {ask}',
    'error.invalid-host': `“{server}” is not a valid Nuage server address. Copy it from your colleague’s address bar or from a share link they sent you, for example ${EXAMPLE_HOST}.`,
    'error.too-long':
      'The resulting ID is too long for Nuage ({maxBytes} characters at most). Check your colleague’s address and the address of their server.',
    'error.unknown-server':
      'The ID found in the page names the server “{server}”, which is not a Nuage server of the platform: it was not copied. A page can hide a server in the selected text; ask your colleague for their ID, or paste it in the “Share” tab.',
    'error.unknown-id': `The federation ID of {address} is not in your book. On the national platform, it cannot be derived from the address (it looks like ${EXAMPLE_ID}): copy the address to search for your colleague in Nuage’s share field, ask them for their ID, or paste it below once you have it.`,
    'source.given': 'Server entered: {host}',
    'source.remembered': 'Server remembered for this address: {host}',
    'source.academy': 'Server of the academy ({academy}, beta platform), derived from the address: {host}',
    'source.academyUnknown': 'Server derived from the address (beta platform): {host}',
    'source.cloud-id': 'Server of the pasted ID: {host}',
    'source.book': 'ID from your book (server {host})',
    'source.bookNamed': 'ID from your book, {name} (server {host})',
    'askId.subject': 'Your Nuage federation ID',
    'askId.body':
      'Hello,\n\nTo share files with you in Nuage (apps.education.fr), could you send me your federation ID? You will find it in La Boîte (portail.apps.education.fr) → your profile → “ID de Fédération Nextcloud”, or in Nuage → Settings → Sharing → “Federated Cloud”.\n\nIt looks like prenom.nom@nuage06.apps.education.fr.\n\nThank you, and have a good day.',
    'myId.subject': 'My Nuage federation ID',
    'myId.body':
      'Hello,\n\nHere is my Nuage (apps.education.fr) federation ID, to share files with me:\n\n{id}\n\nHave a good day.',
  },
};

/** Every word of sharing: the notification's (./share-notice.ts) and the popup's. */
export const shareTexts: Dictionary<Key> = {
  fr: { ...shareNoticeTexts.fr, ...pageTexts.fr },
  en: { ...shareNoticeTexts.en, ...pageTexts.en },
};

/** What is wrong and what to do, in full sentences, for an error code of lib/share (the popup's text). */
export function describeShareError(code: ShareIdErrorCode, params: ShareIdErrorParams, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  return t(`error.${errorKey(code, params)}`, { ...placeholders(params), ask: t('askForHost') });
}

/** Which server an item used and why, in the user's language. */
export function hostExplanation(item: Exclude<ShareItem, { kind: 'error' }>, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  if (item.kind === 'cloud-id') return t('source.cloud-id', { host: item.host });
  if (item.hostSource === 'book') {
    return item.name
      ? t('source.bookNamed', { name: item.name, host: item.host })
      : t('source.book', { host: item.host });
  }
  if (item.hostSource === 'academy') {
    return item.academyName
      ? t('source.academy', { academy: item.academyName, host: item.host })
      : t('source.academyUnknown', { host: item.host });
  }
  return t(`source.${item.hostSource}`, { host: item.host });
}

/** « Demander son identifiant »: a polite `mailto:` to the colleague saying where to find it. */
export function askForIdMailto(address: string, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  return mailtoWith(address, t('askId.subject'), t('askId.body'));
}

/** « Envoyer par courriel »: my federation ID in a new message (no recipient yet). */
export function myIdMailto(id: string, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  return mailtoWith('', t('myId.subject'), t('myId.body', { id }));
}

/** What a result found only after cleaning the pasted text says (ShareItem.cleaned). */
export function describeCleaned(lang: Lang): string {
  return createTranslator(shareTexts, lang)('cleaned');
}
