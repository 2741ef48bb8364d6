import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  activeCatalogue,
  profileAcademy,
  resolveCatalogue,
  serviceHost,
  supportLink,
} from '@/lib/catalogue/catalogue';
import type { CatalogueSource } from '@/lib/catalogue/catalogue';
import { bundledHostData } from '@/lib/platform/hosts';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import type { ManagedPolicy } from '@/lib/settings/policy';
import type { Academy, HostData } from '@/lib/platform/schemas';
import type { Settings } from '@/lib/settings/settings';
import type { FaqTabProps } from '../faq/FaqTab';
import type { ShareTabProps } from '../share/ShareTab';
import { useLazy } from '../ui/lazy';
import type { MenuProps } from '../ui/Menu';
import { Catalogue } from './Catalogue';
import type { PopupClient } from './client';
import { Icon } from './icons';
import { popupStrings } from './strings';
import { useAnnouncement } from '../ui/announce';

export const POPUP_TABS = ['services', 'share', 'faq'] as const;
export type PopupTabId = (typeof POPUP_TABS)[number];

export interface LoadedTab<P> {
  Tab: ComponentType<P>;
  client: P extends { client: infer C } ? C : never;
}

/**
 * The share and FAQ tabs, each with its client, load on first use (dynamic import in the real popup):
 * their code stays out of the popup's first paint.
 */
export interface TabLoaders {
  share(): Promise<LoadedTab<ShareTabProps>>;
  faq(): Promise<LoadedTab<FaqTabProps>>;
}

export interface PopupAppProps {
  lang: Lang;
  /** The settings in force (the administrator's policy already applied). */
  settings: Settings;
  policy?: ManagedPolicy;
  /** Which catalogue to show (default: the bundled one). */
  source?: CatalogueSource;
  hostData?: HostData;
  client: PopupClient;
  loaders: TabLoaders;
  initialTab?: PopupTabId;
}

/** The menu's code loads on first use: until then, an identical closed menu button. */
const loadMenu = () => import('../ui/Menu').then((m) => m.Menu);

function LazyMenu(props: MenuProps) {
  const [wanted, setWanted] = useState(false);
  const menu = useLazy(loadMenu, wanted);
  if (menu.status === 'ready') {
    const Menu = menu.value;
    return <Menu {...props} initiallyOpen />;
  }
  return (
    <div class="menu">
      <button
        type="button"
        class="btn btn-secondary btn-icon"
        aria-haspopup="menu"
        aria-expanded="false"
        onClick={() => setWanted(true)}
      >
        {props.trigger}
        <span class="visually-hidden">{props.label}</span>
      </button>
    </div>
  );
}

/** The toolbar popup: a tab bar (WAI-ARIA tabs) over "Mes services", "Partager" and "FAQ". */
export function PopupApp(props: PopupAppProps) {
  const { lang, settings, client } = props;
  const t = createTranslator(popupStrings, lang);
  const [tab, setTab] = useState<PopupTabId>(props.initialTab ?? 'services');
  const [visited, setVisited] = useState<ReadonlySet<PopupTabId>>(new Set([tab]));
  const [editingProfile, setEditingProfile] = useState(false);
  const tabRefs = useRef<Partial<Record<PopupTabId, HTMLButtonElement | null>>>({});
  const loaders = props.loaders;
  const share = useLazy(loaders.share, visited.has('share'));
  const faq = useLazy(loaders.faq, visited.has('faq'));
  const hostData = props.hostData ?? bundledHostData;
  const academy = profileAcademy(settings.profile, hostData);

  const select = (next: PopupTabId) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
    tabRefs.current[next]?.focus();
  };

  const onTabKey = (event: KeyboardEvent) => {
    const index = POPUP_TABS.indexOf(tab);
    const to = {
      ArrowRight: (index + 1) % POPUP_TABS.length,
      ArrowLeft: (index - 1 + POPUP_TABS.length) % POPUP_TABS.length,
      Home: 0,
      End: POPUP_TABS.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(POPUP_TABS[to]!);
  };

  const view = academy ? catalogueView(props, academy, hostData) : undefined;
  const support = view?.support;

  const menuItems = [
    { id: 'options', label: t('menu.options'), onSelect: () => void client.openOptions() },
    ...(academy
      ? [
          {
            id: 'profile',
            label: t('menu.profile'),
            onSelect: () => (select('services'), setEditingProfile(true)),
          },
        ]
      : []),
    ...(support
      ? [{ id: 'support', label: t('menu.support'), onSelect: () => void client.openUrl(support.url) }]
      : []),
  ];

  const panel = (id: PopupTabId) => {
    if (id === 'services') {
      return (
        <ServicesTab
          {...props}
          hostData={hostData}
          academy={academy}
          view={view}
          editing={editingProfile || !academy}
          onDoneEditing={() => setEditingProfile(false)}
          onShowTab={(next) => select(next)}
        />
      );
    }
    const state = id === 'share' ? share : faq;
    if (state.status === 'error') return <p class="status status-error">{t('shell.loadError')}</p>;
    if (state.status !== 'ready') return <p class="muted">{t('shell.loading')}</p>;
    if (id === 'share') {
      const { Tab, client: shareClient } = state.value as LoadedTab<ShareTabProps>;
      return <Tab lang={lang} settings={settings} client={shareClient} />;
    }
    const { Tab, client: faqClient } = state.value as LoadedTab<FaqTabProps>;
    return <Tab lang={lang} settings={settings} client={faqClient} />;
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('shell.title')}</h1>
        <LazyMenu label={t('menu.button')} trigger={<Icon name="more" size={20} />} items={menuItems} />
      </header>
      <div role="tablist" aria-label={t('shell.tabs')} class="tabs" onKeyDown={onTabKey}>
        {POPUP_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            data-testid={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            class="tab"
            onClick={() => select(id)}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      {POPUP_TABS.map((id) =>
        visited.has(id) ? (
          <div
            key={id}
            role="tabpanel"
            id={`panel-${id}`}
            aria-labelledby={`tab-${id}`}
            tabIndex={0}
            class="tabpanel"
            hidden={tab !== id}
          >
            {panel(id)}
          </div>
        ) : null,
      )}
    </div>
  );
}

/** The first-run form is only needed until a profile exists: it loads on demand. */
const loadFirstRun = () => import('./FirstRun').then((m) => m.FirstRun);

/** What the catalogue shows for this academy: services, support link, PeerTube instance. */
function catalogueView(props: PopupAppProps, academy: Academy, hostData: HostData) {
  const { settings, lang } = props;
  const source = props.source ?? activeCatalogue({}, undefined);
  const overrides = props.policy?.academyOverrides;
  const common = {
    catalogue: source.catalogue,
    academy,
    lang,
    hostData,
    ...(overrides ? { extraOverrides: overrides } : {}),
  };
  const ownNextcloudHost = settings.profile.address
    ? settings.rememberedHosts[settings.profile.address]
    : undefined;
  const services = resolveCatalogue({
    ...common,
    platform: settings.platform,
    ...(ownNextcloudHost ? { ownNextcloudHost } : {}),
  });
  return {
    services,
    support: supportLink(common),
    peertubeHost:
      services.find((s) => s.id === 'peertube')?.host ??
      serviceHost('peertube', academy, settings.platform, hostData),
    remoteError: source.kind !== 'bundled' && source.error !== undefined,
  };
}

interface ServicesTabProps extends PopupAppProps {
  hostData: HostData;
  academy: Academy | undefined;
  view: ReturnType<typeof catalogueView> | undefined;
  editing: boolean;
  onDoneEditing(): void;
  onShowTab(tab: 'share' | 'faq'): void;
}

function ServicesTab(props: ServicesTabProps) {
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
    const { services, support, peertubeHost, remoteError } = props.view;
    body = (
      <Catalogue
        lang={lang}
        academy={academy}
        platform={settings.platform}
        services={services}
        {...(support ? { support } : {})}
        {...(peertubeHost ? { peertubeHost } : {})}
        remoteError={remoteError}
        onOpenService={(url) => client.openService(url)}
        onOpenUrl={(url) => void client.openUrl(url)}
        onShowTab={props.onShowTab}
        onOpenOptions={() => void client.openOptions()}
      />
    );
  }
  return (
    <>
      <p role="status" class={status ? 'status status-ok' : 'visually-hidden'}>
        {status}
      </p>
      {body}
    </>
  );
}
