import * as z from 'zod/mini';
import { isValidHostname } from './hostname';
import { httpsUrlSchema, kebabSchema, SERVICE_IDS } from './schema-parts';

/**
 * Schemas of the bundled data (assets/data/academies.json, assets/data/instances.json) and of a remote
 * catalogue that may replace it. The TypeScript types of the library are inferred from them, so the
 * schemas are the single source of truth; the unit tests validate the bundled JSON against them.
 */

export { ACADEMY_SERVICE_IDS, PLATFORMS, SERVICE_IDS } from './schema-parts';
export type { AcademyServiceId, Platform, ServiceId } from './schema-parts';

/**
 * What an entry is, for the words the screens use: an académie, a vice-rectorat (Nouvelle-Calédonie,
 * Polynésie française, Wallis-et-Futuna), another territory's service (Saint-Pierre-et-Miquelon: a
 * « service de l'Éducation nationale ») or the central administration (domain-facts §1).
 */
export const ACADEMY_KINDS = ['academie', 'vice-rectorat', 'territoire', 'administration'] as const;
export type AcademyKind = (typeof ACADEMY_KINDS)[number];

const ACADEMY_FIELDS = ['name', 'kind', 'domains', 'region', 'slug', 'support'] as const;

const SLUG_PLACEHOLDER = '{slug}';

const serviceIdSchema = z.enum(SERVICE_IDS);
/** A lower-case ASCII host name (IDN in its xn-- form), as the WHATWG URL parser produces it. */
export const hostnameSchema = z.string().check(z.refine(isValidHostname, 'lower-case host name expected'));

/** A host name with exactly one "{slug}" placeholder, e.g. "cloud-{slug}.beta.education.fr". */
const hostTemplateSchema = z
  .string()
  .check(
    z.refine(
      (t) => t.split(SLUG_PLACEHOLDER).length === 2 && isValidHostname(t.replace(SLUG_PLACEHOLDER, 'slug')),
      'host template with one {slug} expected',
    ),
  );

export const academySchema = z.object({
  /** Stable identifier, kebab-case ASCII ("grenoble", "nancy-metz", "administration-centrale"). */
  id: kebabSchema,
  /** French display name ("Grenoble", "La Réunion"). */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.enum(ACADEMY_KINDS),
  /** Staff e-mail domains, primary first, then legacy aliases (ac-normandie.fr, ac-caen.fr, ac-rouen.fr). */
  domains: z.array(hostnameSchema).check(z.minLength(1), z.maxLength(20)),
  /** Région académique, when there is one. */
  region: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Beta host slug ("nancy" for Nancy-Metz, "outremer" for the shared overseas instances). */
  slug: kebabSchema,
  /** Support page (DANE), only when known for sure. */
  support: z.optional(httpsUrlSchema),
  /** Names of the fields that are inferred rather than verified. */
  inferred: z.optional(z.array(z.enum(ACADEMY_FIELDS))),
  /** Where the entry comes from, when not the academies table of the shared domain facts. */
  source: z.optional(z.string().check(z.maxLength(500))),
});
export type Academy = z.infer<typeof academySchema>;

const academyListSchema = z.array(academySchema).check(
  // Bounds keep a broken or hostile remote catalogue from costing much (35 entries today).
  z.maxLength(200),
  z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'academy ids must be unique'),
  z.refine((list) => {
    const domains = list.flatMap((a) => a.domains);
    return new Set(domains).size === domains.length;
  }, 'a staff domain must belong to one academy only'),
);

export const hostTemplateEntrySchema = z.object({
  template: hostTemplateSchema,
  inferred: z.optional(z.boolean()),
  /** Where the host name was seen (free text, for maintainers). */
  source: z.optional(z.string()),
});

export const nationalInstanceSchema = z.object({
  service: serviceIdSchema,
  host: hostnameSchema,
  /** Short French label (PeerTube instances are split by theme). */
  label: z.optional(z.string().check(z.maxLength(100))),
  /** The same label in English (French is the fallback). */
  labelEn: z.optional(z.string().check(z.maxLength(100))),
  inferred: z.optional(z.boolean()),
  /** Where the host was seen (free text, for maintainers). */
  source: z.optional(z.string().check(z.maxLength(500))),
});
export type NationalInstance = z.infer<typeof nationalInstanceSchema>;

/**
 * Family of hosts `<prefix><digits><suffix>` (nuage02.apps.education.fr, nuage15…): exactly `digits`
 * digits when given, else one or more (nuage99 and nuage100 are nodes too). Structured rather than a
 * regular expression so that a remote catalogue cannot inject a slow or over-broad pattern.
 */
export const hostPatternSchema = z.object({
  prefix: z.string().check(z.regex(/^[a-z0-9-]{1,50}$/)),
  digits: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  suffix: z
    .string()
    .check(z.refine((s) => s.startsWith('.') && isValidHostname(s.slice(1)), '".domain" suffix expected')),
  inferred: z.optional(z.boolean()),
  source: z.optional(z.string().check(z.maxLength(500))),
});
export type HostPattern = z.infer<typeof hostPatternSchema>;

/** Per-academy replacement of a beta host; `null` means "this academy has no such instance". */
const overridesSchema = z.record(kebabSchema, z.partialRecord(serviceIdSchema, z.nullable(hostnameSchema)));

export const betaPlatformSchema = z.object({
  hostTemplates: z.partialRecord(serviceIdSchema, hostTemplateEntrySchema),
});

/** A path pattern of the data (lib/signin/paths.ts): lower-case segments, `*` for one, an optional final `**`. */
const pathPatternSchema = z
  .string()
  .check(z.maxLength(200), z.regex(/^\/(?:(?:[a-z0-9._~-]+|\*)\/)*(?:[a-z0-9._~-]+|\*|\*\*)?$/));

/**
 * Which pages of a Nuage node prove that the user is signed in there (« Mon Nuage », lib/platform/nuage.ts):
 * a path of `paths` and of none of `ignorePaths` (sign-in apps, public share pages).
 * assets/data/nuage-learning.json.
 */
export const nuageLearningSchema = z.object({
  paths: z.array(pathPatternSchema).check(z.maxLength(50)),
  ignorePaths: z.array(pathPatternSchema).check(z.maxLength(100)),
  inferred: z.optional(z.boolean()),
  source: z.optional(z.string().check(z.maxLength(500))),
});
export type NuageLearning = z.infer<typeof nuageLearningSchema>;

export const nationalPlatformSchema = z.object({
  instances: z.array(nationalInstanceSchema).check(z.maxLength(500)),
  /** The national Nextcloud ("Nuage") nodes; deliberately no single default host for sharing. */
  nextcloudHostPattern: z.optional(hostPatternSchema),
});

/** assets/data/academies.json */
export const academiesFileSchema = z.object({ academies: academyListSchema });

/** assets/data/instances.json */
export const instancesFileSchema = z.object({
  beta: betaPlatformSchema,
  overrides: z.optional(overridesSchema),
  national: nationalPlatformSchema,
});

/**
 * Everything the library needs to know about the platform: the academies and the instance hosts.
 * The bundled data (`bundledHostData`) is the default of every function that takes a `data` argument;
 * settings or a remote catalogue can pass their own, validated with `hostDataSchema.safeParse`.
 */
export const hostDataSchema = z
  .object({
    academies: academyListSchema,
    beta: betaPlatformSchema,
    overrides: z.optional(overridesSchema),
    national: nationalPlatformSchema,
  })
  .check(
    z.refine((data) => {
      const ids = new Set(data.academies.map((a) => a.id));
      return Object.keys(data.overrides ?? {}).every((id) => ids.has(id));
    }, 'overrides must name existing academies'),
  );
export type HostData = z.infer<typeof hostDataSchema>;
