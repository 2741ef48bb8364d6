import type { Settings } from '@/lib/settings/settings';

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

/**
 * Everything the popup asks of the extension. The real one (entrypoints/popup/client.ts) talks to
 * the browser directly, without waiting for the background; tests pass a mock.
 */
export interface PopupClient {
  /** Opens a service: focuses a tab already open on its host, else opens a new tab. */
  openService(url: string): Promise<void>;
  /** Opens a page in a new tab (PeerTube search, support). */
  openUrl(url: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Validates and stores a change of the user's settings; returns what was stored. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
}
