import mistakesJson from '../../assets/data/domain-mistakes.json';
import { bundledHostData } from './hosts';
import type { Academy, HostData } from './schemas';

/**
 * « Vouliez-vous dire @ac-grenoble.fr ? »: the staff domain a mistyped address most likely means.
 * Pure: the academies (and the known wrong forms) are arguments, defaulting to the bundled data. Only
 * ever a suggestion: the caller shows it and the user accepts it, nothing is corrected silently.
 */

/** A known wrong form of a staff domain (assets/data/domain-mistakes.json). */
export interface DomainMistake {
  domain: string;
  /** The academy it means (its first domain is suggested). */
  academy: string;
  inferred?: boolean;
}

export const bundledDomainMistakes: readonly DomainMistake[] = (mistakesJson as { mistakes: DomainMistake[] })
  .mistakes;

export type SuggestionReason = 'known-mistake' | 'typo' | 'top-level-domain';

export interface DomainSuggestion {
  /** The staff domain to use instead (the academy's primary one). */
  domain: string;
  academy: Academy;
  reason: SuggestionReason;
}

export interface AddressSuggestion extends DomainSuggestion {
  /** The same local part on the suggested domain. */
  address: string;
}

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbours, "ac-grneoble"),
 * or `max + 1` as soon as it is known to be larger than `max` (cheap on long inputs).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos a domain of this length may carry and still be recognised (short names: one). */
const allowedTypos = (domain: string) => (domain.length >= 12 ? 2 : 1);

/** "ac-grenoble.fr" → "ac-grenoble"; a name without a dot is its own name part. */
const namePart = (domain: string) => {
  const dot = domain.lastIndexOf('.');
  return dot === -1 ? domain : domain.slice(0, dot);
};

/**
 * The staff domain meant by `domain`, or undefined when it is one already, is too far from every one,
 * or is equally close to two academies (then guessing could send the user to the wrong one).
 * Order: a known wrong form; the right name with another ending (`ac-lyon.com`, `ac-grenoble`); one
 * typo (two on long names) away from exactly one academy's domain.
 */
export function suggestStaffDomain(
  domain: string,
  data: HostData = bundledHostData,
  mistakes: readonly DomainMistake[] = bundledDomainMistakes,
): DomainSuggestion | undefined {
  if (typeof domain !== 'string') return undefined;
  const key = domain.trim().toLowerCase().replace(/\.+$/, '');
  if (key === '' || key.length > 253) return undefined;
  const all = data.academies.flatMap((academy) => academy.domains.map((d) => ({ domain: d, academy })));
  if (all.some((entry) => entry.domain === key)) return undefined;
  const primary = (academy: Academy, reason: SuggestionReason): DomainSuggestion => ({
    domain: academy.domains[0]!,
    academy,
    reason,
  });

  const mistake = mistakes.find((m) => m.domain === key);
  const meant = mistake && data.academies.find((a) => a.id === mistake.academy);
  if (meant) return primary(meant, 'known-mistake');

  const sameName = all.filter((entry) => namePart(entry.domain) === namePart(key));
  if (sameName.length > 0 && new Set(sameName.map((e) => e.academy.id)).size === 1) {
    return { domain: sameName[0]!.domain, academy: sameName[0]!.academy, reason: 'top-level-domain' };
  }

  let best: { distance: number; entries: typeof all } = { distance: Number.POSITIVE_INFINITY, entries: [] };
  for (const entry of all) {
    const max = allowedTypos(entry.domain);
    const distance = editDistance(key, entry.domain, max);
    if (distance > max) continue;
    if (distance < best.distance) best = { distance, entries: [entry] };
    else if (distance === best.distance) best.entries.push(entry);
  }
  const academiesAtBest = new Set(best.entries.map((e) => e.academy.id));
  if (best.entries.length === 0 || academiesAtBest.size !== 1) return undefined;
  // An alias typed wrong (ac-caen.fr) is answered with that alias, not the primary domain.
  return { domain: best.entries[0]!.domain, academy: best.entries[0]!.academy, reason: 'typo' };
}

/**
 * `prenom.nom@ac-grenble.fr` → `prenom.nom@ac-grenoble.fr` (Grenoble, a typo). Takes one bare address
 * (parse pasted text with parseAddresses first); undefined when there is nothing to suggest.
 */
export function suggestStaffAddress(
  address: string,
  data: HostData = bundledHostData,
  mistakes: readonly DomainMistake[] = bundledDomainMistakes,
): AddressSuggestion | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return undefined;
  const suggestion = suggestStaffDomain(trimmed.slice(at + 1), data, mistakes);
  return (
    suggestion && { ...suggestion, address: `${trimmed.slice(0, at).toLowerCase()}@${suggestion.domain}` }
  );
}
