import { Fragment } from 'preact';
import { type Block, type FaqEntry, type Inline, isLinkInline, isSafeHref } from '@/lib/faq/schema';
import type { FaqHighlight, FaqHit } from '@/lib/faq/search';
import type { Translate } from '@/lib/i18n';
import type { faqStrings } from './strings';

export type FaqTranslate = Translate<keyof (typeof faqStrings)['fr']>;

/** `text` with the highlighted ranges in <mark> (ranges clamped, sorted, overlaps merged). */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly FaqHighlight[] }) {
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, range.end)}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function Inlines({ inlines, t }: { inlines: readonly Inline[]; t: FaqTranslate }) {
  return (
    <>
      {inlines.map((inline, i) =>
        isLinkInline(inline) && isSafeHref(inline.href) ? (
          <a key={i} href={inline.href} target="_blank" rel="noopener noreferrer">
            {inline.text}
            <span class="visually-hidden"> {t('newTab')}</span>
          </a>
        ) : (
          <Fragment key={i}>{inline.text}</Fragment>
        ),
      )}
    </>
  );
}

export function FaqAnswer({ blocks, t }: { blocks: readonly Block[]; t: FaqTranslate }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'p') {
          return (
            <p key={i}>
              <Inlines inlines={block.content} t={t} />
            </p>
          );
        }
        const items = block.items.map((item, j) => (
          <li key={j}>
            <Inlines inlines={item} t={t} />
          </li>
        ));
        return block.type === 'ol' ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </>
  );
}

export interface FaqItemProps {
  entry: FaqEntry;
  hit?: FaqHit;
  open: boolean;
  idPrefix: string;
  t: FaqTranslate;
  onToggle(): void;
}

/** One question as a disclosure: the button shows/hides its answer right below it. */
export function FaqItem({ entry, hit, open, idPrefix, t, onToggle }: FaqItemProps) {
  const answerId = `${idPrefix}-answer-${entry.id}`;
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
        <span lang="fr">{entry.question}</span>
      </button>
      {hit && !open && (
        <p class="faq-snippet" lang="fr">
          <Highlighted text={hit.snippet} highlights={hit.highlights} />
        </p>
      )}
      {hit && <p class="faq-section-name">{t('inSection', { section: hit.section })}</p>}
      <div
        id={answerId}
        class="faq-answer"
        lang="fr"
        hidden={!open}
        {...(open ? { 'data-testid': 'faq-answer' } : {})}
      >
        {open && <FaqAnswer blocks={entry.answer} t={t} />}
      </div>
    </li>
  );
}
