import { DNS_NAME, isDnsName } from './dns-name';

/**
 * Host-name syntax, apart from the host data: the schemas (schemas.ts) and the host data (hosts.ts)
 * both use it. Host names are compared exactly, never with substrings or regular expressions on raw URLs.
 */

/**
 * A lower-case ASCII DNS name with at least two labels and an alphabetic (or xn--) top-level label,
 * i.e. what the WHATWG URL parser gives for a real server name. IP addresses are refused.
 */
export function isValidHostname(host: unknown): host is string {
  return typeof host === 'string' && isDnsName(host, DNS_NAME.ascii);
}

/** Lower-cases and strips one trailing dot (`example.com.` is the same host as `example.com`). */
export function normalizeHostname(host: string): string {
  const lower = host.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * The host of a page on the platform, or undefined: `https:` only (every instance is HTTPS-only, so an
 * `http:` page is not a genuine session), the default port, no credentials in the URL (never produced
 * by the platform, a classic disguise), lower-cased. Never throws.
 */
export function platformPageHost(url: unknown): { host: string; path: string } | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const host = normalizeHostname(parsed.hostname);
  return host === '' ? undefined : { host, path: parsed.pathname };
}
