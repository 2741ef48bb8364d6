import academiesJson from '../../assets/data/academies.json';
import instancesJson from '../../assets/data/instances.json';
import type { Academy, HostData, HostPattern, ServiceId } from './schemas';

/**
 * Host-name helpers. Host names are compared exactly, never with substrings or regular expressions
 * on raw URLs: `apps-versailles.beta.education.fr.evil.example` must never pass for an instance.
 */

export { isValidHostname, normalizeHostname } from './hostname';

/** "cloud-{slug}.beta.education.fr" + "lyon" → "cloud-lyon.beta.education.fr". */
export function expandHostTemplate(template: string, slug: string): string {
  return template.split('{slug}').join(slug);
}

/**
 * The per-academy (beta platform) host of a service, the one rule for it: the academy's override when
 * there is one (`null` meaning "no such instance"), else the service's host template with the academy's
 * slug. Used by instanceHost (instances.ts) and serviceHost (the catalogue).
 */
export function academyServiceHost(academy: Academy, service: ServiceId, data: HostData): string | undefined {
  const override = data.overrides?.[academy.id]?.[service];
  if (override === null) return undefined;
  if (typeof override === 'string') return override;
  const template = data.beta.hostTemplates[service];
  return template ? expandHostTemplate(template.template, academy.slug) : undefined;
}

/**
 * Whether `host` is exactly `<prefix><digits><suffix>` (e.g. nuage06.apps.education.fr): `digits`
 * digits when the pattern says how many, else one or more (within a DNS label's 63 characters).
 */
export function matchesHostPattern(host: string, pattern: HostPattern): boolean {
  const { prefix, digits, suffix } = pattern;
  if (typeof host !== 'string' || !host.startsWith(prefix) || !host.endsWith(suffix)) return false;
  const number = host.slice(prefix.length, host.length - suffix.length);
  if (digits !== undefined ? number.length !== digits : prefix.length + number.length > 63) return false;
  return /^[0-9]+$/.test(number);
}

/** Freezes an object graph, so that the shared bundled data cannot be changed by a caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The data shipped with the extension (assets/data/*.json), the default `data` of every function.
 * Not parsed at run time (zod stays out of the content script): tests/unit/platform/data.test.ts validates
 * both files against `academiesFileSchema` and `instancesFileSchema`, which is what makes this cast safe.
 */
export const bundledHostData: HostData = deepFreeze({
  academies: academiesJson.academies as Academy[],
  beta: instancesJson.beta as HostData['beta'],
  overrides: instancesJson.overrides as HostData['overrides'],
  national: instancesJson.national as HostData['national'],
});
