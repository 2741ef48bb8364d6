import type { CatalogueCache } from '@/lib/catalogue/remote';
import type { Settings } from '@/lib/settings/settings';
import type { SettingsPatch } from '@/components/popup/client';

import type { ImportFileResult } from '@/lib/settings/file';
import type { VcardImportResult } from '@/lib/share/vcard';

export type ImportResult = ImportFileResult;
export type { VcardImportResult };

/** What « À propos » shows that only the browser knows. */
export interface AboutInfo {
  version: string;
  browser: 'chrome' | 'firefox';
  /** The shortcut that opens the popup now (the user may have changed or removed it). */
  shortcut: string | undefined;
}

/** Everything the options page asks of the extension (the real one: entrypoints/options/client.ts). */
export interface OptionsClient {
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Validates the file's text; a bad file changes nothing (`replaceConflicts`: the user confirmed). */
  importSettings(text: string, options?: { replaceConflicts?: boolean }): Promise<ImportResult>;
  /** The settings file's text: the settings, and the book and my ID when they may be stored. */
  exportSettings(settings: Settings): Promise<string>;
  /** How many IDs the book holds; undefined when the policy switched it off. */
  bookCount(): Promise<number | undefined>;
  /** Imports a vCard file into the book (lazy-loads the parser). */
  importVcard(text: string, options?: { replaceConflicts?: boolean }): Promise<VcardImportResult>;
  resetSettings(): Promise<Settings>;
  /** Downloads the remote catalogue now. */
  refreshCatalogue(url: string): Promise<CatalogueCache>;
  /** Offers a text file for download. */
  download(fileName: string, text: string): void;
  /** The version (runtime.getManifest), the browser and the popup's keyboard shortcut. */
  about(): Promise<AboutInfo>;
}
