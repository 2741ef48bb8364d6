import { academies as bundledAcademies } from '../platform/academies';
import { academyServiceHost, bundledHostData } from '../platform/hosts';
import { isNuageNode, nuageNodeName as nodeName } from '../platform/nuage-node';
import { isValidHostname, normalizeHostname } from '../platform/hostname';
import type { HostData, Platform } from '../platform/schemas';
import {
  CLOUD_ID_MAX_BYTES,
  cloudUserProblem,
  resolveCloudId,
  stripShareLinkFragments,
  utf8ByteLength,
  type CloudUserProblem,
} from './cloud-id';

/**
 * A colleague's (or my own) federation ID as pasted, captured or imported: `<account>@<server>`, checked
 * with Nextcloud's own rules (cloud-id.ts, CloudIdManager) and then with the platform's: the server must
 * be a Nuage node (`nuageNN.apps.education.fr`, the data's `national.nextcloudHostPattern`) or, on the
 * beta platform, an academy's cloud (`cloud-<slug>.beta.education.fr`). On the national platform the
 * account part is an account name, not the e-mail address (docs: domain-facts §6.2), so such an ID is
 * never « not staff ». The core returns codes; locales/federation-id.ts says them.
 */

export const FEDERATION_ID_ERROR_CODES = [
  /** Nothing given. */
  'empty',
  /** No `user@server` shape that Nextcloud reads (no `@`, or a `/` or `:` before it). */
  'not-an-id',
  /** The server is given with `http://` (every Nuage node is HTTPS only). */
  'http',
  /** The server holds an `@` or credentials (`user:pass@host`): it would name another host. */
  'server-userinfo',
  /** The user part is one Nextcloud refuses (`problem` says why). */
  'invalid-user',
  /** `user@server` is longer than Nextcloud's 255 bytes. */
  'too-long',
  /** The server is not a Nuage node (nor, on beta, an academy's cloud). */
  'not-nuage',
] as const;
export type FederationIdErrorCode = (typeof FEDERATION_ID_ERROR_CODES)[number];

export type FederationIdResult =
  | {
      ok: true;
      /** `user@host`, the host in lower case: what to paste in Nuage's share field. */
      id: string;
      /** The user part, as given (Nextcloud keeps its case). */
      user: string;
      /** The server, lower case, without protocol. */
      host: string;
      /** The Nuage node's name (`nuage06`) when the server is one. */
      node?: string;
    }
  | {
      ok: false;
      code: FederationIdErrorCode;
      /** `invalid-user`: Nextcloud's reason. */
      problem?: CloudUserProblem;
      /** `not-nuage`, `http`, `server-userinfo`: the server as found (at most 100 characters). */
      server?: string;
      /** `too-long`: the limit, in bytes. */
      maxBytes?: number;
    };

export interface FederationIdOptions {
  /** 'national' (default): Nuage nodes only; 'beta': an academy's cloud is accepted too. */
  platform?: Platform;
  data?: HostData;
}

/** Longer input is not an ID (255 bytes is the limit; a little slack for spaces and a share link). */
const MAX_INPUT = 2048;

export { isNuageNode };

/** `nuage06.apps.education.fr` → `nuage06`; undefined for any other host. */
export function nuageNodeName(host: string, data: HostData = bundledHostData): string | undefined {
  return isNuageNode(host, data) ? nodeName(host, data) : undefined;
}

/** Whether `host` is an academy's Nextcloud of the beta platform (the data's host templates). */
export function isAcademyCloud(host: string, data: HostData = bundledHostData): boolean {
  const list = data === bundledHostData ? bundledAcademies : data.academies;
  return list.some((academy) => academyServiceHost(academy, 'nextcloud', data) === host);
}

function fail(
  code: FederationIdErrorCode,
  extra: Omit<FederationIdResult & { ok: false }, 'ok' | 'code'> = {},
) {
  return { ok: false as const, code, ...extra };
}

/**
 * Checks a pasted, captured or imported federation ID. Accepts what Nextcloud accepts whose server is a
 * platform server; refuses everything else with a code. Never throws; the caller's text is trimmed.
 */
export function parseFederationId(input: unknown, options: FederationIdOptions = {}): FederationIdResult {
  const data = options.data ?? bundledHostData;
  if (typeof input !== 'string') return fail('empty');
  const text = input.trim();
  if (text === '') return fail('empty');
  if (text.length > MAX_INPUT) return fail('too-long', { maxBytes: CLOUD_ID_MAX_BYTES });
  const cloudId = resolveCloudId(text);
  if (!cloudId) {
    // Say why Nextcloud refuses it when the user part is the reason.
    const at = stripShareLinkFragments(text).lastIndexOf('@');
    if (at > 0) {
      const user = text.slice(0, at);
      const problem = cloudUserProblem(user, text.slice(at + 1));
      if (problem === 'too-long') return fail('too-long', { maxBytes: CLOUD_ID_MAX_BYTES });
      if (problem !== undefined && !/[/:]/.test(user)) return fail('invalid-user', { problem });
    }
    return fail('not-an-id');
  }
  const remote = cloudId.remote;
  const server = remote.slice(0, 100);
  if (/^http:\/\//i.test(remote)) return fail('http', { server });
  const bare = remote.replace(/^https:\/\//i, '');
  if (bare.includes('@')) return fail('server-userinfo', { server });
  if (bare.includes('://')) return fail('not-an-id');
  const host = normalizeHostname(bare);
  if (!isValidHostname(host)) return fail('not-nuage', { server });
  const node = nuageNodeName(host, data);
  const accepted = node !== undefined || (options.platform === 'beta' && isAcademyCloud(host, data));
  if (!accepted) return fail('not-nuage', { server });
  const id = `${cloudId.user}@${host}`;
  if (utf8ByteLength(id) > CLOUD_ID_MAX_BYTES) return fail('too-long', { maxBytes: CLOUD_ID_MAX_BYTES });
  return { ok: true, id, user: cloudId.user, host, ...(node !== undefined ? { node } : {}) };
}
