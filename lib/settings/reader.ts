import { activeCatalogue } from '../catalogue/catalogue';
import type { CatalogueSource } from '../catalogue/catalogue';
import type { CatalogueCache } from '../catalogue/remote';
import { CATALOGUE_CACHE_KEY, MANAGED_CACHE_KEY, SETTINGS_KEY } from '../storage-keys';
import type { ManagedPolicy } from './policy';
import { parseSettings } from './settings';
import type { KeyValueStore, Settings } from './settings';

/**
 * THE reader of the settings in force. The popup, the options page, the background (context menu,
 * FAQ, catalogue, sign-in answers) and, through the background, the content script all read the
 * settings here, so an administrator's policy can never be ignored on one path.
 */
export interface SettingsInForce {
  /** The settings in force: the user's, with the administrator's policy applied. */
  settings: Settings;
  /** The user's own settings (what the options page edits and exports). */
  userSettings: Settings;
  policy: ManagedPolicy;
  catalogueCache: CatalogueCache;
  /** The catalogue in use: the bundled one or the last good remote copy. */
  source: CatalogueSource;
}

/** @deprecated name kept for the pages' props: the same object as `SettingsInForce`. */
export type PageState = SettingsInForce;

/**
 * Records of storage.local already read by the caller, holding (at least) the keys of
 * SETTINGS_IN_FORCE_KEYS: e.g. the popup's one `storage.local.get` of everything its first paint needs.
 */
export type StoredRecords = Record<string, unknown>;

/**
 * Everything comes from storage.local (the policy is cached there by `syncManagedPolicy`), so pages
 * render without waiting for `managed.get()`. Bundle size: the zod schemas of a policy and of a remote
 * catalogue (policy.ts, remote.ts) load only when there is such a thing to read.
 *
 * With `records`, nothing is read from `store`: the caller read the keys already (one storage call
 * instead of three), and the settings in force are made from them exactly as from a read.
 */
export async function readSettingsInForce(
  store: KeyValueStore,
  records?: StoredRecords,
): Promise<SettingsInForce> {
  const [storedSettings, storedPolicy, storedCatalogue] = records
    ? [records, records, records]
    : await Promise.all([
        store.get(SETTINGS_KEY),
        store.get(MANAGED_CACHE_KEY),
        store.get(CATALOGUE_CACHE_KEY),
      ]);
  const userSettings = parseSettings(storedSettings[SETTINGS_KEY]);
  let settings = userSettings;
  let policy: ManagedPolicy = {};
  if (storedPolicy[MANAGED_CACHE_KEY] !== undefined) {
    const managed = await import('./policy');
    policy = managed.parseManagedCache(storedPolicy[MANAGED_CACHE_KEY]);
    settings = managed.applyManagedPolicy(userSettings, policy);
  }
  let catalogueCache: CatalogueCache = {};
  if (storedCatalogue[CATALOGUE_CACHE_KEY] !== undefined) {
    const { parseCatalogueCache } = await import('../catalogue/remote');
    catalogueCache = parseCatalogueCache(storedCatalogue[CATALOGUE_CACHE_KEY]);
  }
  return {
    settings,
    userSettings,
    policy,
    catalogueCache,
    source: activeCatalogue(catalogueCache, settings.catalogueUrl),
  };
}
