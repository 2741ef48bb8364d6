import type { CatalogueCache } from '@/lib/catalogue/remote';
import type { Settings } from '@/lib/settings/settings';
import type { SettingsPatch } from '@/components/popup/client';

/** What « À propos » shows that only the browser knows. */
export interface AboutInfo {
  version: string;
  browser: 'chrome' | 'firefox';
  /** The shortcut that opens the popup now (the user may have changed or removed it). */
  shortcut: string | undefined;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Everything the options page asks of the extension (the real one: entrypoints/options/client.ts). */
export interface OptionsClient {
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Validates the file's text; a bad file changes nothing. */
  importSettings(text: string): Promise<ImportResult>;
  resetSettings(): Promise<Settings>;
  /** Downloads the remote catalogue now. */
  refreshCatalogue(url: string): Promise<CatalogueCache>;
  /** Offers a text file for download. */
  download(fileName: string, text: string): void;
  /** The version (runtime.getManifest), the browser and the popup's keyboard shortcut. */
  about(): Promise<AboutInfo>;
}
