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
  refreshing: boolean;
  outcome: FaqRefreshResponse | null;
  onRefresh(): void;
  onOpenOptions(): void;
}

/** How fresh the copy is, "Mettre à jour" and what it did. */
export function FaqFooter({
  lang,
  t,
  snapshot,
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
      {outcome?.status === 'no-url' && (
        <button type="button" class="btn btn-secondary" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </footer>
  );
}
