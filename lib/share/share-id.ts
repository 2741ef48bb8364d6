import { academyForAddress } from '../platform/academies';
import { parseAddresses } from './addresses';
import {
  buildCloudId,
  CLOUD_ID_MAX_BYTES,
  firstForbiddenUserChar,
  resolveCloudId,
  utf8ByteLength,
} from './cloud-id';
import { bundledHostData } from '../platform/hosts';
import { normalizeNextcloudHost } from './nextcloud-host';
import { instanceHost } from '../platform/instances';
import type { Academy, HostData, Platform } from '../platform/schemas';

/**
 * The federated-share ID of a colleague: `<academic address>@<Nextcloud host>`, e.g.
 * `jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr` (the form the platform's FAQ gives).
 * A bare address is never returned: Nextcloud would read `jean.dupont@ac-lyon.fr` as the user
 * `jean.dupont` on a server `ac-lyon.fr`, which does not exist.
 */

export type ShareIdErrorCode =
  | 'no-address'
  | 'several-addresses'
  | 'not-staff'
  | 'invalid-chars'
  | 'no-host'
  | 'invalid-host'
  | 'too-long';

export type ShareIdResult =
  | {
      ok: true;
      /** The ID to paste in Nextcloud's share field. */
      id: string;
      /** The Nextcloud server, `host[:port]`, without protocol. */
      host: string;
      /** The colleague's address, trimmed and lower-cased (the user part of the ID). */
      address: string;
      academy?: Academy;
    }
  | {
      ok: false;
      code: ShareIdErrorCode;
      /** French, for a teacher: what is wrong and what to do. */
      message: string;
      /** For `invalid-chars`: the refused character. */
      char?: string;
    };

export interface ShareIdOptions {
  /**
   * The colleague's Nextcloud server, as the user gave it: a host, a URL, a share link or a colleague's
   * cloud ID (see normalizeNextcloudHost). Blank means "not given".
   */
  host?: string;
  /**
   * Where to look for a host when none is given. 'beta' (default): the academy's beta instance.
   * 'national': none can be derived (each user's Nuage server is assigned by load), so `no-host`.
   */
  platform?: Platform;
  data?: HostData;
}

const NBSP = '\u00a0';
const quote = (text: string) => `«${NBSP}${text}${NBSP}»`;
const EXAMPLE_ADDRESS = 'prenom.nom@ac-lyon.fr';
const EXAMPLE_HOST = 'nuage03.apps.education.fr';
const ASK_FOR_HOST =
  `Demandez à votre collègue l’adresse de son serveur Nuage (elle apparaît dans la barre d’adresse ` +
  `de son navigateur quand il ouvre Nuage, par exemple ${EXAMPLE_HOST}), puis indiquez-la.`;

function fail(code: ShareIdErrorCode, message: string, char?: string): ShareIdResult {
  return char === undefined ? { ok: false, code, message } : { ok: false, code, message, char };
}

/**
 * Builds the cloud ID to share with a colleague, from their address (`jean.dupont@ac-lyon.fr`,
 * `Jean Dupont <jean.dupont@ac-lyon.fr>`, a `mailto:` link, or their full cloud ID) and, optionally,
 * their Nextcloud server. Never throws.
 *
 * - Only staff addresses (academic domains, education.gouv.fr) are accepted, even when a host is
 *   given: only staff have an account on the platform, so any other address cannot be shared with.
 * - Host: `options.host` when given; else the server of a pasted cloud ID; else (beta platform) the
 *   academy's Nextcloud instance. The national platform has no derivable host.
 * - Every `ok` ID is checked with resolveCloudId: it reads back as user = the address, remote =
 *   `https://` + host.
 */
export function buildShareId(address: string, options: ShareIdOptions = {}): ShareIdResult {
  const data = options.data ?? bundledHostData;
  const found = parseAddresses(address);
  const first = found[0];
  if (first === undefined) {
    return fail(
      'no-address',
      `Aucune adresse électronique n’a été reconnue. Saisissez l’adresse académique de votre collègue, ` +
        `par exemple ${EXAMPLE_ADDRESS}.`,
    );
  }
  if (found.length > 1) {
    return fail(
      'several-addresses',
      `Plusieurs adresses ont été trouvées (${found.slice(0, 3).join(', ')}${found.length > 3 ? '…' : ''}). ` +
        `Saisissez une seule adresse à la fois.`,
    );
  }
  const academy = academyForAddress(first, data);
  if (!academy) {
    return fail(
      'not-staff',
      `L’adresse ${quote(first)} n’est pas une adresse académique. Seuls les personnels de ` +
        `l’Éducation nationale, avec une adresse académique (par exemple ${EXAMPLE_ADDRESS}) ou en ` +
        `@education.gouv.fr, ont un compte sur la plateforme. Demandez à votre collègue son adresse ` +
        `académique.`,
    );
  }
  const badChar = firstForbiddenUserChar(first);
  if (badChar !== undefined) {
    return fail(
      'invalid-chars',
      `L’adresse ${quote(first)} contient ${quote(badChar)}, un caractère que Nuage (Nextcloud) ` +
        `n’accepte pas dans un identifiant de partage. Les adresses académiques s’écrivent sans accent ` +
        `ni ${quote('+')}${NBSP}: vérifiez l’adresse de votre collègue, par exemple dans l’annuaire de ` +
        `votre messagerie académique.`,
      badChar,
    );
  }

  let host: string | undefined;
  const given = typeof options.host === 'string' && options.host.trim() !== '' ? options.host : undefined;
  if (given !== undefined) {
    host = normalizeNextcloudHost(given);
    if (host === undefined) return invalidHost(given);
  } else {
    const pasted = hostOfPastedCloudId(address, first);
    if (pasted === null) return invalidHost(address);
    host = pasted;
    if (host === undefined && options.platform === 'national') {
      return fail(
        'no-host',
        `Sur la plateforme nationale, chaque personne a son propre serveur Nuage, qu’on ne peut pas ` +
          `deviner à partir de son adresse. ${ASK_FOR_HOST}`,
      );
    }
    host ??= instanceHost(academy, 'nextcloud', data);
    if (host === undefined) {
      const domain = first.slice(first.lastIndexOf('@'));
      return fail(
        'no-host',
        `Aucun serveur Nuage n’est connu pour les adresses en ${domain}. ${ASK_FOR_HOST}`,
      );
    }
  }

  if (utf8ByteLength(`${first}@${host}`) > CLOUD_ID_MAX_BYTES) {
    return fail(
      'too-long',
      `L’identifiant obtenu est trop long pour Nuage (${CLOUD_ID_MAX_BYTES} caractères au plus). ` +
        `Vérifiez l’adresse de votre collègue et celle de son serveur.`,
    );
  }
  const id = buildCloudId(first, host);
  const check = resolveCloudId(id);
  // Cannot fail after the checks above; kept so that no unverified ID is ever handed out.
  if (!check || check.user !== first || check.remote !== `https://${host}`) {
    return fail(
      'invalid-host',
      `L’adresse du serveur ${quote(host)} ne permet pas de construire un identifiant de partage. ` +
        `Vérifiez-la, par exemple ${EXAMPLE_HOST}.`,
    );
  }
  return { ok: true, id, host, address: first, academy };
}

function invalidHost(given: string): ShareIdResult {
  return fail(
    'invalid-host',
    `${quote(given.trim().slice(0, 100))} n’est pas une adresse de serveur Nuage valable. Copiez-la ` +
      `depuis la barre d’adresse de votre collègue ou depuis un lien de partage qu’il vous a envoyé, ` +
      `par exemple ${EXAMPLE_HOST}.`,
  );
}

/**
 * When the user pasted a colleague's whole cloud ID (`jean.dupont@ac-lyon.fr@nuage03.apps.education.fr`)
 * as the address, its server is the one to use (the user part must be exactly the address found).
 * undefined: not a pasted cloud ID; null: a cloud ID whose server is not a usable host name.
 */
function hostOfPastedCloudId(input: string, address: string): string | null | undefined {
  if (typeof input !== 'string') return undefined;
  const cloudId = resolveCloudId(input.trim());
  if (!cloudId || cloudId.user.toLowerCase() !== address) return undefined;
  return normalizeNextcloudHost(cloudId.remote) ?? null;
}
