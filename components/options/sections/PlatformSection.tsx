import type { PageState } from '@/lib/settings/reader';
import { useAnnouncement } from '@/components/ui/announce';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import { ManagedBadge } from '../ManagedBadge';
import type { OptionsTranslate } from '../strings';

export interface PlatformSectionProps {
  t: OptionsTranslate;
  state: PageState;
  /** Fixed by the administrator's policy. */
  locked: boolean;
  client: OptionsClient;
}

/** The national platform (today's, the default) or the 2020 academic one (archived). */
export function PlatformSection({ t, state, locked, client }: PlatformSectionProps) {
  const [status, setStatus] = useAnnouncement();
  return (
    <Section title={t('platform.heading')} class="options-section">
      <RadioGroup
        legend={t('platform.legend')}
        name="platform"
        testId="platform"
        value={state.settings.platform}
        options={[
          ['national', t('platform.national')],
          ['beta', t('platform.beta')],
        ]}
        disabled={locked}
        badge={locked ? <ManagedBadge t={t} /> : null}
        onChange={async (platform) => {
          await client.updateSettings({ platform });
          setStatus(t('saved'));
        }}
      />
      <StatusLine message={status} />
    </Section>
  );
}
