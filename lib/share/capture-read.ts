/**
 * The DOM half of capturing my federation ID (issue 12), with no imports and no data, so that the
 * platform content script (entrypoints/platform.content, a 2 KiB budget) can carry it. It reads only
 * La Boîte's read-only `#nclocator`, Nuage's server-written initial state, or the ID text displayed in
 * Nuage's federated-cloud section, and never the value of a field the user can type in. Everything it
 * returns is a candidate: lib/share/capture.ts and the background validate it (parseFederationId, the
 * page, the node) before anything is kept.
 */

export type CapturePage = 'profile' | 'nuage-sharing';

/** The federated-cloud section of Nextcloud's personal sharing settings, old and new markup. */
const NUAGE_SECTIONS = '#vue-personal-federated, #fileSharingSettings, .federated-cloud, [id*="federated" i]';

/** Which capture page a URL looks like (the background checks it again, strictly, on the data). */
export function capturePageHint(url: string): CapturePage | undefined {
  if (/^https:\/\/portail\.apps\.education\.fr\/profile\/?(?:[?#]|$)/.test(url)) return 'profile';
  if (
    /^https:\/\/nuage[0-9]+\.apps\.education\.fr(?:\/index\.php)?\/settings\/user\/sharing\/?(?:[?#]|$)/.test(
      url,
    )
  )
    return 'nuage-sharing';
  return undefined;
}

/** The part of a Document the capture reads. */
export interface CaptureDocument {
  getElementById(id: string): Element | null;
  querySelectorAll(selectors: string): ArrayLike<Element>;
}

/** `#nclocator`'s value, only when it is a read-only (or disabled) input or text area. */
export function readProfileCandidate(doc: CaptureDocument): string | undefined {
  const field = doc.getElementById('nclocator') as HTMLInputElement | null;
  if (!field || (field.tagName !== 'INPUT' && field.tagName !== 'TEXTAREA')) return undefined;
  if (!field.hasAttribute('readonly') && !field.hasAttribute('disabled')) return undefined;
  return typeof field.value === 'string' ? field.value.trim() : undefined;
}

/**
 * Nuage's sharing settings: Nextcloud's initial state `federatedfilesharing/cloudId` (a hidden input,
 * base64 JSON), else the first `…@<host>` shown in the federated section's text (not fields' values).
 */
export function readNuageCandidates(doc: CaptureDocument, host: string): string[] {
  const found: string[] = [];
  const state = doc.getElementById('initial-state-federatedfilesharing-cloudId') as HTMLInputElement | null;
  if (state && state.tagName === 'INPUT' && state.type === 'hidden') {
    try {
      const value: unknown = JSON.parse(atob(state.value));
      if (typeof value === 'string') found.push(value);
    } catch {
      // Not base64 JSON: the displayed text below.
    }
  }
  const id = new RegExp(`[a-zA-Z0-9_.@'=-]{1,200}@${host.replace(/\./g, '\\.')}(?![a-zA-Z0-9.-])`, 'g');
  const sections = doc.querySelectorAll(NUAGE_SECTIONS);
  for (let i = 0; i < sections.length; i++) {
    for (const match of (sections[i]?.textContent ?? '').matchAll(id)) found.push(match[0]);
  }
  return found;
}
