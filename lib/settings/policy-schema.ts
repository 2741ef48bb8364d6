import * as z from 'zod/mini';
import { academyOverridesSchema } from '../catalogue/schema';
import { httpsUrlSchema } from '../platform/schema-parts';
import { settingsFieldSchemas } from './schema';

/**
 * The zod schemas of the administrator's policy (lib/settings/policy.ts), key by key: the reference
 * of the plain checks the extension reads the policy with (`managedFieldChecks`, property-tested
 * against these), and of public/managed-schema.json's keys (tests/unit/settings/policy.test.ts).
 */
export const managedFieldSchemas = {
  platform: settingsFieldSchemas.platform,
  catalogueUrl: httpsUrlSchema,
  faqUrl: httpsUrlSchema,
  /** Per-academy catalogue overrides (hide services, add the academy's own, the DANE's support link). */
  academyOverrides: academyOverridesSchema,
  /**
   * A shared computer: the book of colleagues' federation IDs and the user's own ID are never stored
   * (issue 12). Not a setting: the features read it from the policy (idBookAllowed).
   */
  disableIdBook: z.boolean(),
} as const;
