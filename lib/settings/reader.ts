import { activeCatalogue, CATALOGUE_CACHE_KEY } from '../catalogue/catalogue';
import type { CatalogueSource } from '../catalogue/catalogue';
import type { CatalogueCache } from '../catalogue/remote';
import type { ManagedPolicy } from './policy';
import { readSettings } from './settings';
import type { KeyValueStore, Settings } from './settings';

/** Copy of the last policy read, in storage.local, so pages render without waiting for `managed.get()`. */
export const MANAGED_CACHE_KEY = 'managedPolicyStorage';

/** What the popup and the options page render from: everything comes from storage.local. */
export interface PageState {
  /** The settings in force (the administrator's policy applied). */
  settings: Settings;
  /** The user's own settings (what the options page edits and exports). */
  userSettings: Settings;
  policy: ManagedPolicy;
  catalogueCache: CatalogueCache;
  source: CatalogueSource;
}

/**
 * Reads the page state from storage.local. Bundle size: the zod schemas of a policy and of a remote
 * catalogue (managed.ts, catalogue-remote.ts) load only when there is such a thing to read.
 */
export async function readPageState(store: KeyValueStore): Promise<PageState> {
  const [userSettings, storedPolicy, storedCatalogue] = await Promise.all([
    readSettings(store),
    store.get(MANAGED_CACHE_KEY),
    store.get(CATALOGUE_CACHE_KEY),
  ]);
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
