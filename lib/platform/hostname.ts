/**
 * Host-name syntax, with no imports: the schemas (schemas.ts) and the host data (hosts.ts) both use it.
 * Host names are compared exactly, never with substrings or regular expressions on raw URLs.
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
