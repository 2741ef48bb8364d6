/**
 * URL and host rules without zod, for the paths that must stay small (the popup's first paint, the content
 * script). The zod schemas (schema-parts.ts) call the same functions, so both agree by construction.
 */

/** A remote source (catalogue, FAQ, support page): https only, no credentials, at most 2,048 characters. */
export function isHttpsSourceUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** A stored host (dismissed sites, remembered Nextcloud hosts): lower-case, an optional port. */
export const STORED_HOST_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?$/;
