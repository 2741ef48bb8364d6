import { academyForAddress, isStaffAddress } from '../platform/academies';
import { cleanPastedText, MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './addresses';
import { resolveCloudId } from './cloud-id';
import { bundledHostData } from '../platform/hosts';
import type { IdBookEntry } from './book';
import { isAcademyCloud, isNuageNode, parseFederationId } from './federation-id';
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
  | 'cloud-id'
  /** The colleague's ID from the book of IDs (national platform: the only way to know it). */
  | 'book';

export type ShareItem = (
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
      /** `book`: the name the user gave this colleague, if any. */
      name?: string;
    }
  | {
      /** A colleague's full cloud ID was pasted: it is recognised and explained. */
      kind: 'cloud-id';
      id: string;
      /** The user part (usually the colleague's address). */
      user: string;
      /** The server, `host[:port]` (what follows the last `@`). */
      host: string;
      /**
       * Whether it is a colleague's: the user part is a staff address, or the server is a platform
       * server (a Nuage node, an academy's cloud) where the user part is an account name. If not, the
       * colleague probably cannot be found.
       */
      staff: boolean;
      /** The user part is an account name (`jdupont`), not an e-mail address: the real national form. */
      account: boolean;
      /** The colleague's address: the user part when it is one, else the book's, when known. */
      address?: string;
      /** In the book already (with this ID). */
      inBook: boolean;
      /** The name the book gives this colleague. */
      name?: string;
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
    } & Omit<ShareIdErrorParams, 'address'>)
) & {
  /**
   * The address (or ID) was found only after typographic apostrophes or invisible characters were
   * cleaned from the text (`cleanPastedText`): screens say so, so that the user checks it.
   */
  cleaned?: true;
};

export interface ShareOptions {
  platform: Platform;
  /** Colleague's address → their Nextcloud host (settings.rememberedHosts). */
  rememberedHosts?: Readonly<Record<string, string>>;
  /** Hosts typed in the popup for some addresses in this session (any host, URL, share link or cloud ID). */
  hostOverrides?: Readonly<Record<string, string>>;
  /** The book of colleagues' IDs (lib/share/book.ts), looked up on the national platform. */
  book?: IdBookLookup;
  /**
   * The text comes from a web page (context menu: a link or a selection), not from the user: a full
   * ID in it is taken only with a platform server (a Nuage node, an academy's 2020 cloud) over https,
   * so that a page cannot choose the server of the ID the user copies (hidden text, look-alikes).
   */
  fromPage?: boolean;
  data?: HostData;
}

/** The book, by address and by ID (idBookLookup in lib/share/book.ts makes one). */
export interface IdBookLookup {
  byAddress: ReadonlyMap<string, Pick<IdBookEntry, 'id' | 'address' | 'name'>>;
  byId: ReadonlyMap<string, Pick<IdBookEntry, 'id' | 'address' | 'name'>>;
}

/** Separators around a pasted cloud ID (never `@`, `.`, `-`, `'`, `:` or `/`, which an ID may hold). */
const TOKEN = /[^\s,;<>"()[\]]+/g;

interface Found {
  index: number;
  item: ShareItem;
}

/**
 * Pasted cloud IDs: `jean.dupont@ac-lyon.fr@nuage03.apps.education.fr` (two `@` or more, valid for
 * Nextcloud, with a real server name), and real federation IDs `jdupont@nuage06.apps.education.fr`
 * (one `@`, on a platform server: parseFederationId). Any other bare address is never taken for one.
 */
function findCloudIds(text: string, options: ShareOptions, data: HostData): { found: Found[]; rest: string } {
  const found: Found[] = [];
  // The text without the cloud IDs (blanked out, so that positions stay the same), built in one pass.
  const parts: string[] = [];
  let copiedUpTo = 0;
  if (text.length > MAX_ADDRESS_INPUT_LENGTH) return { found, rest: text };
  for (const match of text.matchAll(TOKEN)) {
    let token = match[0];
    // "…@nuage03.apps.education.fr." at the end of a sentence.
    while (token.endsWith('.')) token = token.slice(0, -1);
    if (/^mailto:/i.test(token)) continue;
    const item =
      token.split('@').length >= 3
        ? addressCloudId(token, options, data)
        : accountCloudId(token, options, data);
    if (!item) continue;
    found.push({ index: match.index, item });
    // Blanked out so that parseAddresses does not find its user part again.
    parts.push(text.slice(copiedUpTo, match.index), ' '.repeat(match[0].length));
    copiedUpTo = match.index + match[0].length;
  }
  parts.push(text.slice(copiedUpTo));
  return { found, rest: parts.join('') };
}

type CloudIdItem = Extract<ShareItem, { kind: 'cloud-id' }>;

/** `jean.dupont@ac-lyon.fr@nuage03.apps.education.fr`: the user part is (usually) an address. */
function addressCloudId(token: string, options: ShareOptions, data: HostData): ShareItem | undefined {
  const cloudId = resolveCloudId(token);
  if (!cloudId) return undefined;
  const host = normalizeNextcloudHost(cloudId.remote);
  if (host === undefined) return undefined;
  const user = cloudId.user.toLowerCase();
  // Nuage servers are https: an `http://` (or any other protocol) server is never dropped silently,
  // which would give another ID than the one pasted.
  if (!cloudId.remote.startsWith('https://'))
    return { kind: 'error', code: 'invalid-host', server: cloudId.remote.slice(0, 100), address: user };
  if (options.fromPage) {
    if (!(isNuageNode(host, data) || isAcademyCloud(host, data))) {
      return { kind: 'error', code: 'unknown-server', server: cloudId.remote.slice(0, 100), address: user };
    }
  }
  const academy = academyForAddress(user, data);
  const staff = isStaffAddress(user, data);
  return withBook(
    {
      kind: 'cloud-id',
      id: `${user}@${host}`,
      user,
      host,
      staff,
      account: false,
      inBook: false,
      ...(staff ? { address: user } : {}),
      ...(academy ? { academyName: academy.name } : {}),
    },
    options.book,
  );
}

/** `jdupont@nuage06.apps.education.fr`: one `@`, a platform server; the user part is an account name. */
function accountCloudId(token: string, options: ShareOptions, data: HostData): CloudIdItem | undefined {
  if (!token.includes('@')) return undefined;
  const parsed = parseFederationId(token, { platform: options.platform, data });
  if (!parsed.ok || isStaffAddress(parsed.user, data)) return undefined;
  return withBook(
    {
      kind: 'cloud-id',
      id: parsed.id,
      user: parsed.user,
      host: parsed.host,
      staff: true,
      account: true,
      inBook: false,
    },
    options.book,
  );
}

/** What the book knows of a pasted ID: the colleague's address and name. */
function withBook(item: CloudIdItem, book: IdBookLookup | undefined): CloudIdItem {
  const entry = book?.byId.get(item.id);
  if (!entry) return item;
  const address = item.address ?? entry.address;
  return {
    ...item,
    inBook: true,
    ...(address !== undefined ? { address } : {}),
    ...(entry.name !== undefined ? { name: entry.name } : {}),
  };
}

/** The host of a federation ID of the book (what follows its last `@`). */
const hostOfId = (id: string) => id.slice(id.lastIndexOf('@') + 1);

function shareItemFor(address: string, options: ShareOptions, data: HostData): ShareItem {
  if (options.platform === 'national') {
    const entry = options.book?.byAddress.get(address);
    if (entry) {
      const academy = academyForAddress(address, data);
      return {
        kind: 'id',
        address,
        id: entry.id,
        host: hostOfId(entry.id),
        hostSource: 'book',
        ...(academy ? { academyName: academy.name } : {}),
        ...(entry.name !== undefined ? { name: entry.name } : {}),
      };
    }
  }
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
      address: result.address ?? address,
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
  const raw = typeof text === 'string' ? text : '';
  // Typographic apostrophes and invisible characters never cut an address (nor an ID): cleaned here,
  // and each result found only thanks to that says so.
  const { text: input, cleaned } =
    raw.length <= MAX_ADDRESS_INPUT_LENGTH ? cleanPastedText(raw) : { text: raw, cleaned: false };
  const { found, rest } = findCloudIds(input, options, data);
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
  const items = found.sort((a, b) => a.index - b.index).map((f) => f.item);
  if (!cleaned) return items;
  const seen = raw.normalize('NFC').toLowerCase();
  return items.map((item) => {
    const shown = item.kind === 'cloud-id' ? item.id : item.address;
    return shown !== undefined && !seen.includes(shown) ? { ...item, cleaned: true as const } : item;
  });
}

/** The IDs a result list offers to copy (built IDs and recognised cloud IDs), without duplicates. */
export function copyableIds(items: readonly ShareItem[]): string[] {
  // A set, not ids.includes(): 40,000 pasted addresses took seconds (issue 15, item 3).
  const ids = new Set<string>();
  for (const item of items) if (item.kind !== 'error') ids.add(item.id);
  return [...ids];
}

/** What goes to the clipboard: the IDs, one per line; '' when there is nothing to copy. */
export function clipboardTextFor(items: readonly ShareItem[]): string {
  return copyableIds(items).join('\n');
}

/** The address an item is about (for the history and the remembered hosts). */
export function addressOf(item: ShareItem): string | undefined {
  if (item.kind === 'cloud-id') return item.address;
  return item.address;
}

/**
 * The host the user typed (a host, a URL, a share link or a cloud ID), normalised for remembering,
 * or undefined when it names no usable server.
 */
export function hostToRemember(input: string): string | undefined {
  return normalizeNextcloudHost(input);
}

/** What a pasted text holds besides its results (the share tab's summary counts them). */
export interface PastedLineCounts {
  /** Non-blank lines in which no address (nor ID) was found: greetings, names, typos. */
  withoutAddress: number;
  /** Addresses (or IDs) written again after their first appearance: they give no second result. */
  duplicates: number;
}

/**
 * Counts the non-blank lines of `text` that hold no address and the repeated addresses, so that a
 * screen can say so instead of dropping them silently. Addresses are read token by token (the same
 * cleaning and parser as shareIdsFromText: a full ID `a@b@c` counts as one); linear, never throws.
 */
export function countPastedLines(text: string): PastedLineCounts {
  const counts = { withoutAddress: 0, duplicates: 0 };
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_INPUT_LENGTH) return counts;
  const seen = new Set<string>();
  for (const line of cleanPastedText(text.normalize('NFC')).text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    let found = false;
    for (const match of line.matchAll(TOKEN)) {
      let token = match[0];
      const mailto = /^mailto:/i.test(token);
      if (!mailto && !token.includes('@')) continue;
      while (token.endsWith('.')) token = token.slice(0, -1);
      const keys = !mailto && token.split('@').length >= 3 ? [token.toLowerCase()] : parseAddresses(token);
      for (const key of keys) {
        found = true;
        if (seen.has(key)) counts.duplicates++;
        else seen.add(key);
      }
    }
    if (!found) counts.withoutAddress++;
  }
  return counts;
}
