import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import { bundledHostData } from '@/lib/platform/hosts';
import type { HostData } from '@/lib/platform/schemas';
import { managedSettings } from '@/lib/settings/policy';
import type { ManagedSetting } from '@/lib/settings/policy';
import type { PageState } from '@/lib/settings/reader';
import type { OptionsClient } from './client';
import { AboutSection } from './sections/AboutSection';
import { AdvancedGroup } from './sections/AdvancedGroup';
import { BackupSection } from './sections/BackupSection';
import { DismissedSection } from './sections/DismissedSection';
import { DisplaySection } from './sections/DisplaySection';
import { MyNuageSection } from './sections/MyNuageSection';
import { IdBookSection } from './sections/IdBookSection';
import { PlatformSection } from './sections/PlatformSection';
import { ProfileSection } from './sections/ProfileSection';
import { SourcesSection } from './sections/SourcesSection';
import { RescueSection } from './RescueSection';
import { optionsStrings } from './strings';

export { SETTINGS_FILE_NAME } from './sections/BackupSection';

export interface OptionsAppProps {
  lang: Lang;
  state: PageState;
  client: OptionsClient;
  hostData?: HostData;
}

/**
 * The options page: what a teacher needs first (profile, platform, « Mon Nuage », display, dead 2020
 * links, "ne plus avertir" sites, the book of IDs, backup), then « Avancé » (the data sources) and
 * « À propos ».
 */
export function OptionsApp({ lang, state, client, hostData = bundledHostData }: OptionsAppProps) {
  const t = createTranslator(optionsStrings, lang);
  const locked = new Set<ManagedSetting>(managedSettings(state.policy));
  const user = state.userSettings;
  return (
    <main class="options">
      <h1>{t('page.heading')}</h1>
      <p class="muted">{t('page.intro')}</p>
      {locked.size > 0 && (
        <p class="status status-warn" data-testid="managed-notice">
          {t('managed.notice')}
        </p>
      )}
      <ProfileSection t={t} lang={lang} settings={user} client={client} hostData={hostData} />
      <PlatformSection t={t} state={state} locked={locked.has('platform')} client={client} />
      <MyNuageSection t={t} settings={user} client={client} />
      <DisplaySection t={t} settings={user} client={client} />
      <RescueSection t={t} settings={user} platform={state.settings.platform} client={client} />
      <DismissedSection t={t} settings={user} client={client} />
      <IdBookSection t={t} client={client} />
      <BackupSection t={t} settings={user} client={client} />
      <AdvancedGroup t={t}>
        <SourcesSection t={t} lang={lang} state={state} locked={locked} client={client} level={3} />
      </AdvancedGroup>
      <AboutSection t={t} client={client} />
    </main>
  );
}
