import { useId } from 'preact/hooks';
import { isValidSettingValue } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';
import { useAnnouncement } from '@/components/ui/announce';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export interface DisplaySectionProps {
  t: OptionsTranslate;
  settings: Settings;
  client: OptionsClient;
}

/** Language and theme. */
export function DisplaySection({ t, settings, client }: DisplaySectionProps) {
  const id = useId();
  const [status, setStatus] = useAnnouncement();
  const save = async (patch: Partial<Pick<Settings, 'language' | 'theme'>>) => {
    await client.updateSettings(patch);
    setStatus(t('saved'));
  };
  return (
    <Section title={t('display.heading')} class="options-section">
      <div class="field">
        <label for={`${id}-language`}>{t('language.label')}</label>
        <select
          id={`${id}-language`}
          data-testid="language"
          value={settings.language}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isValidSettingValue('language', value)) void save({ language: value });
          }}
        >
          <option value="auto">{t('language.auto')}</option>
          <option value="fr" lang="fr">
            {t('language.fr')}
          </option>
          <option value="en" lang="en">
            {t('language.en')}
          </option>
        </select>
      </div>
      <RadioGroup
        legend={t('theme.legend')}
        name="theme"
        value={settings.theme}
        options={[
          ['system', t('theme.system')],
          ['light', t('theme.light')],
          ['dark', t('theme.dark')],
        ]}
        onChange={(theme) => void save({ theme })}
      />
      <StatusLine message={status} />
    </Section>
  );
}
