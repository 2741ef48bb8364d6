import type { Lang } from '@/lib/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something was done, short, in the UI language: « à l’instant », « il y a 5 minutes »,
 * « il y a 3 heures », « hier », then a short date (« 3 mars 2025 »). Intl only: no words to translate.
 */
export function formatWhen(at: number, now: number, lang: Lang): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const ago = now - at;
  if (ago >= 0 && ago < 7 * DAY) {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (ago < MINUTE) return rtf.format(0, 'second');
    if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
    if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
    return rtf.format(-Math.floor(ago / DAY), 'day');
  }
  return new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}
