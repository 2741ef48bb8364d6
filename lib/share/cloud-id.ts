/**
 * Nextcloud federated cloud IDs (`user@remote`), parsed and built exactly like Nextcloud's
 * CloudIdManager does (lib/private/Federation/CloudIdManager.php in nextcloud/server:
 * https://github.com/nextcloud/server/blob/master/lib/private/Federation/CloudIdManager.php).
 * The point is to never hand out an ID that the colleague's server would read differently.
 */

export interface CloudId {
  /** The user part, e.g. `prenom.nom@ac-lyon.fr`. */
  user: string;
  /** The server, always with a protocol (`https://` added when none was given). */
  remote: string;
  /** The ID as Nextcloud keeps it (after stripping share-link fragments). */
  id: string;
}

/** Why a user part is refused (CloudIdManager::validateUser). */
export type CloudUserProblem = 'invalid-chars' | 'empty' | 'whitespace' | 'dots' | 'too-long';

/** Upstream limit on `user@remote`, in bytes (PHP strlen). */
export const CLOUD_ID_MAX_BYTES = 255;

/**
 * Characters Nextcloud allows in the user part of a cloud ID: "a-z A-Z 0-9 space _ . @ - '" (user IDs)
 * plus "=" (added for oCIS). Accented letters and `+` are refused.
 */
const USER_FORBIDDEN_CHAR = /[^a-zA-Z0-9 _.@\-'=]/;

/** PHP's trim() default character set: space, \t, \n, \r, \0, \x0B. */
function phpTrim(text: string): string {
  const isSpace = (c: string | undefined) =>
    c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\0' || c === '\x0B';
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/** PHP's empty() on a string: '' and '0' are both "empty" (so `0@example.com` is refused upstream). */
function phpEmpty(text: string): boolean {
  return text === '' || text === '0';
}

/** Byte length of the UTF-8 encoding (PHP's strlen on a UTF-8 string). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** First character of `user` that Nextcloud refuses, if any (whole code point, e.g. "é" or "+"). */
export function firstForbiddenUserChar(user: string): string | undefined {
  const match = USER_FORBIDDEN_CHAR.exec(user);
  if (!match) return undefined;
  const code = user.codePointAt(match.index) ?? 0;
  return String.fromCodePoint(code);
}

/**
 * CloudIdManager::validateUser: the reason why `user` (with `remote`, as found in the ID, before any
 * protocol is added) would be refused, or undefined when it is accepted.
 */
export function cloudUserProblem(user: string, remote: string): CloudUserProblem | undefined {
  if (USER_FORBIDDEN_CHAR.test(user)) return 'invalid-chars';
  const trimmed = phpTrim(user);
  if (trimmed === '') return 'empty';
  if (trimmed !== user) return 'whitespace';
  if (user === '.' || user === '..') return 'dots';
  if (utf8ByteLength(`${user}@${remote}`) > CLOUD_ID_MAX_BYTES) return 'too-long';
  return undefined;
}

/** Trailing `/` removed (PHP rtrim($s, '/')); a loop, as a regex would backtrack on long runs of `/`. */
function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}

/**
 * CloudIdManager::stripShareLinkFragments: `\` → `/`; cut at `/index.php` unless it is at position 0
 * (PHP's `if ($pos = strpos(...))` treats 0 as false); trailing `/` trimmed. So
 * `https://example.com/index.php/s/shareToken` → `https://example.com`.
 */
export function stripShareLinkFragments(remote: string): string {
  let text = remote.split('\\').join('/');
  const position = text.indexOf('/index.php');
  if (position > 0) text = text.slice(0, position);
  return trimTrailingSlashes(text);
}

/** CloudIdManager::ensureDefaultProtocol: `https://` unless the remote contains `://` anywhere. */
function ensureDefaultProtocol(remote: string): string {
  return remote.includes('://') ? remote : `https://${remote}`;
}

/** CloudIdManager::removeProtocolFromUrl. */
function removeProtocolFromUrl(url: string, httpsOnly: boolean): string {
  if (url.startsWith('https://')) return url.slice('https://'.length);
  if (!httpsOnly && url.startsWith('http://')) return url.slice('http://'.length);
  return url;
}

/**
 * CloudIdManager::resolveCloudId: splits `user@remote` at the last `@` before the first `/` or `:`
 * (so the user part may itself be an e-mail address), validates the user part and adds `https://` to
 * a remote without protocol. Ports and sub-paths are kept; nothing is lower-cased.
 * Returns undefined where Nextcloud throws (invalid ID). Never throws, whatever the input.
 *
 * Beware: a bare address `prenom.nom@ac-lyon.fr` is a *valid* cloud ID (user `prenom.nom` on the
 * server `ac-lyon.fr`), and a wrong one: see buildShareId.
 */
export function resolveCloudId(cloudId: string): CloudId | undefined {
  if (typeof cloudId !== 'string' || !cloudId.includes('@')) return undefined;
  const id = stripShareLinkFragments(cloudId);
  const slash = id.indexOf('/');
  const colon = id.indexOf(':');
  let invalidPos = id.length;
  if (slash !== -1) invalidPos = slash;
  if (colon !== -1 && colon < invalidPos) invalidPos = colon;
  // strrpos($id, '@', $invalidPos - strlen($id)): the last `@` at or before invalidPos; the character
  // at invalidPos itself is `/` or `:` (or the end), so effectively before it.
  const at = invalidPos === 0 ? -1 : id.lastIndexOf('@', invalidPos - 1);
  if (at === -1) return undefined;
  const user = id.slice(0, at);
  const remote = id.slice(at + 1);
  if (cloudUserProblem(user, remote) !== undefined) return undefined;
  if (phpEmpty(user) || phpEmpty(remote)) return undefined;
  return { user, remote: ensureDefaultProtocol(remote), id };
}

/**
 * CloudIdManager::getCloudId for a remote user: the ID shown to users. The remote is stripped of
 * share-link fragments, and only `https://` is dropped from it: an explicit `http://` stays in the ID.
 * No validation here (as upstream): use resolveCloudId on the result to check it.
 */
export function buildCloudId(user: string, remote: string): string {
  const withProtocol = ensureDefaultProtocol(stripShareLinkFragments(remote));
  return `${user}@${removeProtocolFromUrl(withProtocol, true)}`;
}
