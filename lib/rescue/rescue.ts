import { bundledLinksData } from '../links/data';
import type { LinksData, RescueService } from '../links/schema';
import { bundledHostData, matchesHostPattern } from '../platform/hosts';
import { instanceForUrl } from '../platform/instances';
import type { Academy, HostData, ServiceId } from '../platform/schemas';

/**
 * The rescue of dead 2020 links (issue 18): for a URL of the 2020 per-academy platform
 * (`*.beta.education.fr`, closed in 2021), which service it was and where that service lives today.
 * Pure: the caller passes the user's Nuage node (when the settings know it) and, optionally, data.
 * Only genuine 2020 instance hosts are recognised (lib/platform/instances.ts: exact host, https only,
 * no port, no credentials): look-alikes give `{ ok: false }`.
 */

export type RescueToday =
  | {
      kind: 'moved';
      /** Where the service lives today. */
      url: string;
      /** Nuage: the user's own node (from the settings) rather than the national entry point. */
      personal?: boolean;
      /** Videos: a search of the tubes portal for what the old link named; the URL form is inferred. */
      search?: { url: string; terms: string; inferred: boolean };
    }
  /** Pads and forum: no national equivalent today. */
  | { kind: 'gone' };

export type RescueResult =
  | {
      ok: true;
      /** The old link, as parsed (shown to the user, never sent anywhere). */
      url: string;
      host: string;
      service: RescueService;
      /** The academy of the old instance, when it belonged to exactly one. */
      academy?: Academy;
      academies: readonly Academy[];
      closedYear: number;
      today: RescueToday;
    }
  | { ok: false; code: 'not-a-url' | 'not-2020-platform' | 'unknown-service' };

export interface RescueOptions {
  /** The user's Nuage node (e.g. nuage05.apps.education.fr), when the settings have learned it. */
  nuageHost?: string;
  hostData?: HostData;
  linksData?: LinksData;
}

const RESCUE_SERVICES: readonly string[] = [
  'portal',
  'nextcloud',
  'peertube',
  'codimd',
  'blog',
  'pads',
  'forum',
];
const isRescueService = (service: ServiceId): service is RescueService => RESCUE_SERVICES.includes(service);

/** What a PeerTube path names: a video or playlist id, or a channel or account name. */
const PEERTUBE_PATHS: readonly RegExp[] = [
  /^\/videos\/(?:watch|embed)\/(?:playlist\/)?([^/]+)\/?$/,
  /^\/w\/(?:p\/)?([^/]+)\/?$/,
  /^\/video-channels\/([^/]+)(?:\/.*)?$/,
  /^\/c\/([^/]+)(?:\/.*)?$/,
  /^\/accounts\/([^/]+)(?:\/.*)?$/,
  /^\/a\/([^/]+)(?:\/.*)?$/,
];
/** Ids and PeerTube actor names: no spaces, nothing to escape but what encodeURIComponent does. */
const SEARCH_TERMS = /^[A-Za-z0-9_.@-]{1,100}$/;

/** The video id or channel/account name an old PeerTube link names, if any. */
export function peertubeSearchTerms(pathname: string): string | undefined {
  for (const pattern of PEERTUBE_PATHS) {
    const match = pattern.exec(pathname);
    if (!match?.[1]) continue;
    let terms: string;
    try {
      terms = decodeURIComponent(match[1]);
    } catch {
      return undefined;
    }
    return SEARCH_TERMS.test(terms) ? terms : undefined;
  }
  return undefined;
}

export function rescueFor(url: string, options: RescueOptions = {}): RescueResult {
  const hostData = options.hostData ?? bundledHostData;
  const linksData = options.linksData ?? bundledLinksData;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'not-a-url' };
  }
  const instance = instanceForUrl(parsed.href, hostData);
  if (!instance || instance.platform !== 'beta') return { ok: false, code: 'not-2020-platform' };
  if (!isRescueService(instance.service)) return { ok: false, code: 'unknown-service' };
  const service = instance.service;
  const target = linksData.rescue.today[service];
  let today: RescueToday;
  if (target === null) today = { kind: 'gone' };
  else if (service === 'nextcloud' && isNuageNode(options.nuageHost, hostData))
    today = { kind: 'moved', url: `https://${options.nuageHost}/`, personal: true };
  else {
    today = { kind: 'moved', url: target.url };
    const terms = service === 'peertube' ? peertubeSearchTerms(parsed.pathname) : undefined;
    if (terms !== undefined && target.search) {
      today.search = {
        url: target.search.template.split('{terms}').join(encodeURIComponent(terms)),
        terms,
        inferred: target.search.inferred === true,
      };
    }
  }
  return {
    ok: true,
    url: parsed.href,
    host: instance.host,
    service,
    ...(instance.academy ? { academy: instance.academy } : {}),
    academies: instance.academies ?? [],
    closedYear: linksData.rescue.closedYear,
    today,
  };
}

/** A national Nuage node (nuageNN.apps.education.fr), the only kind of host used as "your Nuage". */
function isNuageNode(host: string | undefined, data: HostData): host is string {
  if (typeof host !== 'string') return false;
  const pattern = data.national.nextcloudHostPattern;
  const listed = data.national.instances.some((i) => i.service === 'nextcloud' && i.host === host);
  return listed || (pattern !== undefined && matchesHostPattern(host, pattern));
}
