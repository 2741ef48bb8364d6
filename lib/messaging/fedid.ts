import * as z from 'zod/mini';
import { obj, oneOf, str } from '../util/check';

/**
 * The capture of my own federation ID (issue 12):
 *
 *   capture script (La Boîte /profile, Nuage /settings/user/sharing) ──fedid:captured {id, page}──▶ background
 *                                                                    ◀── { ok: boolean } ──────────
 *
 * The script sends only the ID read from the page's read-only field (or the server's own data), never
 * anything typed. The background checks the sender's page (one of those two pages), the ID again
 * (parseFederationId, on that node), and the administrator's policy before storing it.
 */
export const fedIdCapturedMessageSchema = z.object({
  type: z.literal('fedid:captured'),
  id: z.string().check(z.minLength(3), z.maxLength(300)),
  page: z.enum(['profile', 'nuage-sharing']),
});
export type FedIdCapturedMessage = z.infer<typeof fedIdCapturedMessageSchema>;
/** The same check without zod (the background router; property-tested against the schema). */
export const checkFedIdCapturedMessage = obj<FedIdCapturedMessage>({
  type: oneOf(['fedid:captured']),
  id: str(3, 300),
  page: oneOf(['profile', 'nuage-sharing']),
});

export interface FedIdCapturedResult {
  ok: boolean;
}
