import { academyForAddress, isStaffAddress } from '../platform/academies';
import { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './addresses';
import { resolveCloudId } from './cloud-id';
import { bundledHostData } from '../platform/hosts';
import { normalizeNextcloudHost } from './nextcloud-host';
import { createTranslator, type Dictionary, type Lang } from '../i18n';
import type { HostData, Platform } from '../platform/schemas';
import { buildShareId, type ShareIdErrorCode } from './share-id';

/**
 * "Share with a colleague": from whatever the user selected or pasted (one address, a whole "À :" line,
 * a `mailto:` link, a colleague's cloud ID) to the federated share IDs to paste in Nuage (Nextcloud),
 * one result per address, each saying which server it used and why, or why there is none.
 * Pure: the context menu (background) and the popup tab both call it with the user's settings.
 */

/** Why this server was used for an address. */
export type HostSource =
  /** Typed by the user for this address (popup field), not necessarily remembered. */
  | 'given'
  /** Remembered for this address (settings.rememberedHosts). */
  | 'remembered'
  /** Derived from the address's academy (beta platform). */
  | 'academy'
  /** Taken from the colleague's own cloud ID, pasted as is. */
  | 'cloud-id';

export type ShareItem =
  | {
      kind: 'id';
      /** The colleague's address (lower case). */
      address: string;
      /** The federated share ID to paste in Nuage. */
      id: string;
      /** The Nextcloud server, `host[:port]`. */
      host: string;
      hostSource: HostSource;
      /** Name of the address's academy ("Lyon", "Administration centrale"). */
      academyName?: string;
    }
  | {
      /** A colleague's full cloud ID was pasted: it is recognised and explained. */
      kind: 'cloud-id';
      id: string;
      /** The user part (usually the colleague's address). */
      user: string;
      /** The server, `host[:port]` (what follows the last `@`). */
      host: string;
      /** Whether the user part is a staff address (if not, the colleague probably cannot be found). */
      staff: boolean;
      academyName?: string;
    }
  | {
      kind: 'error';
      /** What was found (the address), or the whole input when nothing was. */
      address?: string;
      code: ShareIdErrorCode;
      /** The core's French explanation, for a teacher. */
      message: string;
      /** For `invalid-chars`: the refused character. */
      char?: string;
      /** The server that was tried, when the problem is the server. */
      host?: string;
      hostSource?: HostSource;
    };

export interface ShareOptions {
  platform: Platform;
  /** Colleague's address → their Nextcloud host (settings.rememberedHosts). */
  rememberedHosts?: Readonly<Record<string, string>>;
  /** Hosts typed in the popup for some addresses in this session (any host, URL, share link or cloud ID). */
  hostOverrides?: Readonly<Record<string, string>>;
  data?: HostData;
}

/** Separators around a pasted cloud ID (never `@`, `.`, `-`, `'`, `:` or `/`, which an ID may hold). */
const TOKEN = /[^\s,;<>"()[\]]+/g;

interface Found {
  index: number;
  item: ShareItem;
}

/**
 * Pasted cloud IDs (`jean.dupont@ac-lyon.fr@nuage03.apps.education.fr`): two `@` or more, valid for
 * Nextcloud, with a real server name. A bare address (one `@`) is never taken for a cloud ID.
 */
function findCloudIds(text: string, data: HostData): { found: Found[]; rest: string } {
  const found: Found[] = [];
  // The text without the cloud IDs (blanked out, so that positions stay the same), built in one pass.
  const parts: string[] = [];
  let copiedUpTo = 0;
  if (text.length > MAX_ADDRESS_INPUT_LENGTH) return { found, rest: text };
  for (const match of text.matchAll(TOKEN)) {
    let token = match[0];
    // "…@nuage03.apps.education.fr." at the end of a sentence.
    while (token.endsWith('.')) token = token.slice(0, -1);
    if (token.split('@').length < 3 || /^mailto:/i.test(token)) continue;
    const cloudId = resolveCloudId(token);
    if (!cloudId) continue;
    const host = normalizeNextcloudHost(cloudId.remote);
    if (host === undefined) continue;
    const user = cloudId.user.toLowerCase();
    const academy = academyForAddress(user, data);
    found.push({
      index: match.index,
      item: {
        kind: 'cloud-id',
        id: `${user}@${host}`,
        user,
        host,
        staff: isStaffAddress(user, data),
        ...(academy ? { academyName: academy.name } : {}),
      },
    });
    // Blanked out so that parseAddresses does not find its user part again.
    parts.push(text.slice(copiedUpTo, match.index), ' '.repeat(match[0].length));
    copiedUpTo = match.index + match[0].length;
  }
  parts.push(text.slice(copiedUpTo));
  return { found, rest: parts.join('') };
}

function shareItemFor(address: string, options: ShareOptions, data: HostData): ShareItem {
  const override = options.hostOverrides?.[address];
  const remembered = options.rememberedHosts?.[address];
  const given = override !== undefined && override.trim() !== '' ? override : undefined;
  const hostSource: HostSource =
    given !== undefined ? 'given' : remembered !== undefined ? 'remembered' : 'academy';
  const host = given ?? remembered;
  const result = buildShareId(address, { platform: options.platform, data, ...(host ? { host } : {}) });
  if (result.ok) {
    return {
      kind: 'id',
      address: result.address,
      id: result.id,
      host: result.host,
      hostSource,
      ...(result.academy ? { academyName: result.academy.name } : {}),
    };
  }
  return {
    kind: 'error',
    address,
    code: result.code,
    message: result.message,
    ...(result.char !== undefined ? { char: result.char } : {}),
    ...(result.code === 'invalid-host' && host !== undefined ? { host, hostSource } : {}),
  };
}

/**
 * One result per address (deduplicated, in order of appearance) and per pasted cloud ID. Empty or
 * address-less text gives one `no-address` error. Never throws.
 */
export function shareIdsFromText(text: string, options: ShareOptions): ShareItem[] {
  const data = options.data ?? bundledHostData;
  const input = typeof text === 'string' ? text : '';
  const { found, rest } = findCloudIds(input, data);
  const addresses = parseAddresses(rest);
  // Interleave with the cloud IDs by position. Addresses come in order of first appearance, so a
  // cursor finds them in one pass; one written differently (percent-encoded in a mailto: URL) keeps
  // the previous position, and the search stops there (no quadratic rescans of a long text).
  const lower = found.length > 0 ? rest.toLowerCase() : '';
  let cursor = 0;
  let searching = found.length > 0;
  for (const address of addresses) {
    if (searching) {
      const index = lower.indexOf(address, cursor);
      if (index === -1) searching = false;
      else cursor = index;
    }
    found.push({ index: cursor, item: shareItemFor(address, options, data) });
  }
  if (found.length === 0) {
    const result = buildShareId(input, { platform: options.platform, data });
    const message = result.ok ? '' : result.message;
    return [{ kind: 'error', code: 'no-address', message }];
  }
  // Stable sort: equal positions keep their order (a cloud ID first, as it was pushed first).
  return found.sort((a, b) => a.index - b.index).map((f) => f.item);
}

/** The IDs a result list offers to copy (built IDs and recognised cloud IDs), without duplicates. */
export function copyableIds(items: readonly ShareItem[]): string[] {
  const ids: string[] = [];
  for (const item of items) {
    if (item.kind !== 'error' && !ids.includes(item.id)) ids.push(item.id);
  }
  return ids;
}

/** What goes to the clipboard: the IDs, one per line; '' when there is nothing to copy. */
export function clipboardTextFor(items: readonly ShareItem[]): string {
  return copyableIds(items).join('\n');
}

/** The address an item is about (for the history and the remembered hosts). */
export function addressOf(item: ShareItem): string | undefined {
  if (item.kind === 'cloud-id') return item.staff ? item.user : undefined;
  return item.address;
}

/**
 * The host the user typed (a host, a URL, a share link or a cloud ID), normalised for remembering,
 * or undefined when it names no usable server.
 */
export function hostToRemember(input: string): string | undefined {
  return normalizeNextcloudHost(input);
}

/** Strings shared by the context menu (its items' title, its notification) and the popup tab. */
export const shareTexts: Dictionary<
  | 'menuTitle'
  | 'copiedOneTitle'
  | 'copiedManyTitle'
  | 'copiedHint'
  | 'nothingTitle'
  | 'notCopied'
  | 'failure'
  | 'reason.no-address'
  | 'reason.several-addresses'
  | 'reason.not-staff'
  | 'reason.invalid-chars'
  | 'reason.no-host'
  | 'reason.invalid-host'
  | 'reason.too-long'
  | 'source.given'
  | 'source.remembered'
  | 'source.academy'
  | 'source.academyUnknown'
  | 'source.cloud-id'
  | 'clipboardFailed'
> = {
  fr: {
    menuTitle: 'Partager avec ce collègue (Nextcloud)',
    copiedOneTitle: 'Identifiant de partage copié',
    copiedManyTitle: '{count} identifiants de partage copiés',
    copiedHint: 'Collez-le dans le champ de partage de Nuage (Nextcloud).',
    nothingTitle: 'Rien n’a été copié',
    notCopied: 'Non copié : {line}',
    failure: '{address} : {reason}',
    'reason.no-address': 'aucune adresse électronique n’a été trouvée.',
    'reason.several-addresses': 'plusieurs adresses ont été trouvées.',
    'reason.not-staff':
      'ce n’est pas une adresse académique (prenom.nom@ac-…fr ou @education.gouv.fr) : seuls les personnels de l’Éducation nationale ont un compte Nuage.',
    'reason.invalid-chars': 'le caractère « {char} » n’est pas accepté par Nuage (Nextcloud).',
    'reason.no-host':
      'son serveur Nuage ne peut pas être deviné sur la plateforme nationale : indiquez-le une fois dans l’onglet « Partager » de l’extension, il sera mémorisé.',
    'reason.invalid-host': 'l’adresse du serveur Nuage n’est pas valable.',
    'reason.too-long': 'l’identifiant serait trop long pour Nuage.',
    'source.given': 'Serveur indiqué : {host}',
    'source.remembered': 'Serveur mémorisé pour cette adresse : {host}',
    'source.academy': 'Serveur de l’académie ({academy}, plateforme beta), déduit de l’adresse : {host}',
    'source.academyUnknown': 'Serveur déduit de l’adresse (plateforme beta) : {host}',
    'source.cloud-id': 'Serveur de l’identifiant collé : {host}',
    clipboardFailed:
      'Le presse-papiers n’a pas pu être modifié. Réessayez depuis l’onglet « Partager » de l’extension.',
  },
  en: {
    menuTitle: 'Share with this colleague (Nextcloud)',
    copiedOneTitle: 'Share ID copied',
    copiedManyTitle: '{count} share IDs copied',
    copiedHint: 'Paste it into the share field of Nuage (Nextcloud).',
    nothingTitle: 'Nothing was copied',
    notCopied: 'Not copied: {line}',
    failure: '{address}: {reason}',
    'reason.no-address': 'no e-mail address was found.',
    'reason.several-addresses': 'several addresses were found.',
    'reason.not-staff':
      'not an academic address (firstname.lastname@ac-….fr or @education.gouv.fr): only Éducation nationale staff have a Nuage account.',
    'reason.invalid-chars': 'Nuage (Nextcloud) does not accept the character “{char}”.',
    'reason.no-host':
      'their Nuage server cannot be guessed on the national platform: enter it once in the extension’s “Share” tab, it will be remembered.',
    'reason.invalid-host': 'the Nuage server address is not valid.',
    'reason.too-long': 'the ID would be too long for Nuage.',
    'source.given': 'Server entered: {host}',
    'source.remembered': 'Server remembered for this address: {host}',
    'source.academy': 'Server of the academy ({academy}, beta platform), derived from the address: {host}',
    'source.academyUnknown': 'Server derived from the address (beta platform): {host}',
    'source.cloud-id': 'Server of the pasted ID: {host}',
    clipboardFailed: 'The clipboard could not be changed. Try again from the extension’s “Share” tab.',
  },
};

/** The title of the context-menu items, in the user's language. */
export function shareMenuTitle(lang: Lang): string {
  return createTranslator(shareTexts, lang)('menuTitle');
}

/** Short reason of a failed item, in the user's language. */
export function shareReason(item: Extract<ShareItem, { kind: 'error' }>, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  return t(`reason.${item.code}`, { char: item.char ?? '' });
}

/** Which server an item used and why, in the user's language. */
export function hostExplanation(item: Exclude<ShareItem, { kind: 'error' }>, lang: Lang): string {
  const t = createTranslator(shareTexts, lang);
  if (item.kind === 'cloud-id') return t('source.cloud-id', { host: item.host });
  if (item.hostSource === 'academy') {
    return item.academyName
      ? t('source.academy', { academy: item.academyName, host: item.host })
      : t('source.academyUnknown', { host: item.host });
  }
  return t(`source.${item.hostSource}`, { host: item.host });
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
  const t = createTranslator(shareTexts, lang);
  const ids = copyableIds(items);
  const failures = items.flatMap((item) =>
    item.kind !== 'error'
      ? []
      : item.address === undefined
        ? [capitalise(shareReason(item, lang))]
        : [t('failure', { address: item.address, reason: shareReason(item, lang) })],
  );
  if (ids.length === 0) return { ok: false, title: t('nothingTitle'), message: failures.join('\n') };
  if (!copied) return { ok: false, title: t('nothingTitle'), message: t('clipboardFailed') };
  const title = ids.length === 1 ? t('copiedOneTitle') : t('copiedManyTitle', { count: ids.length });
  const lines = ids.length === 1 ? [...ids, t('copiedHint')] : ids;
  const notCopied = failures.map((line) => t('notCopied', { line }));
  return { ok: true, title, message: [...lines, ...notCopied].join('\n') };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
