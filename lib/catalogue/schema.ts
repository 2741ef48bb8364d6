import * as z from 'zod/mini';
import { httpsUrlSchema, kebabSchema, PLATFORMS, SERVICE_IDS } from '../platform/schema-parts';

/**
 * Schemas of the services catalogue (assets/data/catalogue.json and remote catalogues) and of the
 * per-academy overrides (catalogue or administrator policy). The types are inferred from them.
 */

const text = z.string().check(z.minLength(1), z.maxLength(200));

/** The message of the issue raised for a platform service outside *.education.fr (a code, not prose). */
export const PLATFORM_HOST_OUTSIDE = 'platform-host-outside-education';

/** Whether a host is education.fr or under it (the platform's own domain, and the ministry's). */
export function isEducationHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'education.fr' || h.endsWith('.education.fr');
}

/**
 * A fixed link that is not marked `external` stands for a platform service: it must be on
 * *.education.fr, so a remote catalogue or a policy cannot pass another site off as the platform.
 * External services (the CNED, an academy's own site) stay allowed as links, shown as external.
 */
export function platformHostProblem(service: {
  url?: string | undefined;
  external?: boolean | undefined;
}): typeof PLATFORM_HOST_OUTSIDE | undefined {
  if (service.url === undefined || service.external === true) return undefined;
  try {
    return isEducationHost(new URL(service.url).hostname) ? undefined : PLATFORM_HOST_OUTSIDE;
  } catch {
    return undefined; // httpsUrlSchema reports a bad URL.
  }
}

/** French is required; English falls back to French. */
export const localizedTextSchema = z.object({ fr: text, en: z.optional(text) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const catalogueServiceSchema = z
  .object({
    id: kebabSchema,
    name: localizedTextSchema,
    /** On the national platform, when the service goes by another name ("Nuage"). */
    nationalName: z.optional(localizedTextSchema),
    description: localizedTextSchema,
    /** On the national platform, when the service is described otherwise. */
    nationalDescription: z.optional(localizedTextSchema),
    /** Name of a bundled icon (components/popup/icons.tsx); an unknown name shows a generic icon. */
    icon: z.optional(kebabSchema),
    /** A platform service: its host comes from the host data (academy + platform). */
    instance: z.optional(z.enum(SERVICE_IDS)),
    /** Path appended to the instance's root, e.g. "/mypads/". */
    path: z.optional(z.string().check(z.maxLength(200), z.regex(/^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/))),
    /** A fixed link instead (external services, or an academy's own service). */
    url: z.optional(httpsUrlSchema),
    /** Run outside the platform (shown as such). */
    external: z.optional(z.boolean()),
    /** Only on these platforms (default: both). */
    platforms: z.optional(z.array(z.enum(PLATFORMS))),
    inferred: z.optional(z.boolean()),
    /** Where the facts come from (free text, for maintainers). */
    source: z.optional(z.string().check(z.maxLength(500))),
    /**
     * National platform: also list every labelled national instance of this service (the thematic
     * tubes), each a link of its own, beside the main one.
     */
    listInstances: z.optional(z.boolean()),
    /** The service's search page: `<service URL's origin><path>?<param>=<query>` (PeerTube: /search?search=). */
    search: z.optional(
      z.object({
        path: z.string().check(z.maxLength(200), z.regex(/^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/)),
        param: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,50}$/)),
        inferred: z.optional(z.boolean()),
        source: z.optional(z.string().check(z.maxLength(500))),
      }),
    ),
  })
  .check(
    z.refine((s) => (s.instance === undefined) !== (s.url === undefined), 'either `instance` or `url`'),
    z.refine((s) => platformHostProblem(s) === undefined, PLATFORM_HOST_OUTSIDE),
  );
export type CatalogueService = z.infer<typeof catalogueServiceSchema>;

/** Per-academy overrides: the DANE may hide services and add its own (FAQ, "interlocuteurs"). */
export const academyOverrideSchema = z.object({
  hide: z.optional(z.array(kebabSchema).check(z.maxLength(50))),
  add: z.optional(z.array(catalogueServiceSchema).check(z.maxLength(50))),
  /** The academy's support (DANE) page. */
  support: z.optional(z.object({ url: httpsUrlSchema, name: z.optional(localizedTextSchema) })),
  /**
   * Other names of the academy's entry in the sign-in desk list of auth.apps.education.fr (issue 13):
   * visible names or provider aliases, added to assets/data/signin-desks.json's.
   */
  deskAliases: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20))),
});
export type AcademyOverride = z.infer<typeof academyOverrideSchema>;
export const academyOverridesSchema = z.record(kebabSchema, academyOverrideSchema);
export type AcademyOverrides = z.infer<typeof academyOverridesSchema>;

const uniqueIds = (list: readonly { id: string }[]) => new Set(list.map((s) => s.id)).size === list.length;

export const catalogueSchema = z.object({
  version: z.literal(1),
  services: z
    .array(catalogueServiceSchema)
    .check(z.minLength(1), z.maxLength(100), z.refine(uniqueIds, 'service ids must be unique')),
  overrides: z.optional(academyOverridesSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** The stored remote catalogue (lib/catalogue/remote.ts; read with its plain twin, ./check.ts). */
export const catalogueCacheSchema = z.object({
  /** The last good remote catalogue and where it came from. */
  catalogue: z.optional(catalogueSchema),
  url: z.optional(z.string()),
  fetchedAt: z.optional(z.number()),
  /** The last attempt failed (cleared by the next success). */
  lastError: z.optional(
    z.object({
      url: z.string(),
      at: z.number(),
      reason: z.enum(['network', 'http', 'too-large', 'not-json', 'invalid', 'foreign-host', 'redirected']),
    }),
  ),
});
export type CatalogueCache = z.infer<typeof catalogueCacheSchema>;
