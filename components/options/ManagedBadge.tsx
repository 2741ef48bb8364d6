import type { OptionsTranslate } from './strings';

/** Beside a setting the administrator's policy fixes. */
export function ManagedBadge({ t }: { t: OptionsTranslate }) {
  return <span class="badge managed-badge">{t('managed.badge')}</span>;
}
