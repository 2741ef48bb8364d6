import * as z from 'zod/mini';
import { httpsUrlSchema as httpsUrl } from '../platform/schema-parts';
import { STORED_HOST_PATTERN } from '../platform/url';

/**
 * The zod schema of the settings: the source of truth for their type, for settings files
 * (file.ts) and for the policy (policy.ts). Apart from settings.ts so that the popup and every
 * reader of the settings, which use the plain checks of settings.ts, load no zod.
 */

const host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(STORED_HOST_PATTERN));

const profileFieldSchemas = {
  address: z.optional(z.string().check(z.maxLength(254))),
  academyId: z.optional(z.string().check(z.maxLength(64))),
};

export const settingsFieldSchemas = {
  /** The staff address (kept on this computer only) and/or an academy picked from the list. */
  profile: z.object(profileFieldSchemas),
  /**
   * The national platform staff use today (the default since v3), or the per-academy beta platform the
   * FAQ describes (2020, archived).
   */
  platform: z.enum(['beta', 'national']),
  /** Whether the user picked the platform themselves (options, the popup's notice): a choice is kept. */
  platformChosen: z.boolean(),
  /** Show once, in the popup: « Vous êtes passé à la plateforme nationale » (set by the v3 migration). */
  platformNotice: z.boolean(),
  /**
   * « Mon Nuage »: the user's own Nuage node (nuage06.apps.education.fr), learned or typed. Stored only
   * once checked as a node (the background's learning, the options' field); the popup checks it again
   * (isNuageNode) before using it. A host here, not the node rule, so that the host data stays out of
   * every bundle that reads settings.
   */
  myNuage: z.optional(host),
  language: z.enum(['auto', 'fr', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Remote JSON catalogue replacing the bundled one (data only). */
  catalogueUrl: z.optional(httpsUrl),
  /** Remote FAQ source (JSON in the project's schema, or an HTML FAQ page). */
  faqUrl: z.optional(httpsUrl),
  /** Hosts where the wrong-academy warning is turned off ("Ne plus avertir pour ce site"). */
  dismissedSites: z.array(host).check(z.maxLength(500)),
  /** Colleague's address → their Nextcloud host (national platform: cannot be derived). */
  rememberedHosts: z.record(z.string().check(z.maxLength(254)), host),
  /**
   * Show the extension's own page instead of a dead 2020 link (`*.beta.education.fr`) when the national
   * platform is in use (issue 18). A field with a default: older settings lack it and get the default.
   */
  rescueDeadLinks: z.boolean(),
} as const;

export const settingsSchema = z.object({
  version: z.number(),
  ...settingsFieldSchemas,
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof typeof settingsFieldSchemas;
