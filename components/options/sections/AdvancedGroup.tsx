import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { OptionsTranslate } from '../strings';

/** « Avancé »: the settings for administrators and DANEs (data sources), after the everyday ones. */
export function AdvancedGroup({ t, children }: { t: OptionsTranslate; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="options-group" aria-labelledby={id} data-testid="advanced">
      <h2 id={id}>{t('advanced.heading')}</h2>
      <p class="muted">{t('advanced.intro')}</p>
      {children}
    </section>
  );
}
