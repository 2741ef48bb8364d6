import { describe, expect, it } from 'vitest';
import catalogueJson from '@/assets/data/catalogue.json';
import { academyById } from '@/lib/platform/academies';
import { bundledCatalogue, resolveCatalogue, serviceSearchUrl } from '@/lib/catalogue/catalogue';
import type { ResolvedService } from '@/lib/catalogue/catalogue';
import { fetchRemoteCatalogue } from '@/lib/catalogue/remote';
import { catalogueSchema, PLATFORM_HOST_OUTSIDE, platformHostProblem } from '@/lib/catalogue/schema';
import type { Catalogue } from '@/lib/catalogue/schema';
import { parseManagedPolicy } from '@/lib/settings/policy';
import { isValidHostname } from '@/lib/platform/hosts';

const lyon = academyById('lyon')!;
const grenoble = academyById('grenoble')!;
const byId = (list: ResolvedService[]) => Object.fromEntries(list.map((s) => [s.id, s]));
const national = (extra: Partial<Parameters<typeof resolveCatalogue>[0]> = {}) =>
  resolveCatalogue({
    catalogue: bundledCatalogue,
    academy: lyon,
    platform: 'national',
    lang: 'fr',
    ...extra,
  });

describe('the catalogue data: every fact sourced, every guess marked', () => {
  it('every service says where it comes from', () => {
    for (const service of catalogueJson.services) {
      expect(service.source?.length ?? 0, `${service.id}: source`).toBeGreaterThan(5);
    }
  });

  it('the guesses are marked inferred: the services gone from the national platform, the tubes’ search', () => {
    const raw = Object.fromEntries(catalogueJson.services.map((s) => [s.id, s]));
    for (const id of ['pads', 'forum', 'webconf', 'ma-classe-a-la-maison'])
      expect(raw[id]?.inferred, id).toBe(true);
    expect(raw.peertube?.search?.inferred).toBe(true);
    expect(raw.peertube?.search?.source).toMatch(/not verified/);
  });

  it('every national link is a valid https host on *.education.fr', () => {
    for (const s of national()) {
      expect(s.url.startsWith('https://'), s.id).toBe(true);
      expect(isValidHostname(s.host), s.host).toBe(true);
      expect(s.host === 'education.fr' || s.host.endsWith('.education.fr'), s.host).toBe(true);
      for (const link of s.links ?? [])
        expect(link.host.endsWith('.apps.education.fr'), link.host).toBe(true);
    }
  });
});

describe('the national catalogue (domain-facts §6.1)', () => {
  it('offers today’s services, with their real URLs, and nothing of the beta platform', () => {
    const services = byId(national());
    expect(Object.keys(services)).toEqual([
      'portal',
      'nextcloud',
      'peertube',
      'podeduc',
      'codimd',
      'blog',
      'forge',
      'forge-docs',
      'visio-agents',
    ]);
    expect(services.portal).toMatchObject({ name: 'La Boîte', url: 'https://portail.apps.education.fr/' });
    expect(services.nextcloud).toMatchObject({ name: 'Nuage', url: 'https://nuage.apps.education.fr/' });
    expect(services.peertube?.url).toBe('https://tubes.apps.education.fr/');
    expect(services.podeduc?.url).toBe('https://podeduc.apps.education.fr/');
    expect(services.codimd?.url).toBe('https://codimd.apps.education.fr/');
    expect(services.blog?.url).toBe('https://blog.apps.education.fr/');
    expect(services.forge?.url).toBe('https://forge.apps.education.fr/');
    expect(services['forge-docs']?.url).toBe('https://docs.forge.apps.education.fr/');
    expect(services['visio-agents']?.url).toBe('https://visio-agents.education.fr/');
    for (const s of Object.values(services)) expect(s.url).not.toContain('beta.education.fr');
  });

  it('no pads, forum, Jitsi on Scaleway or « Ma classe à la maison » on the national platform', () => {
    const ids = Object.keys(byId(national()));
    for (const gone of ['pads', 'forum', 'webconf', 'ma-classe-a-la-maison']) expect(ids).not.toContain(gone);
  });

  it('the Nuage tile opens « Mon Nuage » once known', () => {
    const services = byId(national({ ownNextcloudHost: 'nuage06.apps.education.fr' }));
    expect(services.nextcloud?.url).toBe('https://nuage06.apps.education.fr/');
  });

  it('every thematic tube is reachable from the videos tile, in French and in English', () => {
    const fr = byId(national()).peertube?.links ?? [];
    expect(fr).toHaveLength(11);
    expect(fr.map((l) => l.url)).toContain('https://tube-maternelle.apps.education.fr/');
    expect(fr.find((l) => l.host === 'tube-langues-vivantes.apps.education.fr')?.name).toBe(
      'Langues vivantes',
    );
    const en = byId(national({ lang: 'en' })).peertube?.links ?? [];
    expect(en.find((l) => l.host === 'tube-langues-vivantes.apps.education.fr')?.name).toBe(
      'Modern languages',
    );
  });

  it('the video search goes to the tubes portal (data, inferred)', () => {
    const search = byId(national()).peertube?.search;
    expect(search).toEqual({
      url: 'https://tubes.apps.education.fr/search',
      param: 'search',
      inferred: true,
    });
    expect(serviceSearchUrl(search!, ' géologie ')).toBe(
      'https://tubes.apps.education.fr/search?search=g%C3%A9ologie',
    );
  });

  it('the beta platform (2020) stays exactly as the FAQ describes it', () => {
    const beta = byId(
      resolveCatalogue({ catalogue: bundledCatalogue, academy: grenoble, platform: 'beta', lang: 'fr' }),
    );
    expect(beta.nextcloud?.url).toBe('https://cloud-grenoble.beta.education.fr/');
    expect(beta.portal?.url).toBe('https://apps-grenoble.beta.education.fr/');
    expect(beta.peertube?.links).toBeUndefined();
    expect(beta.peertube?.search?.url).toBe('https://tube-grenoble.beta.education.fr/search');
    expect(Object.keys(beta)).toEqual([
      'portal',
      'nextcloud',
      'peertube',
      'pads',
      'codimd',
      'blog',
      'forum',
      'webconf',
      'ma-classe-a-la-maison',
    ]);
  });

  it('academies’ overrides work on the national platform too', () => {
    const catalogue: Catalogue = {
      ...bundledCatalogue,
      overrides: {
        lyon: {
          hide: ['blog'],
          add: [
            {
              id: 'elea',
              name: { fr: 'Éléa' },
              description: { fr: 'Parcours' },
              url: 'https://lyon.elea.apps.education.fr/',
            },
          ],
        },
      },
    };
    const ids = resolveCatalogue({ catalogue, academy: lyon, platform: 'national', lang: 'fr' }).map(
      (s) => s.id,
    );
    expect(ids).not.toContain('blog');
    expect(ids.at(-1)).toBe('elea');
  });
});

describe('a platform service outside *.education.fr is refused', () => {
  const foreign = {
    id: 'nuage',
    name: { fr: 'Nuage' },
    description: { fr: 'x' },
    url: 'https://nuage.evil.example/',
  };

  it.each([
    ['https://nuage.evil.example/', false, PLATFORM_HOST_OUTSIDE],
    ['https://education.fr.evil.example/', false, PLATFORM_HOST_OUTSIDE],
    ['https://evil-education.fr/', false, PLATFORM_HOST_OUTSIDE],
    ['https://nuage.evil.example/', true, undefined],
    ['https://lyon.elea.apps.education.fr/', false, undefined],
    ['https://visio-agents.education.fr/', false, undefined],
  ])('%s (external: %s) → %s', (url, external, code) => {
    expect(platformHostProblem({ url, external })).toBe(code);
  });

  it('a remote catalogue naming one: refused with its own reason, the last good copy kept', async () => {
    const remote = { version: 1, services: [foreign] };
    const fetchFn = async () => ({ ok: true, text: async () => JSON.stringify(remote) });
    await expect(fetchRemoteCatalogue('https://dane.example.fr/c.json', fetchFn)).resolves.toEqual({
      ok: false,
      reason: 'foreign-host',
    });
    // Marked external, the same link is allowed (shown as external).
    const external = { version: 1, services: [{ ...foreign, external: true }] };
    expect(catalogueSchema.safeParse(external).success).toBe(true);
  });

  it('a policy naming one: its academy overrides are refused, the rest of the policy kept', () => {
    const policy = parseManagedPolicy({
      platform: 'national',
      academyOverrides: { lyon: { add: [foreign] } },
    });
    expect(policy).toEqual({ platform: 'national' });
    const ok = parseManagedPolicy({ academyOverrides: { lyon: { add: [{ ...foreign, external: true }] } } });
    expect(ok.academyOverrides?.lyon?.add).toHaveLength(1);
  });
});
