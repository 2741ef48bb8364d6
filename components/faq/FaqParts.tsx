import type { Lang } from '@/lib/i18n';
import { typeset } from '@/lib/faq/typography';
import { entryLang } from '@/lib/faq/era';
import type { FaqSnapshot } from './client';
import { FaqItem, type FaqTranslate } from './FaqItem';
import type { Faq, FaqListProps, FaqSectionGroup } from './useFaq';

function hostOf(url: string | null): string {
  if (!url) return '?';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** What the second part holds: the 2020 FAQ, or the remote FAQ that replaced it. */
function pastNote(snapshot: FaqSnapshot | null, t: FaqTranslate): string {
  return snapshot?.meta.source === 'network'
    ? t('part2020Remote', { host: hostOf(snapshot.meta.url) })
    : t('part2020Note');
}

interface PartProps {
  faq: Faq;
  t: FaqTranslate;
  lang: Lang;
  idPrefix: string;
  id: 'today' | '2020';
  title: string;
  note: string;
  sections: FaqSectionGroup[];
}

function FaqPart({ faq, t, lang, idPrefix, id, title, note, sections }: PartProps) {
  const titleId = `${idPrefix}-part-${id}`;
  return (
    <section class="faq-part" aria-labelledby={titleId} data-testid={`faq-part-${id}`}>
      <h2 id={titleId} class="faq-heading">
        {title}
      </h2>
      <p class="muted faq-part-note">{note}</p>
      {sections.map((section) => {
        const shown = section.entries[0] ? entryLang(section.entries[0], lang) : 'fr';
        return (
          <div key={section.title} class="faq-section">
            <h3 lang={shown}>{typeset(section.title, shown)}</h3>
            <ul class="faq-list">
              {section.entries.map((entry) => (
                <FaqItem
                  key={entry.id}
                  entry={entry}
                  lang={lang}
                  open={faq.openId === entry.id}
                  idPrefix={idPrefix}
                  t={t}
                  onToggle={() => faq.toggle(entry.id)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/**
 * The whole FAQ while nothing is searched, in two titled parts: « La plateforme aujourd'hui »
 * first, then « FAQ de la plateforme (2020) », labelled with what it is.
 */
export function FaqParts({ faq, t, lang, idPrefix }: FaqListProps) {
  return (
    <div data-testid="faq-sections">
      {faq.parts.today.length > 0 && (
        <FaqPart
          faq={faq}
          t={t}
          lang={lang}
          idPrefix={idPrefix}
          id="today"
          title={t('partToday')}
          note={t('partTodayNote')}
          sections={faq.parts.today}
        />
      )}
      {faq.parts.past.length > 0 && (
        <FaqPart
          faq={faq}
          t={t}
          lang={lang}
          idPrefix={idPrefix}
          id="2020"
          title={t('part2020')}
          note={pastNote(faq.snapshot, t)}
          sections={faq.parts.past}
        />
      )}
    </div>
  );
}
