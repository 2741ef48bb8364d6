import { bundledHostData } from './hosts';
import type { Academy, HostData } from './schemas';

/** Every academy, overseas territory and the central administration of the bundled data. */
export const academies: readonly Academy[] = bundledHostData.academies;

/** Domain → academy, built once per academy list (the data is treated as immutable). */
const domainIndexes = new WeakMap<readonly Academy[], ReadonlyMap<string, Academy>>();

function domainIndex(list: readonly Academy[]): ReadonlyMap<string, Academy> {
  let index = domainIndexes.get(list);
  if (!index) {
    const map = new Map<string, Academy>();
    for (const academy of list) {
      for (const domain of academy.domains) {
        const key = domain.toLowerCase();
        if (!map.has(key)) map.set(key, academy);
      }
    }
    index = map;
    domainIndexes.set(list, index);
  }
  return index;
}

export function academyById(id: string, data: HostData = bundledHostData): Academy | undefined {
  if (typeof id !== 'string') return undefined;
  return data.academies.find((academy) => academy.id === id);
}

/**
 * The academy whose staff use exactly this mail domain (aliases included: ac-caen.fr → Normandie),
 * case-insensitive, one trailing dot tolerated. Exact match only: `ac-lyon.fr.evil.example`,
 * `evil-ac-lyon.fr` and also `sub.ac-lyon.fr` are not Lyon (staff mailboxes live at the academy's
 * own domain, and the platform only opens accounts for @ac-xxx.fr / @education.gouv.fr addresses).
 */
export function academyForDomain(domain: string, data: HostData = bundledHostData): Academy | undefined {
  if (typeof domain !== 'string') return undefined;
  let key = domain.toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  if (key === '') return undefined;
  return domainIndex(data.academies).get(key);
}

/** Characters that cannot be in the local part of a single, bare address. */
const NOT_BARE_LOCAL = /[\s<>()[\],;:"\\]/;

/**
 * The academy of a staff address, from the whole domain after the last `@` (see academyForDomain).
 * The argument must be a bare address (`prenom.nom@ac-lyon.fr`, surrounding spaces allowed); to read
 * `Prénom Nom <adresse>` or a list, use parseAddresses first. Anything else gives undefined.
 */
export function academyForAddress(address: string, data: HostData = bundledHostData): Academy | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = trimmed.slice(0, at);
  if (NOT_BARE_LOCAL.test(local)) return undefined;
  return academyForDomain(trimmed.slice(at + 1), data);
}

/**
 * Whether this is the address of Éducation nationale staff (an academic or central-administration
 * domain). Functional addresses of schools (`ce.0690001A@ac-lyon.fr`) count as staff addresses.
 */
export function isStaffAddress(address: string, data: HostData = bundledHostData): boolean {
  return academyForAddress(address, data) !== undefined;
}
