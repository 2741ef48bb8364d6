import type { Lang } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';

/** `<html lang>` for screen readers (RGAA 8.3) and `data-theme` for base.css (none = follow the system). */
export function applyDocumentPreferences(doc: Document, lang: Lang, theme: Settings['theme']): void {
  const html = doc.documentElement;
  html.lang = lang;
  if (theme === 'system') delete html.dataset.theme;
  else html.dataset.theme = theme;
}
