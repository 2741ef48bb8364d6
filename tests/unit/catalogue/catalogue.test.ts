import { describe, expect, it, vi } from 'vitest';
import { academies, academyById } from '@/lib/platform/academies';
import {
  activeCatalogue,
  bundledCatalogue,
  peertubeSearchUrl,
  profileAcademy,
  resolveCatalogue,
  serviceHost,
  supportLink,
} from '@/lib/catalogue/catalogue';
import {
  CATALOGUE_MAX_AGE_MS,
  CATALOGUE_MAX_BYTES,
  catalogueNeedsRefresh,
  fetchRemoteCatalogue,
  nextCatalogueCache,
  parseCatalogueCache,
  refreshCatalogue,
} from '@/lib/catalogue/remote';
import type { FetchLike } from '@/lib/catalogue/remote';
import { catalogueSchema, catalogueServiceSchema } from '@/lib/catalogue/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { bundledHostData } from '@/lib/platform/hosts';
import { instanceHost, nationalInstances } from '@/lib/platform/instances';
import { PLATFORMS, SERVICE_IDS } from '@/lib/platform/schemas';
import type { Academy } from '@/lib/platform/schemas';
import { ICON_NAMES } from '@/components/popup/icons';
import { streamedBody } from '../streams';

const grenoble = academyById('grenoble')!;
const lyon = academyById('lyon')!;

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('bundled catalogue', () => {
  it('is valid against the schema', () => {
    const parsed = catalogueSchema.safeParse(bundledCatalogue);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('has the FAQ’s services, external ones marked as such', () => {
    for (const id of [
      'nextcloud',
      'peertube',
      'pads',
      'codimd',
      'blog',
      'forum',
      'webconf',
      'ma-classe-a-la-maison',
    ]) {
      expect(ids(bundledCatalogue.services)).toContain(id);
    }
    const external = bundledCatalogue.services.filter((s) => s.external).map((s) => s.id);
    expect(external.sort()).toEqual(['ma-classe-a-la-maison', 'webconf']);
  });

  it('describes every service in French and English, with a bundled icon', () => {
    for (const service of bundledCatalogue.services) {
      expect(service.description.fr.length).toBeGreaterThan(10);
      expect(service.description.en?.length ?? 0).toBeGreaterThan(10);
      expect(ICON_NAMES).toContain(service.icon);
    }
  });

  it('its lists of platforms and services agree with the core’s', () => {
    const shape = catalogueServiceSchema.safeParse({
      id: 'x',
      name: { fr: 'X' },
      description: { fr: 'X' },
      instance: 'portal',
    });
    expect(shape.success).toBe(true);
    for (const instance of SERVICE_IDS) {
      const ok = catalogueServiceSchema.safeParse({
        id: 'x',
        name: { fr: 'X' },
        description: { fr: 'X' },
        instance,
      });
      expect(ok.success, instance).toBe(true);
    }
    for (const platform of PLATFORMS) {
      const ok = catalogueServiceSchema.safeParse({
        id: 'x',
        name: { fr: 'X' },
        description: { fr: 'X' },
        url: 'https://example.org/',
        external: true,
        platforms: [platform],
      });
      expect(ok.success, platform).toBe(true);
    }
  });
});

describe('serviceHost', () => {
  it('agrees with the core’s instanceHost for every academy and service (beta)', () => {
    for (const academy of academies) {
      for (const service of SERVICE_IDS) {
        expect(serviceHost(service, academy, 'beta'), `${academy.id}/${service}`).toBe(
          instanceHost(academy, service),
        );
      }
    }
  });

  it('uses the first listed national instance', () => {
    for (const service of SERVICE_IDS) {
      expect(serviceHost(service, grenoble, 'national')).toBe(nationalInstances(service)[0]?.host);
    }
  });

  it('applies the data’s overrides, null meaning "no such instance"', () => {
    const data = {
      ...bundledHostData,
      overrides: { grenoble: { forum: null, blog: 'blogs.ac-grenoble.fr' } },
    };
    expect(serviceHost('forum', grenoble, 'beta', data)).toBeUndefined();
    expect(serviceHost('blog', grenoble, 'beta', data)).toBe('blogs.ac-grenoble.fr');
  });
});

describe('resolveCatalogue', () => {
  it('Grenoble on the beta platform: links to Grenoble’s instances, external services as they are', () => {
    const services = resolveCatalogue({
      catalogue: bundledCatalogue,
      academy: grenoble,
      platform: 'beta',
      lang: 'fr',
    });
    const byId = Object.fromEntries(services.map((s) => [s.id, s]));
    expect(byId.nextcloud?.url).toBe('https://cloud-grenoble.beta.education.fr/');
    expect(byId.nextcloud?.name).toBe('Cloud');
    expect(byId.peertube?.url).toBe('https://tube-grenoble.beta.education.fr/');
    expect(byId.portal?.url).toBe('https://apps-grenoble.beta.education.fr/');
    expect(byId.webconf?.external).toBe(true);
    expect(byId['ma-classe-a-la-maison']?.external).toBe(true);
    expect(byId.nextcloud?.external).toBe(false);
    // National-only services are not offered on the beta platform.
    expect(byId.forge).toBeUndefined();
    for (const s of services) expect(s.url.startsWith('https://')).toBe(true);
  });

  it('the national platform: national hosts, national names, no per-academy instance', () => {
    const services = resolveCatalogue({
      catalogue: bundledCatalogue,
      academy: grenoble,
      platform: 'national',
      lang: 'fr',
    });
    const byId = Object.fromEntries(services.map((s) => [s.id, s]));
    expect(byId.portal?.host).toBe('portail.apps.education.fr');
    expect(byId.nextcloud?.name).toBe('Nuage');
    // The entry point, which sends each user to their own node, until « Mon Nuage » is known.
    expect(byId.nextcloud?.url).toBe('https://nuage.apps.education.fr/');
    expect(byId.codimd?.host).toBe('codimd.apps.education.fr');
    expect(byId.forge?.host).toBe('forge.apps.education.fr');
    // No pads on the national platform's data.
    expect(byId.pads).toBeUndefined();
    for (const s of services) expect(s.host).not.toContain('beta');
  });

  it('the user’s own Nuage server replaces the listed one on the national platform', () => {
    const services = resolveCatalogue({
      catalogue: bundledCatalogue,
      academy: grenoble,
      platform: 'national',
      lang: 'fr',
      ownNextcloudHost: 'nuage07.apps.education.fr',
    });
    expect(services.find((s) => s.id === 'nextcloud')?.url).toBe('https://nuage07.apps.education.fr/');
  });

  it('English texts, French as the fallback', () => {
    const services = resolveCatalogue({
      catalogue: bundledCatalogue,
      academy: lyon,
      platform: 'beta',
      lang: 'en',
    });
    const cloud = services.find((s) => s.id === 'nextcloud')!;
    expect(cloud.description).toMatch(/files/);
    expect(cloud.name).toBe('Cloud');
  });

  const catalogue: Catalogue = {
    ...bundledCatalogue,
    overrides: {
      grenoble: {
        hide: ['forum'],
        add: [
          {
            id: 'elea',
            name: { fr: 'Éléa' },
            description: { fr: 'Plateforme de parcours' },
            url: 'https://grenoble.elea.apps.education.fr/',
          },
          {
            id: 'blog',
            name: { fr: 'Blogs académiques' },
            description: { fr: 'Les blogs de l’académie' },
            url: 'https://blogs.ac-grenoble.fr/',
            // The academy's own site, not the platform's: a link, marked as such.
            external: true,
          },
        ],
        support: { url: 'https://dane.ac-grenoble.fr/', name: { fr: 'DANE de Grenoble' } },
      },
    },
  };

  it('academy overrides hide services, add new ones and replace existing ones in place', () => {
    const services = resolveCatalogue({ catalogue, academy: grenoble, platform: 'beta', lang: 'fr' });
    expect(ids(services)).not.toContain('forum');
    expect(ids(services).at(-1)).toBe('elea');
    const blogIndex = ids(bundledCatalogue.services).indexOf('blog');
    expect(services.find((s) => s.id === 'blog')?.url).toBe('https://blogs.ac-grenoble.fr/');
    expect(ids(services).indexOf('blog')).toBeLessThanOrEqual(blogIndex);
    // Other academies are not affected.
    expect(ids(resolveCatalogue({ catalogue, academy: lyon, platform: 'beta', lang: 'fr' }))).toContain(
      'forum',
    );
  });

  it('the administrator’s overrides apply on top (hide wins even over an addition)', () => {
    const services = resolveCatalogue({
      catalogue,
      academy: grenoble,
      platform: 'beta',
      lang: 'fr',
      extraOverrides: { grenoble: { hide: ['elea', 'peertube'] } },
    });
    expect(ids(services)).not.toContain('elea');
    expect(ids(services)).not.toContain('peertube');
  });

  it('supportLink: administrator first, then the catalogue, then the academy data', () => {
    expect(supportLink({ catalogue, academy: grenoble, lang: 'fr' })).toEqual({
      url: 'https://dane.ac-grenoble.fr/',
      name: 'DANE de Grenoble',
    });
    expect(
      supportLink({
        catalogue,
        academy: grenoble,
        lang: 'fr',
        extraOverrides: { grenoble: { support: { url: 'https://support.example.fr/' } } },
      }),
    ).toEqual({ url: 'https://support.example.fr/', name: 'DANE Grenoble' });
    const withData: Academy = { ...lyon, support: 'https://dane.ac-lyon.fr/' };
    expect(supportLink({ catalogue: bundledCatalogue, academy: withData, lang: 'fr' })?.url).toBe(
      'https://dane.ac-lyon.fr/',
    );
    expect(supportLink({ catalogue: bundledCatalogue, academy: lyon, lang: 'fr' })).toBeUndefined();
  });
});

describe('profileAcademy', () => {
  it.each([
    [{ address: 'jean.dupont@ac-grenoble.fr' }, 'grenoble'],
    [{ address: 'Jean.Dupont@AC-GRENOBLE.FR' }, 'grenoble'],
    [{ academyId: 'lyon' }, 'lyon'],
    [{ address: 'jean.dupont@ac-grenoble.fr', academyId: 'lyon' }, 'lyon'],
    [{ address: 'jean.dupont@ac-grenoble.fr', academyId: 'nowhere' }, 'grenoble'],
    [{ address: 'jean@gmail.com' }, undefined],
    [{ address: 'x@ac-lyon.fr.evil.example' }, undefined],
    [{}, undefined],
  ])('%j → %s', (profile, expected) => {
    expect(profileAcademy(profile)?.id).toBe(expected);
  });
});

describe('peertubeSearchUrl', () => {
  it('builds the search page URL with the query encoded', () => {
    expect(peertubeSearchUrl('tube-grenoble.beta.education.fr', '  théâtre & école ')).toBe(
      'https://tube-grenoble.beta.education.fr/search?search=th%C3%A9%C3%A2tre+%26+%C3%A9cole',
    );
  });
});

describe('remote catalogue', () => {
  const URL_A = 'https://dane.example.fr/catalogue.json';
  const remote: Catalogue = {
    version: 1,
    services: [
      {
        id: 'elea',
        name: { fr: 'Éléa' },
        description: { fr: 'Parcours' },
        url: 'https://elea.example.fr/',
        external: true,
      },
    ],
  };
  const respond =
    (body: string, ok = true): FetchLike =>
    async () => ({ ok, text: async () => body });

  it('downloads and validates a good file, without credentials', async () => {
    const fetchFn = vi.fn(respond(JSON.stringify(remote)));
    expect(await fetchRemoteCatalogue(URL_A, fetchFn)).toEqual({ ok: true, catalogue: remote });
    expect(fetchFn.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  it.each([
    ['http error', respond('{}', false), 'http'],
    [
      'network error',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as FetchLike,
      'network',
    ],
    ['not JSON', respond('<html>'), 'not-json'],
    [
      'invalid data',
      respond(JSON.stringify({ version: 1, services: [{ id: 'x', url: 'javascript:alert(1)' }] })),
      'invalid',
    ],
    ['code instead of data', respond('export default { services: [] }'), 'not-json'],
    ['too large', respond(' '.repeat(CATALOGUE_MAX_BYTES + 1)), 'too-large'],
  ])('%s → failure "%s"', async (_label, fetchFn, reason) => {
    expect(await fetchRemoteCatalogue(URL_A, fetchFn)).toEqual({ ok: false, reason });
  });

  it('streams the body and stops past the limit: endless, 50 MB without Content-Length, announced (issue 15, item 5)', async () => {
    const endless = streamedBody();
    const endlessFetch: FetchLike = async () => new Response(endless.stream);
    expect(await fetchRemoteCatalogue(URL_A, endlessFetch)).toEqual({ ok: false, reason: 'too-large' });
    expect(endless.counter.cancelled).toBe(true);
    expect(endless.counter.sent).toBeLessThanOrEqual(CATALOGUE_MAX_BYTES + 64 * 1024);

    const big = streamedBody(256 * 1024, 50 * 1024 * 1024);
    expect(await fetchRemoteCatalogue(URL_A, async () => new Response(big.stream))).toEqual({
      ok: false,
      reason: 'too-large',
    });
    expect(big.counter.sent).toBeLessThanOrEqual(CATALOGUE_MAX_BYTES + 256 * 1024);

    const announced = streamedBody();
    const announcedFetch: FetchLike = async () =>
      new Response(announced.stream, { headers: { 'Content-Length': String(CATALOGUE_MAX_BYTES + 1) } });
    expect(await fetchRemoteCatalogue(URL_A, announcedFetch)).toEqual({ ok: false, reason: 'too-large' });
    expect(announced.counter.sent).toBe(0);

    const good: FetchLike = async () => new Response(JSON.stringify(remote));
    expect(await fetchRemoteCatalogue(URL_A, good)).toEqual({ ok: true, catalogue: remote });
  });

  it.each([
    ['another origin', 'https://evil.example/catalogue.json', 'redirected'],
    ['http on the same host', 'http://dane.example.fr/catalogue.json', 'redirected'],
    ['the same origin', 'https://dane.example.fr/v2/catalogue.json', undefined],
  ])('a redirect to %s (issue 15, item 10)', async (_label, finalUrl, reason) => {
    const fetchFn: FetchLike = async () => {
      const response = new Response(JSON.stringify(remote));
      Object.defineProperty(response, 'url', { value: finalUrl });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    expect(await fetchRemoteCatalogue(URL_A, fetchFn)).toEqual(
      reason ? { ok: false, reason } : { ok: true, catalogue: remote },
    );
  });

  it('refuses a non-https URL without fetching', async () => {
    const fetchFn = vi.fn(respond(JSON.stringify(remote)));
    expect(await fetchRemoteCatalogue('http://dane.example.fr/c.json', fetchFn)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('a failure keeps the last good catalogue and says so; a success clears the error', () => {
    const good = nextCatalogueCache({}, URL_A, { ok: true, catalogue: remote }, 1000);
    const failed = nextCatalogueCache(good, URL_A, { ok: false, reason: 'network' }, 2000);
    expect(failed.catalogue).toEqual(remote);
    expect(activeCatalogue(failed, URL_A)).toMatchObject({
      kind: 'remote',
      catalogue: remote,
      error: 'network',
    });
    const again = nextCatalogueCache(failed, URL_A, { ok: true, catalogue: remote }, 3000);
    expect(activeCatalogue(again, URL_A)).toEqual({
      kind: 'remote',
      catalogue: remote,
      url: URL_A,
      fetchedAt: 3000,
    });
  });

  it('without a URL: the bundled catalogue; with a URL but no good copy yet: the bundled one, flagged', () => {
    expect(activeCatalogue({}, undefined)).toEqual({ kind: 'bundled', catalogue: bundledCatalogue });
    const failed = nextCatalogueCache({}, URL_A, { ok: false, reason: 'invalid' }, 1000);
    expect(activeCatalogue(failed, URL_A)).toEqual({
      kind: 'fallback',
      catalogue: bundledCatalogue,
      url: URL_A,
      error: 'invalid',
    });
  });

  it('refreshes when the URL changed or the copy is old, not in a loop after a failure', () => {
    const now = 10 * CATALOGUE_MAX_AGE_MS;
    expect(catalogueNeedsRefresh({}, undefined, now)).toBe(false);
    expect(catalogueNeedsRefresh({}, URL_A, now)).toBe(true);
    const fresh = { catalogue: remote, url: URL_A, fetchedAt: now - 1000 };
    expect(catalogueNeedsRefresh(fresh, URL_A, now)).toBe(false);
    expect(catalogueNeedsRefresh(fresh, 'https://other.example.fr/c.json', now)).toBe(true);
    expect(catalogueNeedsRefresh({ ...fresh, fetchedAt: now - CATALOGUE_MAX_AGE_MS }, URL_A, now)).toBe(true);
    const justFailed = { lastError: { url: URL_A, at: now - 1000, reason: 'network' as const } };
    expect(catalogueNeedsRefresh(justFailed, URL_A, now)).toBe(false);
  });

  it('the stored cache is validated on read: a tampered copy is ignored', () => {
    expect(parseCatalogueCache({ catalogue: { version: 1, services: [{ id: 'x' }] }, url: URL_A })).toEqual(
      {},
    );
    expect(parseCatalogueCache('junk')).toEqual({});
  });

  it('refreshCatalogue stores the new copy, and keeps the old one on failure', async () => {
    const data: Record<string, unknown> = {};
    const store = {
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    };
    const ok = await refreshCatalogue(store, URL_A, respond(JSON.stringify(remote)), { now: 1000 });
    expect(ok.catalogue).toEqual(remote);
    const ko = await refreshCatalogue(store, URL_A, respond('nope'), { now: 2000, force: true });
    expect(ko.catalogue).toEqual(remote);
    expect(ko.lastError).toEqual({ url: URL_A, at: 2000, reason: 'not-json' });
    // Not stale: no download at all.
    const fetchFn = vi.fn(respond(JSON.stringify(remote)));
    await refreshCatalogue(store, URL_A, fetchFn, { now: 3000 });
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
