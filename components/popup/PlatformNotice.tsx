import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import { popupStrings } from './strings';

export interface PlatformNoticeProps {
  lang: Lang;
  /** Back to the 2020 (beta) platform: records the choice, ends the notice. */
  onGoBack(): void;
  onDismiss(): void;
}

/**
 * Shown once after the update that made the national platform the default (settings v3): says what
 * changed, with a way back to the 2020 platform. A region with a heading, real buttons (RGAA 7.1, 7.3).
 */
export function PlatformNotice({ lang, onGoBack, onDismiss }: PlatformNoticeProps) {
  const t = createTranslator(popupStrings, lang);
  return (
    <section class="notice card" data-testid="platform-notice" aria-labelledby="platform-notice-title">
      <h2 id="platform-notice-title" class="notice-title">
        {t('notice.title')}
      </h2>
      <p>{t('notice.body')}</p>
      <div class="actions notice-actions">
        <button type="button" class="btn" data-testid="platform-notice-ok" onClick={onDismiss}>
          {t('notice.ok')}
        </button>
        <button type="button" class="btn btn-secondary" data-testid="platform-notice-back" onClick={onGoBack}>
          {t('notice.back')}
        </button>
      </div>
    </section>
  );
}
