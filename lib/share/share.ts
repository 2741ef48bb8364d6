import { academyForAddress, isStaffAddress } from '../platform/academies';
import { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './addresses';
import { resolveCloudId } from './cloud-id';
import { bundledHostData } from '../platform/hosts';
import { normalizeNextcloudHost } from './nextcloud-host';
import type { HostData, Platform } from '../platform/schemas';
import { buildShareId, type ShareIdErrorCode, type ShareIdErrorParams } from './share-id';

/**
 * "Share with a colleague": from whatever the user selected or pasted (one address, a whole "À :" line,
 * a `mailto:` link, a colleague's cloud ID) to the federated share IDs to paste in Nuage (Nextcloud),
 * one result per address, each saying which server it used and why, or why there is none.
 * Pure: the context menu (background) and the popup tab both call it with the user's settings.
 * No words here: errors are codes and parameters, which locales/share.ts turns into French or English.
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
  | ({
      kind: 'error';
      /** The address it is about; absent when no address was found. */
      address?: string;
      code: ShareIdErrorCode;
      /** The server that was tried, as typed or remembered, when the problem is the server. */
      host?: string;
      hostSource?: HostSource;
    } & Omit<ShareIdErrorParams, 'address'>);

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
  const { ok: _ok, code, ...params } = result;
  return {
    kind: 'error',
    ...params,
    address,
    code,
    ...(code === 'invalid-host' && host !== undefined ? { host, hostSource } : {}),
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
    return [{ kind: 'error', code: 'no-address' }];
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
