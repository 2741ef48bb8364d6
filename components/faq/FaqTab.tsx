import { Fragment } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { faqRefreshMessages } from '@/lib/faq/refresh';
import { type Block, type FaqEntry, type Inline, isLinkInline, isSafeHref } from '@/lib/faq/schema';
import type { FaqHighlight, FaqHit } from '@/lib/faq/search';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import { createTranslator, type Lang, type Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import type { FaqClient, FaqSnapshot } from './client';
import { faqStrings } from './strings';
import './faq.css';

/**
 * The popup tab "FAQ": searches the offline FAQ as the user types, browses it by section when the
 * search is empty, shows answers with their links, says how fresh the copy is and asks the background
 * for an update ("Mettre à jour"). Everything is rendered from data with elements and text nodes.
 */
export interface FaqTabProps {
  lang: Lang;
  /** The settings in force; the background reads the FAQ address itself. */
  settings: Settings;
  client: FaqClient;
}

type T = Translate<keyof (typeof faqStrings)['fr']>;

/** Light debounce: every keystroke would re-rank the whole FAQ for nothing. */
export const FAQ_SEARCH_DEBOUNCE_MS = 120;
const MAX_HITS = 10;

const STATUS_CLASS: Record<FaqRefreshResponse['status'], string> = {
  updated: 'status-ok',
  'not-modified': 'status-ok',
  offline: 'faq-status-calm',
  'no-url': 'faq-status-calm',
  rejected: 'status-warn',
  error: 'status-warn',
};

function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

function formatDate(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(ms);
}

function hostOf(url: string | null): string {
  if (!url) return '?';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The outcome's text in the UI language. */
function outcomeText(outcome: FaqRefreshResponse, lang: Lang, t: T): string {
  if (outcome.messageKey === 'faq.refresh.noUrl') return t('noUrl');
  return createTranslator(faqRefreshMessages, lang)(outcome.messageKey, outcome.params);
}

/** Sections in FAQ order, each with its entries in order. */
function bySection(entries: readonly FaqEntry[]): { title: string; entries: FaqEntry[] }[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.section);
    if (group) group.push(entry);
    else groups.set(entry.section, [entry]);
  }
  return [...groups].map(([title, list]) => ({ title, entries: list }));
}

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

function Inlines({ inlines, t }: { inlines: readonly Inline[]; t: T }) {
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

export function FaqAnswer({ blocks, t }: { blocks: readonly Block[]; t: T }) {
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

interface ItemProps {
  entry: FaqEntry;
  hit?: FaqHit;
  open: boolean;
  idPrefix: string;
  t: T;
  onToggle(): void;
}

/** One question as a disclosure: the button shows/hides its answer right below it. */
function FaqItem({ entry, hit, open, idPrefix, t, onToggle }: ItemProps) {
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

export function FaqTab({ lang, client }: FaqTabProps) {
  const t = useMemo(() => createTranslator(faqStrings, lang), [lang]);
  const id = useId();
  const [snapshot, setSnapshot] = useState<FaqSnapshot | null>(null);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<FaqRefreshResponse | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    client.load().then(
      (loaded) => live.current && setSnapshot(loaded),
      () => undefined,
    );
    return () => {
      live.current = false;
    };
  }, [client]);

  useEffect(() => {
    if (query.trim() === '') {
      setSearched('');
      return;
    }
    const timer = setTimeout(() => setSearched(query), FAQ_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const byId = useMemo(() => new Map(snapshot?.entries.map((e) => [e.id, e]) ?? []), [snapshot]);
  const sections = useMemo(() => bySection(snapshot?.entries ?? []), [snapshot]);
  const hits = useMemo(
    () => (snapshot && searched.trim() !== '' ? snapshot.index.search(searched, { limit: MAX_HITS }) : []),
    [snapshot, searched],
  );
  const searching = searched.trim() !== '';
  const toggle = (entryId: string) => setOpenId((current) => (current === entryId ? null : entryId));

  const refresh = async () => {
    if (refreshing) return;
    setRefreshing(true);
    setOutcome(null);
    try {
      const result = await client.refresh();
      const reloaded = await client.load();
      if (!live.current) return;
      setSnapshot(reloaded);
      setOutcome(result);
    } finally {
      if (live.current) setRefreshing(false);
    }
  };

  let countText = '';
  if (snapshot && searching) {
    if (hits.length === 0) countText = t('noResults', { query: searched.trim() });
    else countText = hits.length === 1 ? t('resultsCountOne') : t('resultsCountMany', { count: hits.length });
  }

  const meta = snapshot?.meta;
  return (
    <div class="faq-tab">
      <p class="muted faq-intro">{t('intro')}</p>
      <form role="search" class="field" onSubmit={(event) => event.preventDefault()}>
        <label for={`${id}-search`}>{t('searchLabel')}</label>
        <input
          id={`${id}-search`}
          data-testid="faq-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          aria-describedby={`${id}-hint`}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <span id={`${id}-hint`} class="hint">
          {t('searchHint')}
        </span>
      </form>

      {snapshot?.storage === 'memory' && (
        <p class="status status-warn" data-testid="faq-memory">
          {t('memory')}
        </p>
      )}

      <p class={countText ? 'faq-count' : 'visually-hidden'} aria-live="polite" data-testid="faq-count">
        {countText}
      </p>

      {!snapshot ? (
        <p class="muted">{t('loading')}</p>
      ) : searching ? (
        <section aria-labelledby={`${id}-results-title`}>
          <h2 id={`${id}-results-title`} class="visually-hidden">
            {t('resultsHeading')}
          </h2>
          <ul class="faq-list" data-testid="faq-results">
            {hits.map((hit) => {
              const entry = byId.get(hit.id);
              return entry ? (
                <FaqItem
                  key={hit.id}
                  entry={entry}
                  hit={hit}
                  open={openId === hit.id}
                  idPrefix={id}
                  t={t}
                  onToggle={() => toggle(hit.id)}
                />
              ) : null;
            })}
          </ul>
        </section>
      ) : (
        <section aria-labelledby={`${id}-sections-title`} data-testid="faq-sections">
          <h2 id={`${id}-sections-title`} class="faq-heading">
            {t('sectionsHeading')}
          </h2>
          {sections.map((section) => (
            <div key={section.title} class="faq-section">
              <h3 lang="fr">{section.title}</h3>
              <ul class="faq-list">
                {section.entries.map((entry) => (
                  <FaqItem
                    key={entry.id}
                    entry={entry}
                    open={openId === entry.id}
                    idPrefix={id}
                    t={t}
                    onToggle={() => toggle(entry.id)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <footer class="faq-footer">
        {meta && (
          <p class="muted" data-testid="faq-updated">
            {meta.source === 'network'
              ? t('updatedNetwork', { date: formatDate(meta.updatedAt, lang), host: hostOf(meta.url) })
              : t('updatedBundled', { date: formatDate(meta.updatedAt, lang) })}
            {meta.checkedAt !== null && meta.checkedAt !== meta.updatedAt && (
              <> {t('checked', { date: formatDate(meta.checkedAt, lang) })}</>
            )}
          </p>
        )}
        {snapshot?.storage === 'indexeddb' && (
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="faq-refresh"
            aria-disabled={refreshing}
            onClick={() => void refresh()}
          >
            {refreshing ? t('refreshing') : t('refresh')}
          </button>
        )}
        <p
          role="status"
          data-testid="faq-refresh-status"
          class={outcome ? `status ${STATUS_CLASS[outcome.status]}` : 'visually-hidden'}
        >
          {outcome ? outcomeText(outcome, lang, t) : ''}
        </p>
        {outcome?.status === 'no-url' && (
          <button type="button" class="btn btn-secondary" onClick={() => void client.openOptions()}>
            {t('openOptions')}
          </button>
        )}
      </footer>
    </div>
  );
}
