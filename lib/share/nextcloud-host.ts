import { resolveCloudId, stripShareLinkFragments } from './cloud-id';
import { isValidHostname, normalizeHostname } from '../platform/hosts';

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
