/**
 * Every key the extension keeps in `storage.local`, in one place, with what it holds. Each value is
 * validated with its own schema when it is read back (storage read-back is a trust boundary); the
 * versioned ones carry their version inside the value. Imports nothing, so any bundle (the content
 * script included) can name a key without pulling in a schema.
 */

/** The user's settings (lib/settings/settings.ts), versioned by `SETTINGS_VERSION`, migrated in place. */
export const SETTINGS_KEY = 'settingsStorage';
/** A copy of the administrator's policy (lib/settings/policy.ts); absent when there is no policy. */
export const MANAGED_CACHE_KEY = 'managedPolicyStorage';
/** The last good remote catalogue and its fetch state (lib/catalogue/remote.ts). */
export const CATALOGUE_CACHE_KEY = 'catalogueCacheStorage';
/** The share IDs copied recently (lib/share/history.ts). */
export const SHARE_HISTORY_KEY = 'shareHistoryStorage';
/** The book of colleagues' federation IDs (lib/share/book.ts), versioned by `ID_BOOK_VERSION`. */
export const ID_BOOK_KEY = 'idBookStorage';
/** The user's own federation ID, captured or pasted (lib/share/my-id.ts), versioned inside. */
export const MY_FEDERATION_ID_KEY = 'myFederationIdStorage';

/** The keys whose change can change the settings in force (lib/settings/reader.ts). */
export const SETTINGS_IN_FORCE_KEYS = [SETTINGS_KEY, MANAGED_CACHE_KEY, CATALOGUE_CACHE_KEY] as const;
