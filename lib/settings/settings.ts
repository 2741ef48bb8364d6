import * as z from 'zod/mini';
import { httpsUrlSchema as httpsUrl } from '../platform/schema-parts';
import { SETTINGS_KEY } from '../storage-keys';

/**
 * The user's settings: one object under one storage key. The zod schema is the source of truth;
 * each field is validated on its own, so a value that fails validation falls back to its default
 * without losing the others. Shape changes are small pure migrations (see `migrateSettings`).
 */
export const SETTINGS_VERSION = 2;
export { SETTINGS_KEY } from '../storage-keys';

const host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d{1,5})?$/));

const profileFieldSchemas = {
  address: z.optional(z.string().check(z.maxLength(254))),
  academyId: z.optional(z.string().check(z.maxLength(64))),
};

export const settingsFieldSchemas = {
  /** The staff address (kept on this computer only) and/or an academy picked from the list. */
  profile: z.object(profileFieldSchemas),
  /** The per-academy beta platform the FAQ describes, or the current national platform. */
  platform: z.enum(['beta', 'national']),
  language: z.enum(['auto', 'fr', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Remote JSON catalogue replacing the bundled one (data only). */
  catalogueUrl: z.optional(httpsUrl),
  /** Remote FAQ source (JSON in the project's schema, or an HTML FAQ page). */
  faqUrl: z.optional(httpsUrl),
  /** Hosts where the wrong-academy warning is turned off ("Ne plus avertir pour ce site"). */
  dismissedSites: z.array(host).check(z.maxLength(500)),
  /** Colleague's address → their Nextcloud host (national platform: cannot be derived). */
  rememberedHosts: z.record(z.string().check(z.maxLength(254)), host),
  /**
   * Show the extension's own page instead of a dead 2020 link (`*.beta.education.fr`) when the national
   * platform is in use (issue 18). A new field with a default: no version bump (older settings simply
   * lack it and get the default).
   */
  rescueDeadLinks: z.boolean(),
} as const;

export const settingsSchema = z.object({
  version: z.number(),
  ...settingsFieldSchemas,
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof typeof settingsFieldSchemas;

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  profile: {},
  platform: 'beta',
  language: 'auto',
  theme: 'system',
  dismissedSites: [],
  rememberedHosts: {},
  rescueDeadLinks: true,
};

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrations, each from version N-1 to N, pure and tested with a fixture per version.
 * v1 → v2: the address and the academy moved from top-level `address`/`academy` into `profile`,
 * and `warnDisabledHosts` was renamed `dismissedSites`.
 */
export const settingsMigrations: Record<number, (old: Raw) => Raw> = {
  // Defensive: an object without a version number is taken for v1, so fields already in the v2 shape
  // are kept when the v1 ones are absent.
  2: ({ address, academy, warnDisabledHosts, ...rest }) => ({
    ...rest,
    version: 2,
    ...(address !== undefined || academy !== undefined ? { profile: { address, academyId: academy } } : {}),
    ...(warnDisabledHosts !== undefined ? { dismissedSites: warnDisabledHosts } : {}),
  }),
};

export function migrateSettings(raw: unknown): Raw {
  if (!isObject(raw)) return {};
  let current: Raw = raw;
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 1;
  // A file from a newer version: keep what still validates, field by field.
  if (version > SETTINGS_VERSION) return { ...raw, version: SETTINGS_VERSION };
  while (version < SETTINGS_VERSION) {
    const step = settingsMigrations[version + 1];
    version += 1;
    if (step) current = step(current);
  }
  return { ...current, version: SETTINGS_VERSION };
}

/** Any stored value → valid settings; invalid fields fall back to their defaults, one by one. */
export function parseSettings(raw: unknown): Settings {
  const migrated = migrateSettings(raw);
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [field, schema] of Object.entries(settingsFieldSchemas) as [SettingsField, z.ZodMiniType][]) {
    const parsed = schema.safeParse(migrated[field]);
    out[field] = parsed.success ? parsed.data : defaultSettings[field];
  }
  // Profile: keep the valid half when only one half is bad.
  if (isObject(migrated.profile)) {
    const profile: Raw = {};
    for (const key of ['address', 'academyId'] as const) {
      const parsed = profileFieldSchemas[key].safeParse(migrated.profile[key]);
      if (parsed.success && parsed.data !== undefined) profile[key] = parsed.data;
    }
    out.profile = profile;
  }
  return out as Settings;
}

/** Whether a value is acceptable for one field (forms check before saving: updateSettings never throws). */
export function isValidSettingValue<F extends SettingsField>(field: F, value: unknown): value is Settings[F] {
  return settingsFieldSchemas[field].safeParse(value).success;
}

/** The minimal storage the settings need (browser.storage.local or storage.sync fits). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The user's own stored settings, without the administrator's policy. Features never call this: they
 * read the settings in force with `readSettingsInForce` (lib/settings/reader.ts); ESLint forbids
 * importing it anywhere else.
 */
export async function readUserSettings(store: KeyValueStore): Promise<Settings> {
  const stored = await store.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Reads, applies the patch, validates and writes back; returns what was stored. */
export async function updateSettings(
  store: KeyValueStore,
  patch: Partial<Omit<Settings, 'version'>> | ((current: Settings) => Partial<Omit<Settings, 'version'>>),
): Promise<Settings> {
  const current = await readUserSettings(store);
  const changes = typeof patch === 'function' ? patch(current) : patch;
  const next = parseSettings({ ...current, ...changes, version: SETTINGS_VERSION });
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Writes a whole, already valid, settings object (import). */
export async function writeSettings(store: KeyValueStore, settings: Settings): Promise<Settings> {
  const next = parseSettings(settings);
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Back to the defaults (options page, "Réinitialiser"). */
export async function resetSettings(store: KeyValueStore): Promise<Settings> {
  return writeSettings(store, defaultSettings);
}

/**
 * After an update of the extension: stored settings of an older version are migrated and written
 * back once, so nothing depends on old shapes afterwards. Nothing is written when nothing is stored
 * or the value is already current. Returns whether it wrote.
 */
export async function migrateStoredSettings(store: KeyValueStore): Promise<boolean> {
  const stored = (await store.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return false;
  // A newer version's settings (the extension was downgraded): leave them for that version.
  if (isObject(stored) && typeof stored.version === 'number' && stored.version > SETTINGS_VERSION)
    return false;
  const next = parseSettings(stored);
  if (JSON.stringify(next) === JSON.stringify(stored)) return false;
  await store.set({ [SETTINGS_KEY]: next });
  return true;
}
