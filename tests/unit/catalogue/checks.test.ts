import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  catalogueRefusal,
  checkAcademyOverrides,
  checkCatalogue,
  checkCatalogueCache,
  checkCatalogueService,
} from '@/lib/catalogue/check';
import { fetchRemoteCatalogue } from '@/lib/catalogue/remote';
import {
  academyOverridesSchema,
  catalogueCacheSchema,
  catalogueSchema,
  catalogueServiceSchema,
  PLATFORM_HOST_OUTSIDE,
} from '@/lib/catalogue/schema';
import { assertAgreement, nearValid } from '../agree';

// The worker reads the cached remote catalogue (and the policy's overrides) and validates a remote
// catalogue with plain checks (issue 16); each must say what its zod schema says. Samples: the bundled
// catalogue's services, academy overrides of both kinds (a platform service, an external link).

const bundled = JSON.parse(
  readFileSync(new URL('../../../assets/data/catalogue.json', import.meta.url), 'utf8'),
) as { services: Record<string, unknown>[] };
const services = bundled.services.map(({ source: _source, ...s }) => s);
const academyService = {
  id: 'eduthequa',
  name: { fr: 'Édu’thèque', en: 'Edutheque' },
  description: { fr: 'Ressources' },
  url: 'https://www.edutheque.fr/',
  external: true,
  platforms: ['national'],
  search: { path: '/recherche', param: 'q' },
};
const platformLink = {
  ...academyService,
  id: 'pads',
  url: 'https://pads.apps.education.fr/',
  external: false,
};
const overrides = {
  grenoble: { hide: ['forum', 'blog'], add: [academyService], deskAliases: ['Grenoble'] },
  'nancy-metz': {
    support: { url: 'https://dane.ac-nancy-metz.fr/', name: { fr: 'DANE' } },
    add: [platformLink],
  },
};
const catalogue = { version: 1, services: services.slice(0, 4), overrides };

describe('plain catalogue checks = zod schemas', () => {
  it('a service', () => {
    assertAgreement(
      catalogueServiceSchema,
      checkCatalogueService,
      fc.constantFrom(academyService, platformLink, ...services),
      4_000,
    );
  });

  it('academy overrides', () => {
    assertAgreement(academyOverridesSchema, checkAcademyOverrides, fc.constant(overrides), 2_000);
  });

  it('a catalogue', () => {
    assertAgreement(catalogueSchema, checkCatalogue, fc.constant(catalogue), 2_000);
  });

  it('the cache', () => {
    assertAgreement(
      catalogueCacheSchema,
      checkCatalogueCache,
      fc.constantFrom(
        { catalogue, url: 'https://dane.example.fr/catalogue.json', fetchedAt: 1 },
        { lastError: { url: 'https://dane.example.fr/c.json', at: 2, reason: 'foreign-host' } },
        {},
      ),
      2_000,
    );
  });

  it('a refused file: « foreign host » exactly when zod says so, for a file whose only fault is there', () => {
    const foreign = { ...platformLink, url: 'https://evil.example.com/' };
    const onlyHostFault = fc
      .record({
        where: fc.constantFrom('services', 'add'),
        service: fc.constantFrom(foreign, platformLink, academyService, {
          ...academyService,
          external: undefined,
        }),
      })
      .map(({ where, service }) =>
        where === 'services'
          ? { ...catalogue, services: [...catalogue.services, service] }
          : { ...catalogue, overrides: { ...overrides, lyon: { add: [service] } } },
      );
    fc.assert(
      fc.property(onlyHostFault, (file) => {
        const zod = catalogueSchema.safeParse(file);
        if (zod.success) {
          expect(checkCatalogue(file)).toStrictEqual(zod.data);
          return;
        }
        const zodForeign = zod.error.issues.some((i) => i.message === PLATFORM_HOST_OUTSIDE);
        expect(catalogueRefusal(file)).toBe(zodForeign ? 'foreign-host' : 'invalid');
      }),
    );
  });

  it('a refused file with other faults: `invalid`, or `foreign-host` only where zod says so too', () => {
    fc.assert(
      fc.property(nearValid(fc.constant(catalogue)), (file) => {
        const zod = catalogueSchema.safeParse(file);
        if (zod.success) return;
        if (catalogueRefusal(file) === 'foreign-host')
          expect(zod.error.issues.some((i) => i.message === PLATFORM_HOST_OUTSIDE)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('fetchRemoteCatalogue refuses a platform link outside education.fr as such', async () => {
    const file = {
      ...catalogue,
      services: [...catalogue.services, { ...platformLink, url: 'https://evil.example.com/' }],
    };
    const fetchFn = async () => ({
      ok: true,
      url: 'https://dane.example.fr/c.json',
      text: async () => JSON.stringify(file),
    });
    await expect(fetchRemoteCatalogue('https://dane.example.fr/c.json', fetchFn)).resolves.toEqual({
      ok: false,
      reason: 'foreign-host',
    });
  });
});
