import { describe, expect, it } from 'vitest';
import { isNuageNode, nuageNodeName, parseFederationId } from '@/lib';

// Issue 12: a real federation ID (`<account>@nuageNN.apps.education.fr`) is accepted with Nextcloud's rules
// (CloudIdManager, domain-facts §3) and the platform's (a Nuage node; on beta, an academy's cloud).

describe('parseFederationId: accepted', () => {
  it.each([
    ['jdupont@nuage06.apps.education.fr', 'jdupont', 'nuage06.apps.education.fr', 'nuage06'],
    ['  clement.titet@nuage03.apps.education.fr  ', 'clement.titet', 'nuage03.apps.education.fr', 'nuage03'],
    [
      'glmreferentnumerique@nuage15.apps.education.fr',
      'glmreferentnumerique',
      'nuage15.apps.education.fr',
      'nuage15',
    ],
    // Nextcloud keeps the user's case; the host is lower-cased.
    ['JDupont@NUAGE02.apps.education.fr', 'JDupont', 'nuage02.apps.education.fr', 'nuage02'],
    // An unknown node is still a node.
    ['x@nuage99.apps.education.fr', 'x', 'nuage99.apps.education.fr', 'nuage99'],
    // The user part may itself hold an @ (Nextcloud splits at the last one).
    [
      'jean.dupont@ac-lyon.fr@nuage05.apps.education.fr',
      'jean.dupont@ac-lyon.fr',
      'nuage05.apps.education.fr',
      'nuage05',
    ],
    // https:// and a share link's tail are dropped, as Nextcloud does.
    ['jdupont@https://nuage06.apps.education.fr', 'jdupont', 'nuage06.apps.education.fr', 'nuage06'],
    ['jdupont@nuage06.apps.education.fr/index.php/s/AbC', 'jdupont', 'nuage06.apps.education.fr', 'nuage06'],
    ["o'brien-j_2=@nuage06.apps.education.fr", "o'brien-j_2=", 'nuage06.apps.education.fr', 'nuage06'],
  ])('%s → %s on %s', (input, user, host, node) => {
    expect(parseFederationId(input)).toEqual({ ok: true, id: `${user}@${host}`, user, host, node });
  });

  it('accepts an academy cloud on beta only (the FAQ example)', () => {
    const faq = 'prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr';
    expect(parseFederationId(faq, { platform: 'beta' })).toMatchObject({
      ok: true,
      id: faq,
      host: 'cloud-grenoble.beta.education.fr',
    });
    expect(parseFederationId(faq, { platform: 'national' })).toMatchObject({ ok: false, code: 'not-nuage' });
  });
});

describe('parseFederationId: refused, with a reason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['nuage06.apps.education.fr', 'not-an-id'],
    ['test:foo@nuage06.apps.education.fr', 'not-an-id'],
    ['test/foo@nuage06.apps.education.fr', 'not-an-id'],
    // Not a Nuage server.
    ['jdupont@example.com', 'not-nuage'],
    ['jdupont@ac-lyon.fr', 'not-nuage'],
    ['jdupont@nuage.apps.education.fr', 'not-nuage'],
    ['jdupont@nuage06.apps.education.fr.evil.example', 'not-nuage'],
    ['jdupont@nuage06-apps.education.fr', 'not-nuage'],
    ['jdupont@nuage06.apps.education.fr:8443', 'not-nuage'],
    ['jdupont@nuage06.apps.education.fr/cloud', 'not-nuage'],
    ['jdupont@192.168.0.6', 'not-nuage'],
    // http://
    ['jdupont@http://nuage06.apps.education.fr', 'http'],
    // An @ or credentials in the server.
    ['jdupont@https://evil:x@nuage06.apps.education.fr', 'server-userinfo'],
    ['jdupont@nuage06.apps.education.fr:x@evil.example', 'server-userinfo'],
    // A user part Nextcloud refuses.
    ['jdupônt@nuage06.apps.education.fr', 'invalid-user'],
    ['j+dupont@nuage06.apps.education.fr', 'invalid-user'],
    [' @nuage06.apps.education.fr', 'not-an-id'],
    ['..@nuage06.apps.education.fr', 'invalid-user'],
    // Over 255 bytes.
    [`${'a'.repeat(240)}@nuage06.apps.education.fr`, 'too-long'],
    [`${'a'.repeat(5000)}@nuage06.apps.education.fr`, 'too-long'],
  ])('%j → %s', (input, code) => {
    expect(parseFederationId(input)).toMatchObject({ ok: false, code });
  });

  it('says which user problem and which server', () => {
    expect(parseFederationId('jdupônt@nuage06.apps.education.fr')).toEqual({
      ok: false,
      code: 'invalid-user',
      problem: 'invalid-chars',
    });
    expect(parseFederationId('jdupont@example.com')).toEqual({
      ok: false,
      code: 'not-nuage',
      server: 'https://example.com',
    });
  });

  it('never throws on odd input', () => {
    for (const input of [undefined, null, 42, {}, '@', '@@', '\\\\', 'a@'])
      expect(() => parseFederationId(input)).not.toThrow();
  });
});

describe('Nuage nodes', () => {
  it.each([
    ['nuage06.apps.education.fr', 'nuage06'],
    ['nuage99.apps.education.fr', 'nuage99'],
    ['nuage.apps.education.fr', undefined],
    ['nuage06.apps.education.fr.evil.example', undefined],
    ['portail.apps.education.fr', undefined],
  ])('%s → %s', (host, node) => {
    expect(nuageNodeName(host)).toBe(node);
    expect(isNuageNode(host)).toBe(node !== undefined);
  });
});
