import type { Settings } from '@/lib/settings/settings';
import { useAnnouncement } from '@/components/ui/announce';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export interface DismissedSectionProps {
  t: OptionsTranslate;
  settings: Settings;
  client: OptionsClient;
}

/** The sites where the sign-in warning was turned off ("Ne plus avertir pour ce site"). */
export function DismissedSection({ t, settings, client }: DismissedSectionProps) {
  const [status, setStatus] = useAnnouncement();
  const sites = settings.dismissedSites;
  return (
    <Section title={t('dismissed.heading')} class="options-section">
      <p class="muted">{t('dismissed.intro')}</p>
      {sites.length === 0 ? (
        <p>{t('dismissed.empty')}</p>
      ) : (
        <ul class="dismissed-list" data-testid="dismissed-sites">
          {sites.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={async () => {
                  await client.updateSettings({ dismissedSites: sites.filter((h) => h !== host) });
                  setStatus(t('dismissed.removed', { host }));
                }}
              >
                {t('dismissed.remove', { host })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusLine message={status} />
    </Section>
  );
}
