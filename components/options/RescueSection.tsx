import { useId } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { useAnnouncement } from '../ui/announce';
import type { OptionsClient } from './client';
import type { OptionsStringKey } from './strings';

/**
 * "Liens morts de 2020" (issue 18): the switch of the rescue page. A section of its own, so that it
 * stays apart from the rest of the options page while that page is being split.
 */
export interface RescueSectionProps {
  t: Translate<OptionsStringKey>;
  /** The user's settings (what the switch edits). */
  settings: Settings;
  /** The platform in force (the administrator's may differ from the user's). */
  platform: Settings['platform'];
  client: OptionsClient;
}

export function RescueSection({ t, settings, platform, client }: RescueSectionProps) {
  const id = useId();
  const [status, setStatus] = useAnnouncement();
  return (
    <section class="card options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rescue.heading')}</h2>
      <label class="radio">
        <input
          type="checkbox"
          data-testid="rescue-dead-links"
          checked={settings.rescueDeadLinks}
          aria-describedby={`${id}-hint`}
          onChange={async (event) => {
            await client.updateSettings({ rescueDeadLinks: event.currentTarget.checked });
            setStatus(t('saved'));
          }}
        />
        <span>{t('rescue.label')}</span>
      </label>
      <p id={`${id}-hint`} class="hint muted">
        {t('rescue.hint')}
        {platform === 'beta' ? ` ${t('rescue.betaPlatform')}` : ''}
      </p>
      <p role="status" class={status ? 'status status-ok' : 'visually-hidden'}>
        {status}
      </p>
    </section>
  );
}
