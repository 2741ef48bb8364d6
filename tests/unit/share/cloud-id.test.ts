import { describe, expect, it } from 'vitest';
import {
  buildCloudId,
  cloudUserProblem,
  firstForbiddenUserChar,
  resolveCloudId,
  stripShareLinkFragments,
  utf8ByteLength,
} from '@/lib';

// Nextcloud's own vectors (tests/lib/Federation/CloudIdManagerTest.php), as listed in domain-facts §3.
describe('resolveCloudId: upstream vectors', () => {
  it.each([
    ['test@example.com', 'test', 'https://example.com', 'test@example.com'],
    ['test@example.com/cloud', 'test', 'https://example.com/cloud', 'test@example.com/cloud'],
    ['test@example.com/cloud/', 'test', 'https://example.com/cloud', 'test@example.com/cloud'],
    ['test@example.com/cloud/index.php', 'test', 'https://example.com/cloud', 'test@example.com/cloud'],
    [
      'test@example.com@example.com',
      'test@example.com',
      'https://example.com',
      'test@example.com@example.com',
    ],
    ['test==@example.com', 'test==', 'https://example.com', 'test==@example.com'],
    ['==@example.com', '==', 'https://example.com', '==@example.com'],
  ])('%s → user %s, remote %s, id %s', (input, user, remote, id) => {
    expect(resolveCloudId(input)).toEqual({ user, remote, id });
  });

  it.each(['example.com', 'test:foo@example.com', 'test/foo@example.com'])('%s is invalid', (input) => {
    expect(resolveCloudId(input)).toBeUndefined();
  });
});

describe('resolveCloudId: the rules of CloudIdManager', () => {
  it.each([
    // The platform's own example (FAQ): the user part is the whole address.
    [
      'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
      'prenom.nom@ac-grenoble.fr',
      'https://cloud-grenoble.beta.education.fr',
    ],
    // A bare address is a valid cloud ID… of the wrong user on the wrong server.
    ['prenom.nom@ac-lyon.fr', 'prenom.nom', 'https://ac-lyon.fr'],
    // Backslashes become slashes, then /index.php… is cut and trailing slashes trimmed.
    ['test@example.com\\cloud\\', 'test', 'https://example.com/cloud'],
    ['test@example.com/index.php/s/shareToken', 'test', 'https://example.com'],
    ['test@example.com///', 'test', 'https://example.com'],
    // An explicit protocol is kept, `http://` included; the separator is the @ before the first `:`.
    ['test@https://example.com/nextcloud', 'test', 'https://example.com/nextcloud'],
    ['test@http://example.com', 'test', 'http://example.com'],
    // Ports and sub-paths are kept; nothing is lower-cased.
    ['test@example.com:8443/cloud', 'test', 'https://example.com:8443/cloud'],
    ['Jean.Dupont@Example.COM', 'Jean.Dupont', 'https://Example.COM'],
    // The last @ before the first `/` or `:` wins, even with @ after them.
    ['a@b@example.com/x@y', 'a@b', 'https://example.com/x@y'],
    // Allowed characters: letters, digits, space, _ . @ - ' =
    ["o'neil_x-y.z@example.com", "o'neil_x-y.z", 'https://example.com'],
    ['jean dupont@example.com', 'jean dupont', 'https://example.com'],
    ['...@example.com', '...', 'https://example.com'],
    // Everything from /index.php on is cut before looking for the @.
    ['test@example.com/index.php@x', 'test', 'https://example.com'],
  ])('%s → user %s, remote %s', (input, user, remote) => {
    const resolved = resolveCloudId(input);
    expect(resolved?.user).toBe(user);
    expect(resolved?.remote).toBe(remote);
  });

  it('keeps /index.php at position 0 (PHP treats strpos() === 0 as false)', () => {
    // Not cut, so the `/` at position 0 comes before any @: invalid.
    expect(resolveCloudId('/index.php@example.com')).toBeUndefined();
    expect(stripShareLinkFragments('/index.php/s/x/')).toBe('/index.php/s/x');
  });

  it.each([
    ['', 'no @'],
    ['@example.com', 'empty user'],
    ['test@', 'empty remote'],
    ['test@/', 'remote emptied by the trailing-slash trim'],
    ['0@example.com', 'user "0" (PHP empty())'],
    ['test@0', 'remote "0" (PHP empty())'],
    ['.@example.com', 'user "."'],
    ['..@example.com', 'user ".."'],
    [' test@example.com', 'leading space'],
    ['test @example.com', 'trailing space'],
    ['   @example.com', 'only spaces'],
    ['prénom.nom@ac-lyon.fr@cloud-lyon.beta.education.fr', 'accented letter'],
    ['jean+test@ac-lyon.fr@cloud-lyon.beta.education.fr', '+'],
    ['tab\tuser@example.com', 'tab'],
    ['a"b@example.com', 'double quote'],
    ['a/b@example.com', 'slash before the @'],
    [':a@example.com', 'colon at position 0'],
    ['a\\b@example.com', 'backslash (becomes a slash) before the @'],
  ])('%j is invalid (%s)', (input) => {
    expect(resolveCloudId(input)).toBeUndefined();
  });

  it('limits user@remote to 255 bytes (remote as written, before https:// is added)', () => {
    const remote = 'example.com'; // 11 bytes; user + "@" + remote
    expect(resolveCloudId(`${'a'.repeat(243)}@${remote}`)?.user).toHaveLength(243);
    expect(resolveCloudId(`${'a'.repeat(244)}@${remote}`)).toBeUndefined();
    // Bytes, not characters: each "é" of the remote counts twice.
    expect(resolveCloudId(`${'a'.repeat(240)}@éé.fr`)?.remote).toBe('https://éé.fr'); // 240+1+7 = 248
    expect(resolveCloudId(`${'a'.repeat(240)}@${'é'.repeat(7)}.fr`)).toBeUndefined(); // 240+1+17 = 258
  });

  it.each([null, undefined, 42, {}, ['a@b.fr']])('returns undefined for the non-string %j', (input) => {
    expect(resolveCloudId(input as unknown as string)).toBeUndefined();
  });
});

describe('buildCloudId (CloudIdManager::getCloudId)', () => {
  it.each([
    ['test', 'example.com', 'test@example.com'],
    ['test', 'http://example.com', 'test@http://example.com'],
    ['test@example.com', 'https://example.com/index.php/s/shareToken', 'test@example.com@example.com'],
    ['test', 'https://example.com/cloud/', 'test@example.com/cloud'],
    ['test', 'example.com\\cloud\\index.php', 'test@example.com/cloud'],
    [
      'prenom.nom@ac-grenoble.fr',
      'cloud-grenoble.beta.education.fr',
      'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    ],
  ])('(%s, %s) → %s', (user, remote, id) => {
    expect(buildCloudId(user, remote)).toBe(id);
  });

  it.each([
    ['test', 'example.com'],
    ['test@example.com', 'https://example.com/index.php/s/shareToken'],
    ['prenom.nom@ac-lyon.fr', 'nuage03.apps.education.fr'],
    ['x', 'example.com:8443/cloud'],
  ])('round-trips (%s, %s) through resolveCloudId', (user, remote) => {
    const resolved = resolveCloudId(buildCloudId(user, remote));
    expect(resolved?.user).toBe(user);
    expect(resolved?.remote).toBe(`https://${stripShareLinkFragments(remote).replace(/^https:\/\//, '')}`);
  });
});

describe('helpers', () => {
  it.each([
    ['prénom.nom@ac-lyon.fr', 'é'],
    ['jean+test@ac-lyon.fr', '+'],
    ['jean.dupont@ac-lyon.fr', undefined],
    ['a😀b', '😀'],
  ])('firstForbiddenUserChar(%s) = %s', (user, char) => {
    expect(firstForbiddenUserChar(user)).toBe(char);
  });

  it.each([
    ['test', 'example.com', undefined],
    ['tést', 'example.com', 'invalid-chars'],
    ['', 'example.com', 'empty'],
    [' x', 'example.com', 'whitespace'],
    ['..', 'example.com', 'dots'],
    ['a'.repeat(250), 'example.com', 'too-long'],
  ] as const)('cloudUserProblem(%j, %s) = %s', (user, remote, problem) => {
    expect(cloudUserProblem(user, remote)).toBe(problem);
  });

  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
  ])('utf8ByteLength(%j) = %i', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    // Same as the platform's encoder (a lone surrogate is encoded as U+FFFD, 3 bytes).
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});
