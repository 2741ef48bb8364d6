import { parseAddresses } from '../share/addresses';
import { academyForAddress } from './academies';
import { suggestStaffAddress } from './address-suggestion';
import type { AddressSuggestion, DomainMistake } from './address-suggestion';
import { bundledHostData } from './hosts';
import type { Academy, HostData } from './schemas';

/**
 * The user's own staff address, as typed or pasted (first run, options): read with the share tab's
 * parser, so `Jean Dupont <jean.dupont@ac-grenoble.fr>` from a mail client, `mailto:…` and a trailing
 * dot or spaces all work. Never a shortened or altered address taken silently: when the address found
 * is not the whole input (`jean dupont@ac-lyon.fr` holds `dupont@ac-lyon.fr`), it is refused.
 * Codes only; each screen says them in its words.
 */
export type StaffAddressReading =
  | { ok: true; address: string; academy: Academy }
  | { ok: false; code: 'empty' }
  /** Nothing that looks like an address. */
  | { ok: false; code: 'no-address'; input: string }
  /** More than one address: which one is yours? */
  | { ok: false; code: 'several'; addresses: string[] }
  /** An address inside more text than a name: `found` is not taken silently. */
  | { ok: false; code: 'partial'; input: string; found: string }
  /** An address, but not a staff one; with the staff address it most likely means, if any. */
  | { ok: false; code: 'not-staff'; address: string; suggestion?: AddressSuggestion };

/** `Name <address>`, `"Dupont, Jean" <address>`, with `mailto:` inside the brackets or not. */
const NAMED = /^(?:"[^"]*"\s*|[^<>"]*)<\s*(?:mailto:)?([^<>\s]+)\s*>$/i;

/** Trailing dots, commas, semicolons and spaces belong to the sentence or the list it came from. */
const stripEnd = (text: string) => text.replace(/[\s.,;]+$/u, '');

function isWholeInput(input: string, address: string): boolean {
  const text = stripEnd(input.normalize('NFC').trim()).toLowerCase();
  if (text === address || text === `mailto:${address}`) return true;
  const named = NAMED.exec(text);
  return named !== null && stripEnd(named[1]!) === address;
}

export function readStaffAddress(
  input: string,
  data: HostData = bundledHostData,
  mistakes?: readonly DomainMistake[],
): StaffAddressReading {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return { ok: false, code: 'empty' };
  const found = parseAddresses(text);
  if (found.length === 0) return { ok: false, code: 'no-address', input: text };
  if (found.length > 1) return { ok: false, code: 'several', addresses: found };
  const address = found[0]!;
  if (!isWholeInput(text, address)) return { ok: false, code: 'partial', input: text, found: address };
  const academy = academyForAddress(address, data);
  if (academy) return { ok: true, address, academy };
  const suggestion = suggestStaffAddress(address, data, mistakes);
  return { ok: false, code: 'not-staff', address, ...(suggestion ? { suggestion } : {}) };
}
