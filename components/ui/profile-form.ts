import { academyForAddress } from '@/lib/platform/academies';
import type { Academy, HostData } from '@/lib/platform/schemas';

/**
 * The typed staff address, checked the same way by the first-run form and the options page; each
 * screen turns the code into its own words.
 */
export type AddressCheck =
  | { ok: true; address: string; academy: Academy }
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'not-staff'; address: string };

/** Trimmed; stored in lower case; its academy comes from its domain. */
export function checkAddress(input: string, hostData: HostData): AddressCheck {
  const value = input.trim();
  if (value === '') return { ok: false, code: 'empty' };
  const academy = academyForAddress(value, hostData);
  if (!academy) return { ok: false, code: 'not-staff', address: value };
  return { ok: true, address: value.toLowerCase(), academy };
}

/** The academy picked in the list ('' or an unknown id: none). */
export function pickedAcademy(id: string, hostData: HostData): Academy | undefined {
  return hostData.academies.find((a) => a.id === id);
}
