/**
 * The two parts of the FAQ: today's national platform ('today') and the platform's FAQ of 2020
 * ('2020'). Which part ranks first, how a remote FAQ combines with today's bundled answers, and the
 * entries in the UI language. Pure functions; the FAQ's wording is never changed here.
 */
import type { Lang } from '../i18n';
import type { FaqEntry, FaqEra } from './schema';

/** What an entry without `era` is: the 2020 FAQ, remote FAQs and caches older than the field. */
export const DEFAULT_FAQ_ERA: FaqEra = '2020';

export function eraOf(entry: Pick<FaqEntry, 'era'>): FaqEra {
  return entry.era ?? DEFAULT_FAQ_ERA;
}

/** The platforms of the settings (lib/settings/settings.ts), read, never imported from there. */
export type FaqPlatform = 'beta' | 'national';

/** On the national platform today's answers come first; on the 2020 (beta) platform, the 2020 FAQ. */
export function preferredEra(platform: FaqPlatform): FaqEra {
  return platform === 'national' ? 'today' : '2020';
}

/**
 * Score factor of the preferred part's entries. Enough to put an entry that answers about as well
 * first (the relevance tests pin it), not enough to lift a weak match above a clear answer.
 */
export const PREFERRED_ERA_BOOST = 1.6;

export function eraBoost(era: FaqEra, prefer: FaqEra | undefined): number {
  return prefer !== undefined && era === prefer ? PREFERRED_ERA_BOOST : 1;
}

/**
 * The FAQ to show from what the cache holds: a remote FAQ replaces the 2020 part only, unless it
 * says otherwise by carrying entries of its own marked `era: "today"`. So when `stored` has no
 * today entry, the bundled ones are put first (an id the stored FAQ already uses stays the stored
 * one's). When it has some, it is shown as it is.
 */
export function withTodayPart(stored: readonly FaqEntry[], bundledToday: readonly FaqEntry[]): FaqEntry[] {
  if (stored.some((entry) => eraOf(entry) === 'today')) return [...stored];
  const ids = new Set(stored.map((entry) => entry.id));
  return [...bundledToday.filter((entry) => !ids.has(entry.id)), ...stored];
}

/** The two parts, each in FAQ order. */
export function faqParts(entries: readonly FaqEntry[]): { today: FaqEntry[]; past: FaqEntry[] } {
  return {
    today: entries.filter((entry) => eraOf(entry) === 'today'),
    past: entries.filter((entry) => eraOf(entry) === '2020'),
  };
}

/** The language an entry is shown in: English where the UI speaks it and the entry has it. */
export function entryLang(entry: Pick<FaqEntry, 'en'>, lang: Lang): Lang {
  return lang === 'en' && entry.en ? 'en' : 'fr';
}

/** The entry as shown in `lang` (question, answer and section in English where it has them). */
export function localizeEntry(entry: FaqEntry, lang: Lang): FaqEntry {
  if (entryLang(entry, lang) !== 'en' || !entry.en) return entry;
  const { question, answer, section } = entry.en;
  return { ...entry, question, answer, section: section ?? entry.section };
}

export function localizeFaq(entries: readonly FaqEntry[], lang: Lang): FaqEntry[] {
  return entries.map((entry) => localizeEntry(entry, lang));
}
