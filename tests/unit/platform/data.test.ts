import { describe, expect, it } from 'vitest';
import academiesJson from '@/assets/data/academies.json';
import instancesJson from '@/assets/data/instances.json';
import {
  ACADEMY_SERVICE_IDS,
  academiesFileSchema,
  bundledHostData,
  hostDataSchema,
  instanceHost,
  instancesFileSchema,
  isValidHostname,
  SERVICE_IDS,
} from '@/lib';
import type { Academy, HostData } from '@/lib';

/** docs/domain-facts.md §1, copied by hand: id, name, domains, région académique, beta slug. */
const DOMAIN_FACTS: [string, string, string[], string | undefined, string][] = [
  ['aix-marseille', 'Aix-Marseille', ['ac-aix-marseille.fr'], "Provence-Alpes-Côte d'Azur", 'aix-marseille'],
  ['amiens', 'Amiens', ['ac-amiens.fr'], 'Hauts-de-France', 'amiens'],
  ['besancon', 'Besançon', ['ac-besancon.fr'], 'Bourgogne-Franche-Comté', 'besancon'],
  ['bordeaux', 'Bordeaux', ['ac-bordeaux.fr'], 'Nouvelle-Aquitaine', 'bordeaux'],
  ['clermont-ferrand', 'Clermont-Ferrand', ['ac-clermont.fr'], 'Auvergne-Rhône-Alpes', 'clermont-ferrand'],
  ['corse', 'Corse', ['ac-corse.fr'], 'Corse', 'corse'],
  ['creteil', 'Créteil', ['ac-creteil.fr'], 'Île-de-France', 'creteil'],
  ['dijon', 'Dijon', ['ac-dijon.fr'], 'Bourgogne-Franche-Comté', 'dijon'],
  ['grenoble', 'Grenoble', ['ac-grenoble.fr'], 'Auvergne-Rhône-Alpes', 'grenoble'],
  ['lille', 'Lille', ['ac-lille.fr'], 'Hauts-de-France', 'lille'],
  ['limoges', 'Limoges', ['ac-limoges.fr'], 'Nouvelle-Aquitaine', 'limoges'],
  ['lyon', 'Lyon', ['ac-lyon.fr'], 'Auvergne-Rhône-Alpes', 'lyon'],
  ['montpellier', 'Montpellier', ['ac-montpellier.fr'], 'Occitanie', 'montpellier'],
  ['nancy-metz', 'Nancy-Metz', ['ac-nancy-metz.fr'], 'Grand Est', 'nancy'],
  ['nantes', 'Nantes', ['ac-nantes.fr'], 'Pays de la Loire', 'nantes'],
  ['nice', 'Nice', ['ac-nice.fr'], "Provence-Alpes-Côte d'Azur", 'nice'],
  ['normandie', 'Normandie', ['ac-normandie.fr', 'ac-caen.fr', 'ac-rouen.fr'], 'Normandie', 'normandie'],
  ['orleans-tours', 'Orléans-Tours', ['ac-orleans-tours.fr'], 'Centre-Val de Loire', 'orleans-tours'],
  ['paris', 'Paris', ['ac-paris.fr'], 'Île-de-France', 'paris'],
  ['poitiers', 'Poitiers', ['ac-poitiers.fr'], 'Nouvelle-Aquitaine', 'poitiers'],
  ['reims', 'Reims', ['ac-reims.fr'], 'Grand Est', 'reims'],
  ['rennes', 'Rennes', ['ac-rennes.fr'], 'Bretagne', 'rennes'],
  ['strasbourg', 'Strasbourg', ['ac-strasbourg.fr'], 'Grand Est', 'strasbourg'],
  ['toulouse', 'Toulouse', ['ac-toulouse.fr'], 'Occitanie', 'toulouse'],
  ['versailles', 'Versailles', ['ac-versailles.fr'], 'Île-de-France', 'versailles'],
  ['guadeloupe', 'Guadeloupe', ['ac-guadeloupe.fr'], 'Guadeloupe', 'outremer'],
  ['guyane', 'Guyane', ['ac-guyane.fr'], 'Guyane', 'outremer'],
  ['martinique', 'Martinique', ['ac-martinique.fr'], 'Martinique', 'outremer'],
  ['reunion', 'La Réunion', ['ac-reunion.fr'], 'La Réunion', 'outremer'],
  ['mayotte', 'Mayotte', ['ac-mayotte.fr'], 'Mayotte', 'outremer'],
  ['nouvelle-caledonie', 'Nouvelle-Calédonie', ['ac-noumea.nc'], undefined, 'outremer'],
  ['polynesie', 'Polynésie française', ['ac-polynesie.pf', 'monvr.pf'], undefined, 'outremer'],
  ['wallis-et-futuna', 'Wallis-et-Futuna', ['ac-wf.wf'], undefined, 'outremer'],
  ['saint-pierre-et-miquelon', 'Saint-Pierre-et-Miquelon', ['ac-spm.fr'], undefined, 'outremer'],
  [
    'administration-centrale',
    'Administration centrale',
    // §6.4: igesr.gouv.fr, the general inspectorate's staff domain, next to education.gouv.fr.
    ['education.gouv.fr', 'igesr.gouv.fr'],
    undefined,
    'education',
  ],
];
/** domain-facts §1: three vice-rectorats, and Saint-Pierre-et-Miquelon's « service de l'Éducation nationale ». */
const VICE_RECTORATS = ['nouvelle-caledonie', 'polynesie', 'wallis-et-futuna'];
const OTHER_TERRITORIES = ['saint-pierre-et-miquelon'];

const list: readonly Academy[] = bundledHostData.academies;

describe('the JSON files validate against their schemas', () => {
  it('academies.json', () => {
    const result = academiesFileSchema.safeParse(academiesJson);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('instances.json', () => {
    const result = instancesFileSchema.safeParse(instancesJson);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('the combined bundled data, unchanged by parsing', () => {
    const result = hostDataSchema.safeParse(bundledHostData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toEqual(JSON.parse(JSON.stringify(bundledHostData)));
  });
});

describe('academies.json: the facts of domain-facts §1', () => {
  it.each(DOMAIN_FACTS)('%s: %s, %j, %s, slug %s', (id, name, domains, region, slug) => {
    const academy = list.find((a) => a.id === id);
    expect(academy).toBeDefined();
    expect(academy?.name).toBe(name);
    expect(academy?.domains).toEqual(domains);
    expect(academy?.region).toBe(region);
    expect(academy?.slug).toBe(slug);
  });

  it('has exactly these 35 entries: 30 académies, 3 vice-rectorats, 1 other territory, the central administration', () => {
    expect(list.map((a) => a.id).sort()).toEqual(DOMAIN_FACTS.map(([id]) => id).sort());
    expect(list.filter((a) => a.kind === 'academie')).toHaveLength(30);
    expect(list.filter((a) => a.kind === 'vice-rectorat').map((a) => a.id)).toEqual(VICE_RECTORATS);
    expect(list.filter((a) => a.kind === 'territoire').map((a) => a.id)).toEqual(OTHER_TERRITORIES);
    expect(list.filter((a) => a.kind === 'administration').map((a) => a.id)).toEqual([
      'administration-centrale',
    ]);
  });

  it('has unique ids and domains; slugs unique except the shared overseas one', () => {
    const ids = list.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domains = list.flatMap((a) => a.domains);
    expect(new Set(domains).size).toBe(domains.length);
    const bySlug = new Map<string, string[]>();
    for (const a of list) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a.id]);
    for (const [slug, owners] of bySlug) {
      if (slug !== 'outremer') expect(owners, slug).toHaveLength(1);
    }
    expect(bySlug.get('outremer')).toHaveLength(9);
  });

  it('pins the known pitfalls', () => {
    const byId = (id: string) => list.find((a) => a.id === id);
    expect(byId('clermont-ferrand')?.domains).toEqual(['ac-clermont.fr']);
    expect(list.some((a) => a.domains.includes('ac-clermont-ferrand.fr'))).toBe(false);
    expect(byId('nancy-metz')?.slug).toBe('nancy');
    expect(byId('normandie')?.domains[0]).toBe('ac-normandie.fr');
    expect(byId('normandie')?.domains).toContain('ac-caen.fr');
    expect(byId('normandie')?.domains).toContain('ac-rouen.fr');
  });

  it('marks the overseas slugs as inferred (per-territory mapping), and only them', () => {
    for (const a of list) {
      if (a.slug === 'outremer') expect(a.inferred, a.id).toEqual(['slug']);
      else expect(a.inferred, a.id).toBeUndefined();
    }
  });

  it('has lower-case ASCII domains and kebab-case ids', () => {
    for (const a of list) {
      expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const d of a.domains) expect(isValidHostname(d), d).toBe(true);
    }
  });
});

describe('instances.json', () => {
  const templates = bundledHostData.beta.hostTemplates;

  it('has a beta template for each per-academy service; only portal, nextcloud and peertube verified', () => {
    expect(Object.keys(templates).sort()).toEqual([...ACADEMY_SERVICE_IDS].sort());
    for (const service of ACADEMY_SERVICE_IDS) {
      const entry = templates[service];
      expect(entry?.template, service).toMatch(/^[a-z]+-\{slug\}\.beta\.education\.fr$/);
      expect(entry?.inferred ?? false, service).toBe(!['portal', 'nextcloud', 'peertube'].includes(service));
    }
    expect(templates.portal?.template).toBe('apps-{slug}.beta.education.fr');
    expect(templates.nextcloud?.template).toBe('cloud-{slug}.beta.education.fr');
    expect(templates.peertube?.template).toBe('tube-{slug}.beta.education.fr');
  });

  it('gives the national platform its hosts of domain-facts §6.1, each valid, sourced, under apps.education.fr', () => {
    const hosts = bundledHostData.national.instances.map((i) => `${i.service} ${i.host}`);
    expect(hosts).toEqual([
      'portal portail.apps.education.fr',
      'auth auth.apps.education.fr',
      'nextcloud nuage.apps.education.fr',
      'codimd codimd.apps.education.fr',
      'blog blog.apps.education.fr',
      'forge forge.apps.education.fr',
      'forge docs.forge.apps.education.fr',
      'podeduc podeduc.apps.education.fr',
      'peertube tubes.apps.education.fr',
      ...[
        'action-educative',
        'arts-lettres-sciences-humaines',
        'cycle-2',
        'cycle-3',
        'education-physique-et-sportive',
        'enseignement-professionnel',
        'institutionnel',
        'langues-vivantes',
        'maternelle',
        'numerique-educatif',
        'sciences-technologies',
      ].map((theme) => `peertube tube-${theme}.apps.education.fr`),
    ]);
    for (const instance of instancesJson.national.instances) {
      expect(isValidHostname(instance.host), instance.host).toBe(true);
      expect(instance.host.endsWith('.apps.education.fr'), instance.host).toBe(true);
      expect(SERVICE_IDS).toContain(instance.service);
      expect(instance.source?.length ?? 0, `${instance.host}: source`).toBeGreaterThan(5);
    }
    // No node is a default: the entry point sends each user to their own (domain-facts §6.1).
    expect(hosts.some((h) => /nuage\d/.test(h))).toBe(false);
    expect(new Set(bundledHostData.national.instances.map((i) => i.host)).size).toBe(
      bundledHostData.national.instances.length,
    );
    // Any number of digits: ^nuage[0-9]+\.apps\.education\.fr$
    expect(bundledHostData.national.nextcloudHostPattern).toMatchObject({
      prefix: 'nuage',
      suffix: '.apps.education.fr',
    });
    expect(bundledHostData.national.nextcloudHostPattern?.digits).toBeUndefined();
    expect(instancesJson.national.nextcloudHostPattern.source.length).toBeGreaterThan(5);
  });

  it('every thematic tube has a French and an English label', () => {
    for (const i of bundledHostData.national.instances.filter((x) => x.host.startsWith('tube-'))) {
      expect(i.label, i.host).toBeTruthy();
      expect(i.labelEn, i.host).toBeTruthy();
    }
  });

  it('never gives one host to two services or to both platforms', () => {
    const owner = new Map<string, string>();
    const claim = (host: string, who: string) => {
      const previous = owner.get(host);
      if (previous !== undefined) expect(previous, host).toBe(who);
      owner.set(host, who);
    };
    for (const academy of list) {
      for (const service of SERVICE_IDS) {
        const host = instanceHost(academy, service);
        if (host !== undefined) claim(host, `beta ${service}`);
      }
    }
    for (const { host, service } of bundledHostData.national.instances) claim(host, `national ${service}`);
    expect(owner.size).toBeGreaterThan(100);
  });

  it('has no overrides in the bundled data', () => {
    expect(bundledHostData.overrides).toEqual({});
  });
});

describe('hostDataSchema: what a remote catalogue cannot get past', () => {
  const clone = (): HostData => JSON.parse(JSON.stringify(bundledHostData)) as HostData;
  const academy = (data: HostData, id: string) => data.academies.find((a) => a.id === id) as Academy;

  it.each<[string, (data: HostData) => void]>([
    ['a duplicate academy id', (d) => d.academies.push({ ...academy(d, 'lyon'), domains: ['ac-x.fr'] })],
    ['a domain claimed twice', (d) => academy(d, 'grenoble').domains.push('ac-lyon.fr')],
    ['an upper-case domain', (d) => (academy(d, 'lyon').domains = ['AC-LYON.FR'])],
    ['an empty domain list', (d) => (academy(d, 'lyon').domains = [])],
    ['a domain with a path', (d) => (academy(d, 'lyon').domains = ['ac-lyon.fr/x'])],
    ['a non-kebab id', (d) => (academy(d, 'lyon').id = 'Lyon')],
    ['an unknown kind', (d) => ((academy(d, 'lyon') as { kind: string }).kind = 'ecole')],
    ['an http support URL', (d) => (academy(d, 'lyon').support = 'http://dane.ac-lyon.fr/')],
    [
      'a template without {slug}',
      (d) => (d.beta.hostTemplates.portal = { template: 'apps.beta.education.fr' }),
    ],
    ['a template with two {slug}', (d) => (d.beta.hostTemplates.portal = { template: '{slug}.{slug}.fr' })],
    ['a template that is a URL', (d) => (d.beta.hostTemplates.portal = { template: 'https://{slug}.fr/' })],
    [
      'an unknown service',
      (d) => ((d.beta.hostTemplates as Record<string, unknown>).mail = { template: 'm-{slug}.fr' }),
    ],
    ['an override for an unknown academy', (d) => (d.overrides = { atlantide: { nextcloud: 'x.fr' } })],
    ['an override that is not a host', (d) => (d.overrides = { lyon: { nextcloud: 'https://x.fr' } })],
    ['a national host with a port', (d) => d.national.instances.push({ service: 'blog', host: 'x.fr:8443' })],
    [
      'a host pattern with a regex',
      (d) => (d.national.nextcloudHostPattern = { prefix: 'nuage.*', digits: 2, suffix: '.fr' }),
    ],
    [
      'a host pattern without a domain',
      (d) => (d.national.nextcloudHostPattern = { prefix: 'n', digits: 2, suffix: '' }),
    ],
  ])('refuses %s', (_name, corrupt) => {
    const data = clone();
    corrupt(data);
    expect(hostDataSchema.safeParse(data).success).toBe(false);
  });

  it('accepts a catalogue with overrides and extra national hosts', () => {
    const data = clone();
    data.overrides = { lyon: { nextcloud: 'nuage.ac-lyon.fr', forum: null } };
    data.national.instances.push({ service: 'nextcloud', host: 'nuage05.apps.education.fr', inferred: true });
    expect(hostDataSchema.safeParse(data).success).toBe(true);
  });
});
