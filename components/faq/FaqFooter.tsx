import { bundledFaqChanged } from '@/lib/faq/data';
import { faqRefreshMessages } from '@/lib/faq/refresh';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import { StatusLine } from '@/components/ui/StatusLine';
import type { FaqSnapshot } from './client';
import type { FaqTranslate } from './FaqItem';

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

/** A day of the data ("2026-12-01"), read at noon UTC so that every time zone shows that day. */
function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
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
function outcomeText(outcome: FaqRefreshResponse, lang: Lang, t: FaqTranslate): string {
  if (outcome.messageKey === 'faq.refresh.noUrl') return t('noUrl');
  return createTranslator(faqRefreshMessages, lang)(outcome.messageKey, outcome.params);
}

export interface FaqFooterProps {
  lang: Lang;
  t: FaqTranslate;
  snapshot: FaqSnapshot | null;
  /** The FAQ source in force (user setting or administrator policy): only then can it be updated. */
  source: string | undefined;
  /** When the built-in FAQ last changed (YYYY-MM-DD); defaults to the bundled data's date. */
  builtInChanged?: string;
  refreshing: boolean;
  outcome: FaqRefreshResponse | null;
  onRefresh(): void;
  onOpenOptions(): void;
}

/** Where the FAQ shown comes from and when it last changed (never the install time). */
function freshness(
  meta: FaqSnapshot['meta'],
  source: string | undefined,
  changed: string,
  lang: Lang,
  t: FaqTranslate,
) {
  if (meta.source === 'network')
    return t('updatedNetwork', { date: formatDate(meta.updatedAt, lang), host: hostOf(meta.url) });
  // The bundled copy: the date its text last changed, written in the data.
  const day = formatDay(changed, lang);
  return source ? t('updatedBundled', { date: day, host: hostOf(source) }) : t('builtIn', { date: day });
}

/**
 * How fresh the copy is and, when a FAQ source is set, "Mettre à jour" and what it did. Without a
 * source there is nothing to update: it says the FAQ is built in, and where to set a source.
 */
export function FaqFooter({
  lang,
  t,
  snapshot,
  source,
  builtInChanged = bundledFaqChanged,
  refreshing,
  outcome,
  onRefresh,
  onOpenOptions,
}: FaqFooterProps) {
  const meta = snapshot?.meta;
  return (
    <footer class="faq-footer">
      {meta && (
        <p class="muted" data-testid="faq-updated">
          {freshness(meta, source, builtInChanged, lang, t)}
          {meta.source === 'network' && meta.checkedAt !== null && meta.checkedAt !== meta.updatedAt && (
            <> {t('checked', { date: formatDate(meta.checkedAt, lang) })}</>
          )}
        </p>
      )}
      {meta && !source && (
        <>
          <p class="muted" data-testid="faq-no-source">
            {t('builtInNoSource')}
          </p>
          <button type="button" class="btn btn-secondary" onClick={onOpenOptions}>
            {t('openOptions')}
          </button>
        </>
      )}
      {source && snapshot?.storage === 'indexeddb' && (
        <button
          type="button"
          class="btn btn-secondary"
          data-testid="faq-refresh"
          aria-disabled={refreshing}
          onClick={onRefresh}
        >
          {refreshing ? t('refreshing') : t('refresh')}
        </button>
      )}
      <StatusLine
        message={outcome ? outcomeText(outcome, lang, t) : ''}
        class={outcome ? `status ${STATUS_CLASS[outcome.status]}` : 'visually-hidden'}
        reserve
        testId="faq-refresh-status"
      />
      {source && outcome?.status === 'no-url' && (
        <button type="button" class="btn btn-secondary" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </footer>
  );
}
