import { isValidHostname } from './hostname';

/**
 * URL and host rules without zod, for the paths that must stay small (the popup's first paint, the content
 * script). The zod schemas (schema-parts.ts) call the same functions, so both agree by construction.
 */

/**
 * Every URL that comes from data (catalogue links, support pages, FAQ and catalogue sources, policy):
 * https only, no credentials, at most 2,048 characters, and a real host name (`isValidHostname`). The
 * WHATWG parser accepts `https://*.education.fr/`, `https://localhost/`, `https://exa_mple.fr/` or IP
 * addresses; none of them names one server, and a wildcard made the popup match unrelated tabs.
 */
export function isHttpsSourceUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' && url.username === '' && url.password === '' && isValidHostname(url.hostname)
    );
  } catch {
    return false;
  }
}

/** A stored host (dismissed sites, remembered Nextcloud hosts): lower-case, an optional port. */
export const STORED_HOST_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?$/;
