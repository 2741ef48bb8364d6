import * as z from 'zod/mini';
import { obj, oneOf } from '../util/check';

/**
 * « Mon Nuage » (issue 11): the small content script of the Nuage nodes says « a page is open here »,
 * nothing more. The background learns the node from the sender's URL, which the browser provides, never
 * from the message's body (a page cannot name another node): the message has no field at all.
 *
 *   content script (nuageNN.apps.education.fr) ──platform:nuage-seen──▶ background: sender.url →
 *                                              ◀── { learned } ────────  nuageNodeFromUrl → settings.myNuage
 */

export const PLATFORM_MESSAGE_PREFIX = 'platform:';

export const nuageSeenMessageSchema = z.strictObject({ type: z.literal('platform:nuage-seen') });
export type NuageSeenMessage = z.infer<typeof nuageSeenMessageSchema>;
/** The same check without zod (the background router; property-tested against the schema). */
export const checkNuageSeenMessage = obj<NuageSeenMessage>({ type: oneOf(['platform:nuage-seen']) }, true);

export interface NuageSeenResult {
  /** The node now remembered, when the page proved one (else absent). */
  learned?: string;
}
