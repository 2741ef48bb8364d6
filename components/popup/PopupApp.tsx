import { useState } from 'preact/hooks';
import { profileAcademy } from '@/lib/catalogue/catalogue';
import type { CatalogueSource } from '@/lib/catalogue/catalogue';
import { createTranslator } from '@/lib/i18n';
import type { Lang, Translate } from '@/lib/i18n';
import { bundledHostData } from '@/lib/platform/hosts';
import type { HostData } from '@/lib/platform/schemas';
import type { ManagedPolicy } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/settings';
import type { FaqTabProps } from '@/components/faq/FaqTab';
import type { ShareTabProps } from '@/components/share/ShareTab';
import type { LazyState } from '@/components/ui/lazy';
import { useLazy } from '@/components/ui/lazy';
import type { MenuItem } from '@/components/ui/Menu';
import type { PopupClient } from './client';
import { useFocusReturn } from './focus-return';
import { Icon } from './icons';
import { LazyMenu } from './LazyMenu';
import { catalogueView, ServicesTab } from './ServicesTab';
import { platformHelp } from '@/lib/platform/support';
import { popupStrings } from './strings';
import type { PopupStringKey } from './strings';
import { POPUP_TABS, useTabs } from './tabs';
import type { LoadedTab, PopupTabId, TabLoaders, Tabs } from './tabs';

export { POPUP_TABS } from './tabs';
export type { LoadedTab, PopupTabId, TabLoaders } from './tabs';

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
  /** The page's query (`?to=…`: addresses for the share tab, offered by the context menu). */
  search?: string;
}

/** The toolbar popup: a tab bar (WAI-ARIA tabs) over "Mes services", "Partager" and "FAQ". */
export function PopupApp(props: PopupAppProps) {
  const { lang, settings, client } = props;
  const t = createTranslator(popupStrings, lang);
  const { tab, visited, tabRefs, select, onTabKey } = useTabs(props.initialTab ?? 'services');
  const [editingProfile, setEditingProfile] = useState(false);
  const share = useLazy(props.loaders.share, visited.has('share'));
  const faq = useLazy(props.loaders.faq, visited.has('faq'));
  const hostData = props.hostData ?? bundledHostData;
  const academy = profileAcademy(settings.profile, hostData);
  const view = academy ? catalogueView(props, academy, hostData) : undefined;
  const support = view?.support ?? platformHelp(lang);
  const rememberFocus = useFocusReturn(editingProfile || !academy, 'panel-services');

  const menuItems: MenuItem[] = [
    { id: 'options', label: t('menu.options'), onSelect: () => void client.openOptions() },
    ...(academy
      ? [
          {
            id: 'profile',
            label: t('menu.profile'),
            onSelect: () => (rememberFocus(), select('services'), setEditingProfile(true)),
          },
        ]
      : []),
    {
      id: 'support',
      label: view?.support ? t('menu.support') : t('menu.platformHelp'),
      onSelect: () => void client.openUrl(support.url),
    },
  ];

  const panel = (id: PopupTabId) =>
    id === 'services' ? (
      <ServicesTab
        lang={lang}
        settings={settings}
        client={client}
        hostData={hostData}
        academy={academy}
        view={view}
        platformLocked={props.policy?.platform !== undefined}
        editing={editingProfile || !academy}
        onDoneEditing={() => setEditingProfile(false)}
        onShowTab={(next) => select(next)}
      />
    ) : (
      <LoadedPanel
        id={id}
        state={id === 'share' ? share : faq}
        lang={lang}
        settings={settings}
        search={props.search ?? ''}
      />
    );

  return (
    <div class="popup">
      {/* Stays in view while the list scrolls (popup.css). */}
      <div class="popup-top">
        <header class="popup-header">
          <h1>{t('shell.title')}</h1>
          <LazyMenu label={t('menu.button')} trigger={<Icon name="more" size={20} />} items={menuItems} />
        </header>
        <TabBar t={t} tab={tab} tabRefs={tabRefs} onSelect={select} onKeyDown={onTabKey} />
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

interface TabBarProps {
  t: Translate<PopupStringKey>;
  tab: PopupTabId;
  tabRefs: Tabs['tabRefs'];
  onSelect(id: PopupTabId): void;
  onKeyDown(event: KeyboardEvent): void;
}

/** The WAI-ARIA tab list: only the selected tab is in the Tab order, the arrows move. */
function TabBar({ t, tab, tabRefs, onSelect, onKeyDown }: TabBarProps) {
  return (
    <div role="tablist" aria-label={t('shell.tabs')} class="tabs" onKeyDown={onKeyDown}>
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
          onClick={() => onSelect(id)}
        >
          {t(`tab.${id}`)}
        </button>
      ))}
    </div>
  );
}

interface LoadedPanelProps {
  id: 'share' | 'faq';
  state: LazyState<LoadedTab<ShareTabProps>> | LazyState<LoadedTab<FaqTabProps>>;
  lang: Lang;
  settings: Settings;
  search: string;
}

/** A tab whose code loads on first use: "Chargement…", the error, or the tab with its client. */
function LoadedPanel({ id, state, lang, settings, search }: LoadedPanelProps) {
  const t = createTranslator(popupStrings, lang);
  if (state.status === 'error') return <p class="status status-error">{t('shell.loadError')}</p>;
  if (state.status !== 'ready') return <p class="muted">{t('shell.loading')}</p>;
  if (id === 'share') {
    const { Tab, client } = state.value as LoadedTab<ShareTabProps>;
    return <Tab lang={lang} settings={settings} client={client} search={search} />;
  }
  const { Tab, client } = state.value as LoadedTab<FaqTabProps>;
  return <Tab lang={lang} settings={settings} client={client} />;
}
