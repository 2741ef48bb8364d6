import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FaqTabProps } from '@/components/faq/FaqTab';
import type { ShareTabProps } from '@/components/share/ShareTab';

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

export type Tabs = ReturnType<typeof useTabs>;

/**
 * The selected tab, the tabs visited so far (their panels stay mounted) and the WAI-ARIA tabs keys:
 * arrows, Home and End move the selection and the focus.
 */
export function useTabs(initial: PopupTabId) {
  const [tab, setTab] = useState<PopupTabId>(initial);
  const [visited, setVisited] = useState<ReadonlySet<PopupTabId>>(new Set([tab]));
  const tabRefs = useRef<Partial<Record<PopupTabId, HTMLButtonElement | null>>>({});

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

  return { tab, visited, tabRefs, select, onTabKey };
}
