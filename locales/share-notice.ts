import { createTranslator, type Dictionary, type Lang } from '../lib/i18n';
import { copyableIds, type ShareItem } from '../lib/share/share';
import type { ShareIdErrorCode, ShareIdErrorParams } from '../lib/share/share-id';

/**
 * The words of the context menu « Partager avec ce collègue (Nextcloud) »: its items' title and its
 * notification, in the background. Apart from the popup's words (./share.ts, which re-exports these):
 * the service worker carries only what it shows (issue 16). Same rules as ./share.ts: French first,
 * English equal (tests/unit/locales/share.test.ts checks both dictionaries together).
 */

export type ErrorKey = Exclude<ShareIdErrorCode, 'no-host'> | 'no-host.national' | 'no-host.beta';

export type NoticeKey =
  | 'menuTitle'
  | 'copiedOneTitle'
  | 'copiedManyTitle'
  | 'copiedHint'
  | 'cleaned'
  | 'nothingTitle'
  | 'notCopied'
  | 'failure'
  | `reason.${ErrorKey}`
  | 'unknownTitle'
  | 'unknownOffer'
  | 'clipboardFailed';

export const shareNoticeTexts: Dictionary<NoticeKey> = {
  fr: {
    menuTitle: 'Partager avec ce collègue (Nextcloud)',
    copiedOneTitle: 'Identifiant de partage copié',
    copiedManyTitle: '{count} identifiants de partage copiés',
    copiedHint: 'Collez-le dans le champ de partage de Nuage (Nextcloud).',
    cleaned:
      'Des apostrophes typographiques ou des caractères invisibles ont été retirés du texte pour lire cette adresse : vérifiez-la.',
    nothingTitle: 'Rien n’a été copié',
    notCopied: 'Non copié : {line}',
    failure: '{address} : {reason}',
    'reason.no-address': 'aucune adresse électronique n’a été trouvée.',
    'reason.several-addresses': 'plusieurs adresses ont été trouvées.',
    'reason.not-staff':
      'ce n’est pas une adresse académique (prenom.nom@ac-…fr ou @education.gouv.fr) : seuls les personnels de l’Éducation nationale ont un compte Nuage.',
    'reason.invalid-chars': 'le caractère « {char} » n’est pas accepté par Nuage (Nextcloud).',
    'reason.no-host.national':
      'son serveur Nuage ne peut pas être deviné sur la plateforme nationale : indiquez-le une fois dans l’onglet « Partager » de l’extension, il sera mémorisé.',
    'reason.no-host.beta':
      'aucun serveur Nuage n’est connu pour les adresses en {domain} : indiquez-le une fois dans l’onglet « Partager » de l’extension, il sera mémorisé.',
    'reason.invalid-host': 'l’adresse du serveur Nuage n’est pas valable.',
    'reason.too-long': 'l’identifiant serait trop long pour Nuage ({maxBytes} caractères au plus).',
    'reason.unknown-id':
      'son identifiant de fédération n’est pas dans votre carnet (sur la plateforme nationale, il ne se déduit pas de l’adresse).',
    'reason.unknown-server':
      'le serveur «\u00a0{server}\u00a0» de l’identifiant trouvé dans la page n’est pas un serveur de la plateforme.',
    unknownTitle: 'Identifiant inconnu : rien n’a été copié',
    unknownOffer: 'Cliquez sur cette notification pour l’ajouter dans l’onglet « Partager ».',
    clipboardFailed:
      'Le presse-papiers n’a pas pu être modifié. Réessayez depuis l’onglet « Partager » de l’extension.',
  },
  en: {
    menuTitle: 'Share with this colleague (Nextcloud)',
    copiedOneTitle: 'Share ID copied',
    copiedManyTitle: '{count} share IDs copied',
    copiedHint: 'Paste it into the share field of Nuage (Nextcloud).',
    cleaned:
      'Typographic apostrophes or invisible characters were removed from the text to read this address: please check it.',
    nothingTitle: 'Nothing was copied',
    notCopied: 'Not copied: {line}',
    failure: '{address}: {reason}',
    'reason.no-address': 'no e-mail address was found.',
    'reason.several-addresses': 'several addresses were found.',
    'reason.not-staff':
      'not an academic address (prenom.nom@ac-…fr or @education.gouv.fr): only Éducation nationale staff have a Nuage account.',
    'reason.invalid-chars': 'the character “{char}” is not accepted by Nuage (Nextcloud).',
    'reason.no-host.national':
      'their Nuage server cannot be guessed on the national platform: enter it once in the extension’s “Share” tab, it will be remembered.',
    'reason.no-host.beta':
      'no Nuage server is known for addresses in {domain}: enter it once in the extension’s “Share” tab, it will be remembered.',
    'reason.invalid-host': 'the Nuage server address is not valid.',
    'reason.too-long': 'the ID would be too long for Nuage ({maxBytes} characters at most).',
    'reason.unknown-id':
      'their federation ID is not in your book (on the national platform, it cannot be derived from the address).',
    'reason.unknown-server': 'the server “{server}” of the ID found in the page is not a platform server.',
    unknownTitle: 'Unknown ID: nothing was copied',
    unknownOffer: 'Click this notification to add it in the “Share” tab.',
    clipboardFailed: 'The clipboard could not be changed. Try again from the extension’s “Share” tab.',
  },
};

/** `no-host` has two causes, each with its own words; every other code has one text. */
export function errorKey(code: ShareIdErrorCode, params: ShareIdErrorParams): ErrorKey {
  if (code !== 'no-host') return code;
  return params.platform === 'national' ? 'no-host.national' : 'no-host.beta';
}

/** The parameters as the texts' `{name}` placeholders want them (missing ones as ''). */
export function placeholders(params: ShareIdErrorParams): Record<string, string | number> {
  const listed = params.addresses ?? [];
  const more = (params.count ?? listed.length) > listed.length ? '…' : '';
  return {
    address: params.address ?? '',
    addresses: `${listed.join(', ')}${more}`,
    char: params.char ?? '',
    domain: params.domain ?? '',
    server: params.server ?? '',
    maxBytes: params.maxBytes ?? '',
  };
}

/** The title of the context-menu items, in the user's language. */
export function shareMenuTitle(lang: Lang): string {
  return createTranslator(shareNoticeTexts, lang)('menuTitle');
}

/** Short reason of a failed item (one line after its address), in the user's language. */
export function shareReason(item: Extract<ShareItem, { kind: 'error' }>, lang: Lang): string {
  const t = createTranslator(shareNoticeTexts, lang);
  return t(`reason.${errorKey(item.code, item)}`, placeholders(item));
}

export interface ShareNotice {
  ok: boolean;
  title: string;
  message: string;
}

/**
 * The confirmation of a context-menu click: what was copied (the IDs themselves), then what was not
 * and why; or, when nothing was usable, why nothing was copied. `copied` false: the clipboard write failed.
 */
export function shareNotice(items: readonly ShareItem[], lang: Lang, copied: boolean = true): ShareNotice {
  const t = createTranslator(shareNoticeTexts, lang);
  const ids = copyableIds(items);
  const failures = items.flatMap((item) =>
    item.kind !== 'error'
      ? []
      : item.address === undefined
        ? [capitalise(shareReason(item, lang))]
        : [t('failure', { address: item.address, reason: shareReason(item, lang) })],
  );
  const unknown = unknownIdAddresses(items).length > 0;
  const offer = unknown ? [t('unknownOffer')] : [];
  if (ids.length === 0) {
    const title = unknown ? t('unknownTitle') : t('nothingTitle');
    return { ok: false, title, message: [...failures, ...offer].join('\n') };
  }
  if (!copied) return { ok: false, title: t('nothingTitle'), message: t('clipboardFailed') };
  const title = ids.length === 1 ? t('copiedOneTitle') : t('copiedManyTitle', { count: ids.length });
  const lines = ids.length === 1 ? [...ids, t('copiedHint')] : ids;
  const notCopied = failures.map((line) => t('notCopied', { line }));
  const cleaned = items.some((item) => item.cleaned) ? [t('cleaned')] : [];
  return { ok: true, title, message: [...lines, ...cleaned, ...notCopied, ...offer].join('\n') };
}

/** The addresses whose federation ID is unknown (national platform, not in the book). */
export function unknownIdAddresses(items: readonly ShareItem[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'error' && item.code === 'unknown-id' && item.address !== undefined ? [item.address] : [],
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
