import { describe, expect, it } from 'vitest';
import {
  academies,
  academyById,
  allInstanceHosts,
  bundledHostData,
  instanceForUrl,
  instanceHost,
  instanceUrl,
  nationalInstances,
} from '@/lib';
import type { HostData, ServiceId } from '@/lib';

const OVERSEAS = [
  'guadeloupe',
  'guyane',
  'martinique',
  'reunion',
  'mayotte',
  'nouvelle-caledonie',
  'polynesie',
  'wallis-et-futuna',
  'saint-pierre-et-miquelon',
];

describe('instanceHost / instanceUrl (beta platform)', () => {
  it.each([
    ['versailles', 'portal', 'apps-versailles.beta.education.fr'],
    ['grenoble', 'nextcloud', 'cloud-grenoble.beta.education.fr'],
    ['lyon', 'peertube', 'tube-lyon.beta.education.fr'],
    ['nancy-metz', 'peertube', 'tube-nancy.beta.education.fr'],
    ['clermont-ferrand', 'nextcloud', 'cloud-clermont-ferrand.beta.education.fr'],
    ['reunion', 'nextcloud', 'cloud-outremer.beta.education.fr'],
    ['polynesie', 'peertube', 'tube-outremer.beta.education.fr'],
    ['administration-centrale', 'peertube', 'tube-education.beta.education.fr'],
    ['lyon', 'pads', 'pad-lyon.beta.education.fr'],
    ['lyon', 'codimd', 'codimd-lyon.beta.education.fr'],
    ['lyon', 'blog', 'blog-lyon.beta.education.fr'],
    ['lyon', 'forum', 'forum-lyon.beta.education.fr'],
    // National-only services have no per-academy instance.
    ['lyon', 'forge', undefined],
    ['lyon', 'auth', undefined],
    ['atlantide', 'portal', undefined],
  ] as const)('%s / %s → %s', (id, service, host) => {
    expect(instanceHost(id, service)).toBe(host);
    const academy = academyById(id);
    if (academy) expect(instanceHost(academy, service)).toBe(host);
    expect(instanceUrl(id, service)).toBe(host === undefined ? undefined : `https://${host}/`);
  });

  it('applies per-academy overrides, null removing an instance', () => {
    const data: HostData = {
      ...bundledHostData,
      overrides: { lyon: { nextcloud: 'nuage.ac-lyon.fr', pads: null } },
    };
    expect(instanceHost('lyon', 'nextcloud', data)).toBe('nuage.ac-lyon.fr');
    expect(instanceHost('lyon', 'pads', data)).toBeUndefined();
    expect(instanceHost('lyon', 'peertube', data)).toBe('tube-lyon.beta.education.fr');
    expect(instanceHost('grenoble', 'pads', data)).toBe('pad-grenoble.beta.education.fr');
    // The bundled data is untouched.
    expect(instanceHost('lyon', 'nextcloud')).toBe('cloud-lyon.beta.education.fr');
  });

  it('uses the templates of the data it is given', () => {
    const data: HostData = {
      ...bundledHostData,
      beta: { hostTemplates: { nextcloud: { template: 'nc.{slug}.example.org' } } },
    };
    expect(instanceHost('nancy-metz', 'nextcloud', data)).toBe('nc.nancy.example.org');
    expect(instanceHost('nancy-metz', 'portal', data)).toBeUndefined();
  });
});

describe('nationalInstances and allInstanceHosts', () => {
  it('lists the national instances, by service', () => {
    expect(nationalInstances('portal').map((i) => i.host)).toEqual(['portail.apps.education.fr']);
    // The entry point only: each user's node is theirs, never a default (« Mon Nuage »).
    expect(nationalInstances('nextcloud').map((i) => i.host)).toEqual(['nuage.apps.education.fr']);
    expect(nationalInstances('peertube').map((i) => i.host)).toEqual(
      expect.arrayContaining([
        'tube-cycle-3.apps.education.fr',
        'tube-maternelle.apps.education.fr',
        'tube-sciences-technologies.apps.education.fr',
      ]),
    );
    expect(nationalInstances().length).toBeGreaterThanOrEqual(10);
  });

  it('lists every concrete host once, sorted, for content-script matches', () => {
    const hosts = allInstanceHosts();
    expect(hosts).toEqual([...new Set(hosts)].sort());
    expect(hosts).toEqual(
      expect.arrayContaining([
        'apps-versailles.beta.education.fr',
        'cloud-outremer.beta.education.fr',
        'tube-nancy.beta.education.fr',
        'tube-education.beta.education.fr',
        'portail.apps.education.fr',
        'auth.apps.education.fr',
        'nuage.apps.education.fr',
        'tubes.apps.education.fr',
      ]),
    );
    // 25 metropolitan slugs + outremer + education, 7 services each, plus the national hosts.
    expect(hosts).toHaveLength(27 * 7 + nationalInstances().length);
    expect(hosts.some((h) => h.includes('{') || h.includes('tube-nancy-metz'))).toBe(false);
  });
});

describe('instanceForUrl: genuine instances', () => {
  it.each([
    ['https://apps-versailles.beta.education.fr/', 'portal', 'versailles'],
    ['https://cloud-grenoble.beta.education.fr/index.php/s/AbC?x=1#y', 'nextcloud', 'grenoble'],
    ['https://tube-nancy.beta.education.fr/videos/watch/1', 'peertube', 'nancy-metz'],
    ['https://tube-education.beta.education.fr', 'peertube', 'administration-centrale'],
    ['https://pad-lyon.beta.education.fr/p/x', 'pads', 'lyon'],
    ['https://forum-normandie.beta.education.fr/', 'forum', 'normandie'],
    // Lower-cased and one trailing dot stripped by the host comparison; default port allowed.
    ['HTTPS://APPS-VERSAILLES.BETA.EDUCATION.FR/', 'portal', 'versailles'],
    ['https://apps-versailles.beta.education.fr./', 'portal', 'versailles'],
    ['https://apps-versailles.beta.education.fr:443/', 'portal', 'versailles'],
  ])('%s → %s of %s', (url, service, academyId) => {
    const match = instanceForUrl(url);
    expect(match).toMatchObject({ service, platform: 'beta' });
    expect(match?.academy?.id).toBe(academyId);
    expect(match?.academies?.map((a) => a.id)).toEqual([academyId]);
    expect(match?.host).toBe(new URL(url).hostname.replace(/\.$/, ''));
  });

  it('gives the shared overseas instance no single academy, but the list of those it serves', () => {
    const match = instanceForUrl('https://cloud-outremer.beta.education.fr/apps/files/');
    expect(match).toMatchObject({
      host: 'cloud-outremer.beta.education.fr',
      service: 'nextcloud',
      platform: 'beta',
    });
    expect(match?.academy).toBeUndefined();
    expect(match?.academies?.map((a) => a.id).sort()).toEqual([...OVERSEAS].sort());
  });

  it.each([
    ['https://portail.apps.education.fr/', 'portal'],
    ['https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth', 'auth'],
    ['https://nuage03.apps.education.fr/index.php/s/AbC', 'nextcloud'],
    ['https://nuage01.apps.education.fr/', 'nextcloud'],
    ['https://nuage12.apps.education.fr/apps/files/', 'nextcloud'],
    // Any number of digits (domain-facts §6.1: ^nuage[0-9]+\.apps\.education\.fr$).
    ['https://nuage3.apps.education.fr/', 'nextcloud'],
    ['https://nuage99.apps.education.fr/', 'nextcloud'],
    ['https://nuage003.apps.education.fr/', 'nextcloud'],
    ['https://nuage.apps.education.fr/', 'nextcloud'],
    ['https://tubes.apps.education.fr/', 'peertube'],
    ['https://docs.forge.apps.education.fr/', 'forge'],
    ['https://codimd.apps.education.fr/', 'codimd'],
    ['https://blog.apps.education.fr/', 'blog'],
    ['https://forge.apps.education.fr/', 'forge'],
    ['https://podeduc.apps.education.fr/', 'podeduc'],
    ['https://tube-cycle-3.apps.education.fr/', 'peertube'],
    ['https://tube-maternelle.apps.education.fr/', 'peertube'],
    ['https://tube-sciences-technologies.apps.education.fr/w/x', 'peertube'],
  ] as [string, ServiceId][])('%s → national %s', (url, service) => {
    const match = instanceForUrl(url);
    expect(match).toEqual({ host: new URL(url).hostname, service, platform: 'national' });
  });

  it('follows the data it is given', () => {
    const data: HostData = { ...bundledHostData, overrides: { lyon: { nextcloud: 'nuage.ac-lyon.fr' } } };
    expect(instanceForUrl('https://nuage.ac-lyon.fr/', data)?.academy?.id).toBe('lyon');
    expect(instanceForUrl('https://cloud-lyon.beta.education.fr/', data)).toBeUndefined();
    expect(instanceForUrl('https://nuage.ac-lyon.fr/')).toBeUndefined();
    const noPattern: HostData = { ...bundledHostData, national: { instances: [] } };
    expect(instanceForUrl('https://nuage07.apps.education.fr/', noPattern)).toBeUndefined();
  });
});

describe('instanceForUrl: look-alikes and non-instances give undefined', () => {
  it.each([
    ['https://apps-versailles.beta.education.fr.evil.example/', 'suffix'],
    ['https://evil.example/?u=apps-versailles.beta.education.fr', 'in the query'],
    ['https://evil.example/apps-versailles.beta.education.fr/', 'in the path'],
    ['https://evil.example/#https://apps-versailles.beta.education.fr/', 'in the fragment'],
    ['https://apps-versailles.beta.education.fr@evil.example/', 'as credentials'],
    ['https://user:pw@apps-versailles.beta.education.fr/', 'genuine host with credentials'],
    ['https://evil-apps-versailles.beta.education.fr/', 'prefix'],
    ['https://x.apps-versailles.beta.education.fr/', 'subdomain'],
    ['https://apps-versailles.beta.education.fr%2Eevil.example/', 'encoded dot'],
    ['https://\u0430pps-versailles.beta.education.fr/', 'Cyrillic а (IDN homograph)'],
    ['https://apps-versaіlles.beta.education.fr/', 'Ukrainian і (IDN homograph)'],
    ['https://nuage03.apps.education.fr.evil.example/', 'national suffix'],
    ['https://nuageab.apps.education.fr/', 'letters'],
    ['https://xnuage03.apps.education.fr/', 'prefixed'],
    ['https://nuage03.evil.apps.education.fr/', 'extra label'],
    ['https://apps.education.fr/', 'the public site is not an instance'],
    ['https://cloud-nancy-metz.beta.education.fr/', 'id instead of slug'],
    ['https://cloud-atlantide.beta.education.fr/', 'unknown slug'],
    ['http://apps-versailles.beta.education.fr/', 'http'],
    ['https://apps-versailles.beta.education.fr:8443/', 'other port'],
    ['wss://apps-versailles.beta.education.fr/', 'other scheme'],
    ['javascript:alert("apps-versailles.beta.education.fr")', 'javascript:'],
    ['data:text/html,https://apps-versailles.beta.education.fr/', 'data:'],
    ['blob:https://apps-versailles.beta.education.fr/0b5c', 'blob:'],
    ['apps-versailles.beta.education.fr', 'no scheme'],
    ['//apps-versailles.beta.education.fr/', 'protocol-relative'],
    ['https://', 'malformed'],
    ['https://[::1]/', 'IPv6'],
    ['https://192.168.0.1/', 'IPv4'],
    ['', 'empty'],
    ['\u0000', 'NUL'],
  ])('%s (%s)', (url) => {
    expect(instanceForUrl(url)).toBeUndefined();
  });

  it.each([null, undefined, 42, {}, new URL('https://apps-versailles.beta.education.fr/')])(
    'non-string %s',
    (input) => {
      expect(instanceForUrl(input as unknown as string)).toBeUndefined();
    },
  );

  it('recognises each academy by its own portal', () => {
    for (const academy of academies) {
      const match = instanceForUrl(`https://apps-${academy.slug}.beta.education.fr/`);
      expect(match?.academies).toContain(academy);
      if (academy.slug !== 'outremer') expect(match?.academy).toBe(academy);
    }
  });
});
