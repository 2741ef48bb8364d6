import academiesJson from '../assets/data/academies.json';
import instancesJson from '../assets/data/instances.json';
import { resolveCloudId, stripShareLinkFragments } from './cloud-id';
import type { Academy, HostData, HostPattern } from './schemas';

/**
 * Host-name helpers. Host names are compared exactly, never with substrings or regular expressions
 * on raw URLs: `apps-versailles.beta.education.fr.evil.example` must never pass for an instance.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ALPHA_TLD = /^[a-z]{2,63}$/;
const IDN_TLD = /^xn--[a-z0-9-]{1,59}$/;

/**
 * A lower-case ASCII DNS name with at least two labels and an alphabetic (or xn--) top-level label,
 * i.e. what the WHATWG URL parser gives for a real server name. IP addresses are refused.
 */
export function isValidHostname(host: unknown): host is string {
  if (typeof host !== 'string' || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((label) => LABEL.test(label)) && (ALPHA_TLD.test(tld) || IDN_TLD.test(tld));
}

/** Lower-cases and strips one trailing dot (`example.com.` is the same host as `example.com`). */
export function normalizeHostname(host: string): string {
  const lower = host.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** "cloud-{slug}.beta.education.fr" + "lyon" → "cloud-lyon.beta.education.fr". */
export function expandHostTemplate(template: string, slug: string): string {
  return template.split('{slug}').join(slug);
}

/** Whether `host` is exactly `<prefix><N digits><suffix>` (e.g. nuage03.apps.education.fr). */
export function matchesHostPattern(host: string, pattern: HostPattern): boolean {
  const { prefix, digits, suffix } = pattern;
  if (host.length !== prefix.length + digits + suffix.length) return false;
  if (!host.startsWith(prefix) || !host.endsWith(suffix)) return false;
  const number = host.slice(prefix.length, prefix.length + digits);
  return /^[0-9]+$/.test(number);
}

/**
 * The Nextcloud server named by what a user pasted: a bare host (`nuage03.apps.education.fr`), a URL
 * (`https://nuage03.apps.education.fr/apps/files/`), a share link (`…/index.php/s/AbC`) or a
 * colleague's cloud ID (`x@ac-lyon.fr@nuage03.apps.education.fr`). Returns `host[:port]` in lower
 * case, or undefined when it is not a usable server name.
 *
 * Like Nextcloud (CloudIdManager::stripShareLinkFragments), `\` becomes `/`, `/index.php…` is cut and
 * trailing slashes are trimmed. Unlike Nextcloud, any remaining path, query or fragment is dropped:
 * the apps.education.fr servers are installed at the root, and a user is far more likely to paste the
 * URL of a page (`/apps/files/?dir=/`) than to mean a Nextcloud installed in a sub-directory.
 * `http://` is accepted and upgraded (every instance is HTTPS-only); other schemes, credentials,
 * IP addresses and white space inside the host are refused.
 */
export function normalizeNextcloudHost(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  let text = input.trim();
  if (text === '' || text.length > 2048) return undefined;
  // A pasted cloud ID: its remote is the server (Nextcloud's own parsing decides where the user ends).
  // Only when the `@` comes before any `/` or `:`, i.e. not inside a URL's path or credentials.
  const firstAt = text.indexOf('@');
  if (firstAt !== -1) {
    const slash = text.indexOf('/');
    const colon = text.indexOf(':');
    if ((slash !== -1 && slash < firstAt) || (colon !== -1 && colon < firstAt)) return undefined;
    const cloudId = resolveCloudId(text);
    if (!cloudId) return undefined;
    text = cloudId.remote;
  }
  text = stripShareLinkFragments(text);
  let rest: string;
  const lower = text.toLowerCase();
  if (lower.startsWith('https://')) rest = text.slice('https://'.length);
  else if (lower.startsWith('http://')) rest = text.slice('http://'.length);
  else if (text.includes('://')) return undefined;
  else rest = text;
  // The URL parser silently removes tabs and new lines inside a host: refuse them first.
  if (rest === '' || /\s/.test(rest)) return undefined;
  let url: URL;
  try {
    url = new URL(`https://${rest}`);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  const hostname = normalizeHostname(url.hostname);
  if (!isValidHostname(hostname)) return undefined;
  return url.port === '' ? hostname : `${hostname}:${url.port}`;
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
 * Not parsed at run time (zod stays out of the content script): tests/unit/data.test.ts validates
 * both files against `academiesFileSchema` and `instancesFileSchema`, which is what makes this cast safe.
 */
export const bundledHostData: HostData = deepFreeze({
  academies: academiesJson.academies as Academy[],
  beta: instancesJson.beta as HostData['beta'],
  overrides: instancesJson.overrides as HostData['overrides'],
  national: instancesJson.national as HostData['national'],
});
