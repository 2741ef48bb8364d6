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
