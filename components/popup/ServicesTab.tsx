import {
  activeCatalogue,
  profileAcademy,
  resolveCatalogue,
  serviceHost,
  supportLink,
} from '@/lib/catalogue/catalogue';
import type { CatalogueSource, ServiceSearch } from '@/lib/catalogue/catalogue';
import { isNuageNode, nuageNodeName } from '@/lib/platform/nuage-node';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import type { Academy, HostData } from '@/lib/platform/schemas';
import type { ManagedPolicy } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/settings';
import { useAnnouncement } from '@/components/ui/announce';
import { useLazy } from '@/components/ui/lazy';
import { StatusLine } from '@/components/ui/StatusLine';
import { Catalogue } from './Catalogue';
import type { PopupClient } from './client';
import { PlatformNotice } from './PlatformNotice';
import { popupStrings } from './strings';

/** The first-run form is only needed until a profile exists: it loads on demand. */
const loadFirstRun = () => import('./FirstRun').then((m) => m.FirstRun);

export interface CatalogueViewInput {
  lang: Lang;
  settings: Settings;
  policy?: ManagedPolicy | undefined;
  source?: CatalogueSource | undefined;
}

export type CatalogueView = ReturnType<typeof catalogueView>;

/** What the catalogue shows for this academy: services, support link, video search, « Mon Nuage ». */
export function catalogueView(input: CatalogueViewInput, academy: Academy, hostData: HostData) {
  const { settings, lang } = input;
  const source = input.source ?? activeCatalogue({}, undefined);
  const overrides = input.policy?.academyOverrides;
  const common = {
    catalogue: source.catalogue,
    academy,
    lang,
    hostData,
    ...(overrides ? { extraOverrides: overrides } : {}),
  };
  // « Mon Nuage » (learned or typed; checked again, storage is read back), else the user's own
  // address remembered in the share tab.
  const myNuage = settings.myNuage !== undefined && isNuageNode(settings.myNuage, hostData);
  const ownNextcloudHost = myNuage
    ? settings.myNuage
    : settings.profile.address
      ? settings.rememberedHosts[settings.profile.address]
      : undefined;
  const services = resolveCatalogue({
    ...common,
    platform: settings.platform,
    ...(ownNextcloudHost ? { ownNextcloudHost } : {}),
  });
  const videos = services.find((s) => s.id === 'peertube');
  // The catalogue's search page (data); a catalogue without one gets PeerTube's /search.
  const videoHost = videos?.host ?? serviceHost('peertube', academy, settings.platform, hostData);
  const videoSearch: ServiceSearch | undefined =
    videos?.search ??
    (videoHost ? { url: `https://${videoHost}/search`, param: 'search', inferred: false } : undefined);
  return {
    services,
    support: supportLink(common),
    videoSearch,
    /** The node's short name (nuage06) on the national platform; null there while unknown. */
    myNuage:
      settings.platform !== 'national'
        ? undefined
        : myNuage && settings.myNuage
          ? nuageNodeName(settings.myNuage, hostData)
          : null,
    remoteError: source.kind !== 'bundled' && source.error !== undefined,
  };
}

export interface ServicesTabProps {
  lang: Lang;
  settings: Settings;
  client: PopupClient;
  hostData: HostData;
  academy: Academy | undefined;
  view: CatalogueView | undefined;
  /** The administrator fixed the platform: no notice, no way back to offer. */
  platformLocked?: boolean;
  editing: boolean;
  onDoneEditing(): void;
  onShowTab(tab: 'share' | 'faq'): void;
}

/** "Mes services": the first-run (or profile) form, or the academy's catalogue. */
export function ServicesTab(props: ServicesTabProps) {
  const { lang, settings, client, academy, hostData } = props;
  const t = createTranslator(popupStrings, lang);
  const [status, setStatus] = useAnnouncement();
  const editing = props.editing || !academy;
  const firstRun = useLazy(loadFirstRun, editing);

  let body;
  if (editing && firstRun.status !== 'ready') {
    body = (
      <p class={firstRun.status === 'error' ? 'status status-error' : 'muted'}>
        {t(firstRun.status === 'error' ? 'shell.loadError' : 'shell.loading')}
      </p>
    );
  } else if (editing && firstRun.status === 'ready') {
    const FirstRun = firstRun.value;
    body = (
      <FirstRun
        lang={lang}
        hostData={hostData}
        profile={settings.profile}
        onSave={async (profile) => {
          const saved = await client.updateSettings({ profile });
          const found = profileAcademy(saved.profile, hostData);
          setStatus(found ? t('profile.saved', { academy: found.name }) : '');
          props.onDoneEditing();
        }}
        {...(academy ? { onCancel: props.onDoneEditing } : {})}
      />
    );
  } else if (academy && props.view) {
    const { services, support, videoSearch, myNuage, remoteError } = props.view;
    body = (
      <Catalogue
        lang={lang}
        academy={academy}
        platform={settings.platform}
        services={services}
        {...(support ? { support } : {})}
        {...(videoSearch ? { videoSearch } : {})}
        {...(myNuage !== undefined ? { myNuage } : {})}
        remoteError={remoteError}
        onOpenService={(url) => client.openService(url)}
        onOpenUrl={(url) => void client.openUrl(url)}
        onShowTab={props.onShowTab}
        onOpenOptions={() => void client.openOptions()}
      />
    );
  }
  const notice = settings.platformNotice && settings.platform === 'national' && !props.platformLocked;
  return (
    <>
      {notice && (
        <PlatformNotice
          lang={lang}
          onDismiss={() => void client.updateSettings({ platformNotice: false })}
          onGoBack={async () => {
            await client.updateSettings({ platform: 'beta' });
            setStatus(t('notice.backDone'));
          }}
        />
      )}
      <StatusLine message={status} />
      {body}
    </>
  );
}
