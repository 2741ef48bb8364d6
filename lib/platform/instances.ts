import { academyById } from './academies';
import { academyServiceHost, bundledHostData, matchesHostPattern } from './hosts';
import { SERVICE_IDS } from './schemas';
import type { Academy, HostData, NationalInstance, Platform, ServiceId } from './schemas';
import { platformPageHost } from './hostname';

/** A genuine instance of the platform, as recognised from a URL. */
export interface InstanceMatch {
  /** Lower-case host name, without trailing dot or port. */
  host: string;
  service: ServiceId;
  platform: Platform;
  /** The academy the instance belongs to (beta platform), when it belongs to exactly one. */
  academy?: Academy;
  /**
   * Every academy served by this beta instance: one for most, several for the shared overseas
   * instances (`*-outremer.beta.education.fr`). Absent on the national platform.
   */
  academies?: readonly Academy[];
}

/**
 * The per-academy (beta platform) host of a service: the academy's override when there is one
 * (`null` meaning "no such instance"), else the service's host template with the academy's slug.
 * Undefined when the academy is unknown or the data has no host for that service.
 */
export function instanceHost(
  academy: Academy | string,
  service: ServiceId,
  data: HostData = bundledHostData,
): string | undefined {
  const resolved = typeof academy === 'string' ? academyById(academy, data) : academy;
  if (!resolved || typeof resolved !== 'object') return undefined;
  return academyServiceHost(resolved, service, data);
}

/** `https://<host>/` of instanceHost, or undefined. */
export function instanceUrl(
  academy: Academy | string,
  service: ServiceId,
  data: HostData = bundledHostData,
): string | undefined {
  const host = instanceHost(academy, service, data);
  return host === undefined ? undefined : `https://${host}/`;
}

/** The national platform's listed instances, optionally of one service. */
export function nationalInstances(
  service?: ServiceId,
  data: HostData = bundledHostData,
): readonly NationalInstance[] {
  const all = data.national.instances;
  return service === undefined ? all : all.filter((instance) => instance.service === service);
}

interface IndexEntry {
  service: ServiceId;
  platform: Platform;
  academies: Academy[];
}

/** Host → instance, built once per data object (the data is treated as immutable). */
const hostIndexes = new WeakMap<HostData, ReadonlyMap<string, IndexEntry>>();

function hostIndex(data: HostData): ReadonlyMap<string, IndexEntry> {
  const cached = hostIndexes.get(data);
  if (cached) return cached;
  const index = new Map<string, IndexEntry>();
  for (const academy of data.academies) {
    for (const service of SERVICE_IDS) {
      const host = instanceHost(academy, service, data);
      if (host === undefined) continue;
      const entry = index.get(host);
      if (!entry) index.set(host, { service, platform: 'beta', academies: [academy] });
      // A host shared by several academies (outremer). A host claimed by two services is a data
      // error (tests/unit/platform/data.test.ts checks there is none): the first one wins.
      else if (entry.service === service) entry.academies.push(academy);
    }
  }
  for (const { service, host } of data.national.instances) {
    if (!index.has(host)) index.set(host, { service, platform: 'national', academies: [] });
  }
  hostIndexes.set(data, index);
  return index;
}

/**
 * Every concrete instance host of the data, sorted (for content-script `matches`). The national
 * Nuage servers are only those listed: the others (nuageNN) are recognised by instanceForUrl through
 * the data's `nextcloudHostPattern`, which cannot be listed host by host.
 */
export function allInstanceHosts(data: HostData = bundledHostData): string[] {
  return [...hostIndex(data).keys()].sort();
}

/**
 * The instance a URL belongs to, for genuine instance hosts only. The URL is parsed with the WHATWG
 * URL parser and its host compared exactly (after lower-casing and removing one trailing dot) with the
 * data; nothing is matched on the raw string, so look-alikes (`…education.fr.evil.example`,
 * `evil.example/?u=…`, `…education.fr@evil.example`, IDN homographs, which the parser turns into
 * `xn--…`) give undefined.
 *
 * Refused, by design: any scheme but `https:` (every instance is HTTPS-only, so an `http:` page is not
 * a genuine session), a port other than the default one, and credentials in the URL (never produced
 * by the platform, a classic disguise). Never throws.
 */
export function instanceForUrl(url: string, data: HostData = bundledHostData): InstanceMatch | undefined {
  const page = platformPageHost(url);
  if (!page) return undefined;
  const { host } = page;
  const entry = hostIndex(data).get(host);
  if (entry) {
    if (entry.platform === 'national') return { host, service: entry.service, platform: 'national' };
    const academies = [...entry.academies];
    const only = academies.length === 1 ? academies[0] : undefined;
    return only
      ? { host, service: entry.service, platform: 'beta', academy: only, academies }
      : { host, service: entry.service, platform: 'beta', academies };
  }
  const pattern = data.national.nextcloudHostPattern;
  if (pattern && matchesHostPattern(host, pattern))
    return { host, service: 'nextcloud', platform: 'national' };
  return undefined;
}
