import {
  readNuageCandidates,
  readProfileCandidate,
  type CaptureDocument,
  type CapturePage,
} from './capture-read';
import { isNuageNode, parseFederationId } from './federation-id';

export type { CaptureDocument, CapturePage };

/**
 * Capture of my own federation ID (issue 12) on the two pages that show it, and only there:
 *
 * - La Boîte's profile page (`https://portail.apps.education.fr/profile`): the read-only field
 *   `#nclocator` labelled « ID de Fédération Nextcloud » (Laboite-EdNat `ProfilePage.jsx`);
 * - Nuage's sharing settings (`https://nuageNN.apps.education.fr/settings/user/sharing`, « Cloud
 *   fédéré »): Nextcloud's initial state `federatedfilesharing/cloudId` (a hidden input holding base64
 *   JSON, written by the server) or, failing that, the ID pattern `…@<this node>` in the text of the
 *   federated-cloud section. Inferred: the section's markup changes between Nextcloud versions.
 *
 * Nothing typed is ever read: an editable field is ignored, only the read-only field's value, the
 * server's initial state and displayed text. The ID must pass parseFederationId on a Nuage node (and,
 * on Nuage, be on that very node). Pure: takes the page's URL and a document-like object.
 */

export const PORTAL_HOST = 'portail.apps.education.fr';

/** Which capture page `url` is, or undefined (any other page: nothing is read). */
export function capturePageOf(url: string): CapturePage | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '')
    return undefined;
  const path = parsed.pathname.replace(/\/+$/, '');
  if (parsed.hostname === PORTAL_HOST && path === '/profile') return 'profile';
  if (isNuageNode(parsed.hostname) && /^(\/index\.php)?\/settings\/user\/sharing$/.test(path))
    return 'nuage-sharing';
  return undefined;
}

function validOn(id: string, host?: string): string | undefined {
  const parsed = parseFederationId(id, { platform: 'national' });
  if (!parsed.ok || parsed.node === undefined) return undefined;
  if (host !== undefined && parsed.host !== host) return undefined;
  return parsed.id;
}

/** `#nclocator`, only when it is a read-only (or disabled) input: never a field the user types in. */
export function captureFromProfile(doc: CaptureDocument): string | undefined {
  const value = readProfileCandidate(doc);
  return value === undefined ? undefined : validOn(value);
}

/** Nuage's sharing settings: the server's initial state, else the ID shown in the federated section. */
export function captureFromNuageSharing(doc: CaptureDocument, host: string): string | undefined {
  for (const candidate of readNuageCandidates(doc, host)) {
    const id = validOn(candidate, host);
    if (id) return id;
  }
  return undefined;
}

/** My ID on this page, if it is a capture page and shows one. */
export function captureMyId(
  url: string,
  doc: CaptureDocument,
): { id: string; page: CapturePage } | undefined {
  const page = capturePageOf(url);
  if (page === 'profile') {
    const id = captureFromProfile(doc);
    return id ? { id, page } : undefined;
  }
  if (page === 'nuage-sharing') {
    const id = captureFromNuageSharing(doc, new URL(url).hostname);
    return id ? { id, page } : undefined;
  }
  return undefined;
}
