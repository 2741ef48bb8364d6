import { academyForAddress, isStaffAddress } from '../platform/academies';
import { parseAddresses } from './addresses';
import {
  buildCloudId,
  CLOUD_ID_MAX_BYTES,
  firstForbiddenUserChar,
  resolveCloudId,
  utf8ByteLength,
} from './cloud-id';
import { bundledHostData } from '../platform/hosts';
import { isNuageNode, parseFederationId } from './federation-id';
import { normalizeNextcloudHost } from './nextcloud-host';
import { instanceHost } from '../platform/instances';
import type { Academy, HostData, Platform } from '../platform/schemas';

/**
 * The federated-share ID of a colleague: `<academic address>@<Nextcloud host>`, e.g.
 * `jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr` (the form the platform's FAQ gives).
 * A bare address is never returned: Nextcloud would read `jean.dupont@ac-lyon.fr` as the user
 * `jean.dupont` on a server `ac-lyon.fr`, which does not exist.
 */

/** Why no ID could be built. The words are the screens' (locales/share.ts), in French and English. */
export const SHARE_ID_ERROR_CODES = [
  'no-address',
  'several-addresses',
  'not-staff',
  'invalid-chars',
  'no-host',
  'invalid-host',
  'too-long',
  /** National platform: the colleague's ID cannot be built from their address, and is not known. */
  'unknown-id',
  /**
   * A full ID found in a web page (context menu) whose server is not a platform server (a Nuage node,
   * an academy's 2020 cloud): the page could have chosen it. Not copied.
   */
  'unknown-server',
] as const;
export type ShareIdErrorCode = (typeof SHARE_ID_ERROR_CODES)[number];

/** What a screen needs to explain an error code; which fields are set depends on the code. */
export interface ShareIdErrorParams {
  /** `not-staff`, `invalid-chars`, `no-host`, `too-long`, `unknown-id`: the address found (lower case). */
  address?: string;
  /** `several-addresses`: the first addresses found (at most 3), and how many there are. */
  addresses?: readonly string[];
  count?: number;
  /** `invalid-chars`: the refused character. */
  char?: string;
  /** `no-host`: the address's domain with its `@` (`@ac-lyon.fr`), and the platform that has no host. */
  domain?: string;
  platform?: Platform;
  /** `invalid-host`, `unknown-server`: the server as given (trimmed, at most 100 characters). */
  server?: string;
  /** `too-long`: the longest ID Nextcloud accepts, in bytes. */
  maxBytes?: number;
}

export type ShareIdResult =
  | {
      ok: true;
      /** The ID to paste in Nextcloud's share field. */
      id: string;
      /** The Nextcloud server, `host[:port]`, without protocol. */
      host: string;
      /** The user part of the ID: the address (beta), or the account name of a pasted federation ID. */
      user: string;
      /**
       * The colleague's address, trimmed and lower-cased, when the ID holds one (built from it, or a
       * pasted `address@server`); absent for a pasted national ID (`jdupont@nuage06.apps.education.fr`).
       */
      address?: string;
      academy?: Academy;
      /** 'built' from the address (beta platform), or a 'pasted' ID taken as is. */
      source: 'built' | 'pasted';
    }
  | ({ ok: false; code: ShareIdErrorCode } & ShareIdErrorParams);

export interface ShareIdOptions {
  /**
   * The colleague's Nextcloud server, as the user gave it: a host, a URL, a share link or a colleague's
   * cloud ID (see normalizeNextcloudHost). Blank means "not given".
   */
  host?: string;
  /**
   * Where to look for a host when none is given. 'beta' (default): the academy's beta instance.
   * 'national': no ID is ever built from an address (the account name and the node cannot be derived
   * from it, domain-facts §6.2), whatever the host: `unknown-id`; only a pasted ID is accepted.
   */
  platform?: Platform;
  data?: HostData;
}

/** How many of several addresses an error lists. */
const LISTED_ADDRESSES = 3;

function fail(code: ShareIdErrorCode, params: ShareIdErrorParams = {}): ShareIdResult {
  return { ok: false, code, ...params };
}

/**
 * Builds the cloud ID to share with a colleague, from their address (`jean.dupont@ac-lyon.fr`,
 * `Jean Dupont <jean.dupont@ac-lyon.fr>`, a `mailto:` link, or their full cloud ID) and, optionally,
 * their Nextcloud server. Never throws.
 *
 * - A pasted federation ID whose server is a Nuage node (or, on beta, an academy's cloud) is accepted
 *   as it is (`jdupont@nuage06.apps.education.fr`): never « not staff » (parseFederationId).
 * - Only staff addresses (academic domains, education.gouv.fr) are accepted, even when a host is
 *   given: only staff have an account on the platform, so any other address cannot be shared with.
 * - National platform: nothing is built from an address (`unknown-id`), only a pasted ID is accepted.
 * - Beta host: `options.host` when given; else the server of a pasted cloud ID; else the academy's
 *   Nextcloud instance.
 * - Every `ok` ID is checked with resolveCloudId: it reads back as user = the address, remote =
 *   `https://` + host.
 */
export function buildShareId(address: string, options: ShareIdOptions = {}): ShareIdResult {
  const data = options.data ?? bundledHostData;
  const platform = options.platform ?? 'beta';
  const federation = parseFederationId(address, { platform, data });
  if (federation.ok && !isStaffAddress(federation.user, data)) {
    return { ok: true, id: federation.id, host: federation.host, user: federation.user, source: 'pasted' };
  }
  const found = parseAddresses(address);
  const first = found[0];
  if (first === undefined) {
    return fail('no-address');
  }
  if (found.length > 1) {
    return fail('several-addresses', { addresses: found.slice(0, LISTED_ADDRESSES), count: found.length });
  }
  const academy = academyForAddress(first, data);
  if (!academy) {
    return fail('not-staff', { address: first });
  }
  const badChar = firstForbiddenUserChar(first);
  if (badChar !== undefined) {
    return fail('invalid-chars', { address: first, char: badChar });
  }

  const pasted = hostOfPastedCloudId(address, first);
  if (pasted === null) return invalidHost(address);
  let host: string | undefined;
  const given = typeof options.host === 'string' && options.host.trim() !== '' ? options.host : undefined;
  if (platform === 'national') {
    if (pasted === undefined || !isNuageNode(pasted, data))
      return fail('unknown-id', { address: first, platform: 'national' });
    host = pasted;
  } else if (given !== undefined) {
    host = normalizeNextcloudHost(given);
    if (host === undefined) return invalidHost(given);
  } else {
    host = pasted ?? instanceHost(academy, 'nextcloud', data);
    if (host === undefined) {
      return fail('no-host', { address: first, domain: domainOf(first), platform: 'beta' });
    }
  }

  if (utf8ByteLength(`${first}@${host}`) > CLOUD_ID_MAX_BYTES) {
    return fail('too-long', { address: first, maxBytes: CLOUD_ID_MAX_BYTES });
  }
  const id = buildCloudId(first, host);
  const check = resolveCloudId(id);
  // Cannot fail after the checks above; kept so that no unverified ID is ever handed out.
  if (!check || check.user !== first || check.remote !== `https://${host}`) {
    return fail('invalid-host', { server: host });
  }
  return {
    ok: true,
    id,
    host,
    user: first,
    address: first,
    academy,
    source: pasted !== undefined && given === undefined ? 'pasted' : 'built',
  };
}

function invalidHost(given: string): ShareIdResult {
  return fail('invalid-host', { server: given.trim().slice(0, 100) });
}

/** `jean.dupont@ac-lyon.fr` → `@ac-lyon.fr`. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@'));
}

/**
 * When the user pasted a colleague's whole cloud ID (`jean.dupont@ac-lyon.fr@nuage03.apps.education.fr`)
 * as the address, its server is the one to use (the user part must be exactly the address found).
 * undefined: not a pasted cloud ID; null: a cloud ID whose server is not a usable host name.
 */
function hostOfPastedCloudId(input: string, address: string): string | null | undefined {
  if (typeof input !== 'string') return undefined;
  const cloudId = resolveCloudId(input.trim());
  if (!cloudId || cloudId.user.toLowerCase() !== address) return undefined;
  return normalizeNextcloudHost(cloudId.remote) ?? null;
}
