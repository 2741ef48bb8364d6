import { describe, expect, it } from 'vitest';
import { peertubeSearchTerms, rescueFor } from '@/lib/rescue/rescue';
import {
  betaHosts,
  oldUrlFromFragment,
  rescueEnabled,
  rescueRegexFilter,
  rescueRule,
} from '@/lib/rescue/rule';

const UUID = '4d5f4b53-cdb0-41af-ac56-0e779a5d309f';

describe('rescueFor: which 2020 service, and where it lives today', () => {
  it.each([
    // [old link, service, academy id, today's URL]
    [
      `https://tube-lyon.beta.education.fr/videos/watch/${UUID}`,
      'peertube',
      'lyon',
      'https://tubes.apps.education.fr/',
    ],
    [
      `https://tube-dijon.beta.education.fr/videos/embed/${UUID}`,
      'peertube',
      'dijon',
      'https://tubes.apps.education.fr/',
    ],
    [
      'https://cloud-grenoble.beta.education.fr/s/AbCdEfGhIjKlMnO',
      'nextcloud',
      'grenoble',
      'https://nuage.apps.education.fr/',
    ],
    [
      'https://apps-versailles.beta.education.fr/',
      'portal',
      'versailles',
      'https://portail.apps.education.fr/',
    ],
    [
      'https://codimd-nantes.beta.education.fr/abc123',
      'codimd',
      'nantes',
      'https://codimd.apps.education.fr/',
    ],
    ['https://blog-rennes.beta.education.fr/', 'blog', 'rennes', 'https://blog.apps.education.fr/'],
    ['https://TUBE-LYON.beta.education.fr./w/x', 'peertube', 'lyon', 'https://tubes.apps.education.fr/'],
    ['https://tube-nancy.beta.education.fr/', 'peertube', 'nancy-metz', 'https://tubes.apps.education.fr/'],
  ])('%s → %s (%s) → %s', (url, service, academyId, todayUrl) => {
    const result = rescueFor(url);
    expect(result).toMatchObject({
      ok: true,
      service,
      closedYear: 2021,
      today: { kind: 'moved', url: todayUrl },
    });
    expect(result.ok && result.academy?.id).toBe(academyId);
  });

  it.each([
    ['https://pad-lyon.beta.education.fr/p/reunion', 'pads'],
    ['https://forum-lyon.beta.education.fr/t/42', 'forum'],
  ])('%s: %s has no national equivalent', (url, service) => {
    expect(rescueFor(url)).toMatchObject({ ok: true, service, today: { kind: 'gone' } });
  });

  it('the shared overseas instance names every academy it served, and no single one', () => {
    const result = rescueFor('https://tube-outremer.beta.education.fr/');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.academy).toBeUndefined();
    expect(result.academies.map((a) => a.id)).toEqual(expect.arrayContaining(['guadeloupe', 'mayotte']));
  });

  it('Nuage: the user’s learned node wins over the national entry point, only if it is a Nuage node', () => {
    const old = 'https://cloud-lyon.beta.education.fr/';
    expect(rescueFor(old, { nuageHost: 'nuage05.apps.education.fr' })).toMatchObject({
      today: { kind: 'moved', url: 'https://nuage05.apps.education.fr/', personal: true },
    });
    for (const nuageHost of [
      'evil.example',
      'nuage05.apps.education.fr.evil.example',
      'cloud-lyon.beta.education.fr',
    ])
      expect(rescueFor(old, { nuageHost })).toMatchObject({
        today: { url: 'https://nuage.apps.education.fr/' },
      });
    // Other services ignore it.
    expect(
      rescueFor('https://apps-lyon.beta.education.fr/', { nuageHost: 'nuage05.apps.education.fr' }),
    ).toMatchObject({
      today: { url: 'https://portail.apps.education.fr/' },
    });
  });

  it('videos: a search of the tubes portal for the video, channel or account, marked inferred', () => {
    expect(rescueFor(`https://tube-lyon.beta.education.fr/videos/watch/${UUID}`)).toMatchObject({
      today: {
        search: { url: `https://tubes.apps.education.fr/search?search=${UUID}`, terms: UUID, inferred: true },
      },
    });
    expect(rescueFor('https://tube-lyon.beta.education.fr/video-channels/dane_lyon/videos')).toMatchObject({
      today: { search: { terms: 'dane_lyon' } },
    });
    const home = rescueFor('https://tube-lyon.beta.education.fr/');
    expect(home.ok && home.today.kind === 'moved' && home.today.search).toBe(undefined);
  });

  it.each([
    ['tube-lyon.beta.education.fr/videos/watch/x', 'not-a-url'],
    ['', 'not-a-url'],
    ['https://tube-lyon.beta.education.fr.evil.example/videos/watch/x', 'not-2020-platform'],
    ['https://beta.education.fr.example/', 'not-2020-platform'],
    ['https://beta.education.fr/', 'not-2020-platform'],
    ['https://evil.example/?u=https://tube-lyon.beta.education.fr/', 'not-2020-platform'],
    ['https://tube-lyon.beta.education.fr@evil.example/', 'not-2020-platform'],
    ['https://user@tube-lyon.beta.education.fr/', 'not-2020-platform'],
    ['http://tube-lyon.beta.education.fr/', 'not-2020-platform'],
    ['https://tube-lyon.beta.education.fr:8443/', 'not-2020-platform'],
    ['https://x.tube-lyon.beta.education.fr/', 'not-2020-platform'],
    ['https://tube-atlantis.beta.education.fr/', 'not-2020-platform'],
    ['https://tube-cycle-3.apps.education.fr/w/x', 'not-2020-platform'],
    ['javascript:alert(1)', 'not-2020-platform'],
  ])('refuses %j (%s)', (url, code) => {
    expect(rescueFor(url)).toEqual({ ok: false, code });
  });
});

describe('peertubeSearchTerms', () => {
  it.each([
    [`/videos/watch/${UUID}`, UUID],
    [`/videos/watch/playlist/${UUID}`, UUID],
    ['/w/kkGMgK9ZtnKfYAgnEtQxbv', 'kkGMgK9ZtnKfYAgnEtQxbv'],
    ['/w/p/kkGMgK9ZtnKfYAgnEtQxbv', 'kkGMgK9ZtnKfYAgnEtQxbv'],
    ['/c/maths_lyon', 'maths_lyon'],
    ['/accounts/prof@tube-lyon.beta.education.fr', 'prof@tube-lyon.beta.education.fr'],
    ['/', undefined],
    ['/videos/watch/a%20b', undefined],
    ['/videos/watch/%E0%A4%A', undefined],
    ['/about/instance', undefined],
  ])('%s → %s', (path, terms) => {
    expect(peertubeSearchTerms(path)).toBe(terms);
  });
});

describe('the declarativeNetRequest rule', () => {
  const rule = rescueRule('chrome-extension://abc/rescue.html');
  // Chrome's RE2 and JavaScript agree on this subset (no look-arounds, no back-references).
  const regex = new RegExp(rule.condition.regexFilter);
  /** What Chrome does: the request's host must be one of requestDomains (or below), and the regex match. */
  const redirected = (url: string) => {
    const host = new URL(url).hostname;
    const listed = rule.condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`));
    return listed && regex.test(url)
      ? url.replace(regex, rule.action.redirect.regexSubstitution.replace('\\0', '$$&'))
      : undefined;
  };

  it('redirects main frames of 2020 hosts to the rescue page, the old URL after #', () => {
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    const old = `https://tube-lyon.beta.education.fr/videos/watch/${UUID}?start=30`;
    expect(redirected(old)).toBe(`chrome-extension://abc/rescue.html#${old}`);
    expect(redirected('https://cloud-grenoble.beta.education.fr/')).toBeDefined();
    expect(redirected('https://apps-versailles.beta.education.fr/login')).toBeDefined();
  });

  it.each([
    'https://tube-lyon.beta.education.fr.evil.example/',
    'https://beta.education.fr.example/',
    'https://beta.education.fr/',
    'https://x.tube-lyon.beta.education.fr/',
    'https://tube-lyon.beta.education.fr:8443/',
    'https://user@tube-lyon.beta.education.fr/',
    'http://tube-lyon.beta.education.fr/',
    'https://tube-atlantis.beta.education.fr/',
    'https://tube-cycle-3.apps.education.fr/w/x',
    'https://evil.example/?u=https://tube-lyon.beta.education.fr/',
  ])('never redirects %s', (url) => {
    expect(redirected(url)).toBeUndefined();
  });

  it('lists only 2020 hosts, each recognised as such, and keeps the regex small', () => {
    const hosts = betaHosts();
    expect(hosts.length).toBeGreaterThan(150);
    expect(hosts.every((h) => /^[a-z]+-[a-z0-9-]+\.beta\.education\.fr$/.test(h))).toBe(true);
    expect(rule.condition.requestDomains).toEqual(hosts);
    expect(rescueRegexFilter().length).toBeLessThan(400);
  });

  it('is wanted on the national platform only, unless turned off', () => {
    expect(rescueEnabled({ platform: 'national', rescueDeadLinks: true })).toBe(true);
    expect(rescueEnabled({ platform: 'national', rescueDeadLinks: false })).toBe(false);
    expect(rescueEnabled({ platform: 'beta', rescueDeadLinks: true })).toBe(false);
  });

  it('the page reads the old URL from its fragment', () => {
    expect(oldUrlFromFragment('#https://tube-lyon.beta.education.fr/')).toBe(
      'https://tube-lyon.beta.education.fr/',
    );
    expect(oldUrlFromFragment('')).toBeUndefined();
    expect(oldUrlFromFragment('#')).toBeUndefined();
  });
});
