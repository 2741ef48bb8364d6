import { Fragment } from 'preact';
import { entryLang, eraOf } from '@/lib/faq/era';
import { type Block, type FaqEntry, type Inline, isLinkInline, isSafeHref } from '@/lib/faq/schema';
import type { FaqHighlight, FaqHit } from '@/lib/faq/search';
import { typeset } from '@/lib/faq/typography';
import type { Lang, Translate } from '@/lib/i18n';
import type { faqStrings } from './strings';

export type FaqTranslate = Translate<keyof (typeof faqStrings)['fr']>;

/**
 * `text` with the highlighted ranges in <mark> (ranges clamped, sorted, overlaps merged). Each piece
 * is typeset on its own (`lang`), so the offsets, which count the FAQ's own characters, stay right.
 */
export function Highlighted({
  text,
  highlights,
  lang,
}: {
  text: string;
  highlights: readonly FaqHighlight[];
  lang?: Lang;
}) {
  const show = (piece: string) => (lang ? typeset(piece, lang) : piece);
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) parts.push(show(text.slice(at, start)));
    parts.push(<mark key={start}>{show(text.slice(start, range.end))}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(show(text.slice(at)));
  return <>{parts}</>;
}

interface TextProps {
  t: FaqTranslate;
  /** The language the text is in (typography rules). */
  lang: Lang;
}

function Inlines({ inlines, t, lang }: TextProps & { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        isLinkInline(inline) && isSafeHref(inline.href) ? (
          <a key={i} href={inline.href} target="_blank" rel="noopener noreferrer">
            {typeset(inline.text, lang)}
            <span class="visually-hidden"> {t('newTab')}</span>
          </a>
        ) : (
          <Fragment key={i}>{typeset(inline.text, lang)}</Fragment>
        ),
      )}
    </>
  );
}

export function FaqAnswer({
  blocks,
  t,
  lang = 'fr',
}: {
  blocks: readonly Block[];
  t: FaqTranslate;
  lang?: Lang;
}) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'p') {
          return (
            <p key={i}>
              <Inlines inlines={block.content} t={t} lang={lang} />
            </p>
          );
        }
        const items = block.items.map((item, j) => (
          <li key={j}>
            <Inlines inlines={item} t={t} lang={lang} />
          </li>
        ));
        return block.type === 'ol' ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </>
  );
}

export interface FaqItemProps {
  /** The entry in the UI language where it has it (`localizeEntry`). */
  entry: FaqEntry;
  /** The UI language. */
  lang: Lang;
  hit?: FaqHit;
  open: boolean;
  idPrefix: string;
  t: FaqTranslate;
  onToggle(): void;
}

/** One question as a disclosure: the button shows/hides its answer right below it. */
export function FaqItem({ entry, lang, hit, open, idPrefix, t, onToggle }: FaqItemProps) {
  const answerId = `${idPrefix}-answer-${entry.id}`;
  const shown = entryLang(entry, lang);
  const part = eraOf(entry) === 'today' ? t('inPartToday') : t('inPart2020');
  return (
    <li class="faq-item" data-entry={entry.id}>
      <button
        type="button"
        class="faq-question"
        aria-expanded={open}
        aria-controls={answerId}
        onClick={onToggle}
      >
        <span class="faq-chevron" aria-hidden="true" />
        <span lang={shown}>{typeset(entry.question, shown)}</span>
      </button>
      {hit && !open && (
        <p class="faq-snippet" lang={shown}>
          <Highlighted text={hit.snippet} highlights={hit.highlights} lang={shown} />
        </p>
      )}
      {hit && (
        <p class="faq-section-name">
          <span class={`faq-part-tag faq-part-tag-${eraOf(entry)}`}>{part}</span>{' '}
          {t('inSection', { section: typeset(hit.section, shown) })}
        </p>
      )}
      <div
        id={answerId}
        class="faq-answer"
        lang={shown}
        hidden={!open}
        {...(open ? { 'data-testid': 'faq-answer' } : {})}
      >
        {open && <FaqAnswer blocks={entry.answer} t={t} lang={shown} />}
      </div>
    </li>
  );
}
