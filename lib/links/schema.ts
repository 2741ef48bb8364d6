import * as z from 'zod/mini';
import { kebabSchema } from '../platform/schema-parts';

/**
 * Schema of assets/data/links.json (the rescue of dead 2020 links and the link converters, issue 18).
 * The unit tests validate the bundled file with it; lib/links/data.ts casts the JSON to its type.
 */
const httpsUrl = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\/[^\s]*$/, 'https URL expected'));

const todaySchema = z.nullable(
  z.object({
    url: httpsUrl,
    /** A page searching for `{terms}` (percent-encoded by the code). */
    search: z.optional(
      z.object({
        template: z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\/\S*\{terms\}\S*$/)),
        inferred: z.optional(z.boolean()),
      }),
    ),
  }),
);

export const linksFileSchema = z.object({
  rescue: z.object({
    closedYear: z.number().check(z.int(), z.minimum(2020), z.maximum(2030)),
    today: z.object({
      portal: todaySchema,
      nextcloud: todaySchema,
      peertube: todaySchema,
      codimd: todaySchema,
      blog: todaySchema,
      pads: todaySchema,
      forum: todaySchema,
    }),
  }),
  links: z.object({
    /** `tube-<theme>.apps.education.fr` */
    tubeThemes: z.array(kebabSchema).check(z.minLength(1), z.maxLength(100)),
    podeducEmbedQuery: z.object({
      value: z.string().check(z.regex(/^[a-z_]+=[a-z0-9]+$/)),
      inferred: z.optional(z.boolean()),
    }),
  }),
});
export type LinksData = z.infer<typeof linksFileSchema>;
export type RescueService = keyof LinksData['rescue']['today'];
