import { isNuageNode, parseFederationId } from './federation-id';

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

export type CapturePage = 'profile' | 'nuage-sharing';

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

/** The part of a Document the capture reads. */
export interface CaptureDocument {
  getElementById(id: string): Element | null;
  querySelectorAll(selectors: string): ArrayLike<Element>;
}

/** The federated-cloud section of Nextcloud's personal sharing settings, old and new markup. */
const NUAGE_SECTIONS = '#vue-personal-federated, #fileSharingSettings, .federated-cloud, [id*="federated" i]';
const ID_IN_TEXT = /[a-zA-Z0-9_.@'=-]{1,200}@nuage[0-9]+\.apps\.education\.fr/g;

function validOn(id: string, host?: string): string | undefined {
  const parsed = parseFederationId(id, { platform: 'national' });
  if (!parsed.ok || parsed.node === undefined) return undefined;
  if (host !== undefined && parsed.host !== host) return undefined;
  return parsed.id;
}

/** `#nclocator`, only when it is a read-only (or disabled) input: never a field the user types in. */
export function captureFromProfile(doc: CaptureDocument): string | undefined {
  const field = doc.getElementById('nclocator');
  if (!field || (field.tagName !== 'INPUT' && field.tagName !== 'TEXTAREA')) return undefined;
  if (!field.hasAttribute('readonly') && !field.hasAttribute('disabled')) return undefined;
  const value = (field as HTMLInputElement).value;
  return typeof value === 'string' ? validOn(value) : undefined;
}

/** Nuage's sharing settings: the server's initial state, else the ID shown in the federated section. */
export function captureFromNuageSharing(doc: CaptureDocument, host: string): string | undefined {
  const state = doc.getElementById('initial-state-federatedfilesharing-cloudId');
  if (state && state.tagName === 'INPUT' && (state as HTMLInputElement).type === 'hidden') {
    try {
      const value: unknown = JSON.parse(atob((state as HTMLInputElement).value));
      if (typeof value === 'string') {
        const id = validOn(value, host);
        if (id) return id;
      }
    } catch {
      // Not base64 JSON: fall through to the displayed text.
    }
  }
  const sections = doc.querySelectorAll(NUAGE_SECTIONS);
  for (let i = 0; i < sections.length; i++) {
    // textContent: what is displayed, not the values of fields (typed text lives in `.value`).
    const text = sections[i]?.textContent ?? '';
    for (const match of text.matchAll(ID_IN_TEXT)) {
      const id = validOn(match[0].trim(), host);
      if (id) return id;
    }
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
