import { useEffect, useRef } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { RescueResult } from '@/lib/rescue/rescue';
import { useAnnouncement } from '../ui/announce';
import { rescueStrings } from './strings';
import './rescue.css';

/** The page shown instead of a dead 2020 link (issue 18). Data in, callbacks out: no browser API here. */
export interface RescuePageProps {
  lang: Lang;
  result: RescueResult;
  onOpenOptions(): void;
  /** Copies the old link (to send it to whoever shared it); false when the clipboard refused. */
  onCopy(text: string): Promise<boolean>;
  /** Absent when there is no previous page in this tab. */
  onBack?: () => void;
}

export function RescuePage({ lang, result, onOpenOptions, onCopy, onBack }: RescuePageProps) {
  const t = createTranslator(rescueStrings, lang);
  const [status, setStatus] = useAnnouncement();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers start at the explanation, not at the top of an unexpected page.
  useEffect(() => heading.current?.focus(), []);

  let body;
  if (!result.ok) {
    body = (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t('unknown.heading')}
        </h1>
        <p>{t('unknown.body')}</p>
      </>
    );
  } else {
    const service = t(`service.${result.service}`);
    const { today } = result;
    const academies = result.academy ? [result.academy] : result.academies;
    const intro = t('intro', { service, academy: academies.map((a) => a.name).join(', ') });
    body = (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t('heading')}
        </h1>
        <p>{intro}</p>
        <p>{t('closed', { year: result.closedYear })}</p>
        <p class="rescue-old">
          <span class="muted">{t('oldLink')} :</span> <code data-testid="rescue-old-url">{result.url}</code>{' '}
          <button
            type="button"
            class="btn btn-secondary"
            onClick={async () =>
              setStatus((await onCopy(result.url).catch(() => false)) ? t('copied') : t('copyFailed'))
            }
          >
            {t('copy')}
          </button>
        </p>
        <p role="status" class={status ? 'status status-ok' : 'visually-hidden'}>
          {status}
        </p>
        <section class="card rescue-today" aria-labelledby="rescue-today">
          <h2 id="rescue-today">{t('todayHeading')}</h2>
          {today.kind === 'gone' ? (
            <p data-testid="rescue-gone">{t('today.gone', { service })}</p>
          ) : (
            <>
              <p>
                <a class="btn" href={today.url} data-testid="rescue-today-link">
                  {t(`open.${result.service as 'portal' | 'nextcloud' | 'peertube' | 'codimd' | 'blog'}`)}
                </a>{' '}
                <span class="muted rescue-host">{new URL(today.url).host}</span>
              </p>
              {result.service === 'nextcloud' && (
                <p class="muted">
                  {today.personal
                    ? t('today.nuagePersonal', { host: new URL(today.url).host })
                    : t('today.nuage')}
                </p>
              )}
              {today.search && (
                <>
                  <p>
                    <a href={today.search.url} data-testid="rescue-search-link">
                      {t('today.search', { terms: today.search.terms })}
                    </a>
                  </p>
                  <p class="muted">{t('today.searchHint')}</p>
                </>
              )}
            </>
          )}
          <p class="muted">{t('today.ask')}</p>
        </section>
      </>
    );
  }

  return (
    <main class="rescue">
      {body}
      <p class="rescue-actions">
        {onBack && (
          <button type="button" class="btn btn-secondary" onClick={onBack}>
            {t('back')}
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={onOpenOptions}>
          {t('options')}
        </button>
      </p>
      <p class="muted rescue-footer">{t('footer')}</p>
    </main>
  );
}
