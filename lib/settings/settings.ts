import { isHttpsSourceUrl, STORED_HOST_PATTERN } from '../platform/url';
import { SETTINGS_KEY } from '../storage-keys';
import { isObject } from '../util/object';
import type { Settings, SettingsField } from './schema';

export type { Settings, SettingsField } from './schema';

/**
 * The user's settings: one object under one storage key. The zod schema is the source of truth (the
 * type, settings files, the policy); each field is validated on its own, so a value that fails
 * validation falls back to its default without losing the others. Shape changes are small pure
 * migrations (see `migrateSettings`).
 *
 * Reading and writing settings (`parseSettings`) uses plain checks instead (`settingsFieldChecks`):
 * the popup's first paint and every reader then load no zod at all (~8 KiB gzip). A property test
 * (tests/unit/settings/checks.test.ts) keeps each check equal to its field's zod schema.
 */
export const SETTINGS_VERSION = 3;
export { SETTINGS_KEY } from '../storage-keys';

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  profile: {},
  platform: 'national',
  platformChosen: false,
  platformNotice: false,
  language: 'auto',
  theme: 'system',
  dismissedSites: [],
  rememberedHosts: {},
};

type Raw = Record<string, unknown>;

const BETA_SUFFIX = '.beta.education.fr';
const isBetaHost = (h: unknown) => typeof h === 'string' && h.replace(/:\d+$/, '').endsWith(BETA_SUFFIX);

/**
 * Whether a v2 record shows the beta platform in use, not merely set: a beta host in « Ne plus avertir
 * pour ce site » (the user was on a beta sign-in page) or a colleague remembered on a beta server.
 */
function usedBetaPlatform(old: Raw): boolean {
  const sites = Array.isArray(old.dismissedSites) ? old.dismissedSites : [];
  const remembered = isObject(old.rememberedHosts) ? Object.values(old.rememberedHosts) : [];
  return sites.some(isBetaHost) || remembered.some(isBetaHost);
}

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
  /*
   * v2 → v3: the national platform becomes the default, « Mon Nuage » arrives.
   *
   * A v2 record cannot say whether its platform was chosen: v2's default was 'beta' and every write
   * (updateSettings, the popup's first profile) stored every field, so a user who never opened the
   * options has `platform: 'beta'` exactly like one who picked it. The decision:
   * - 'national' was necessarily chosen (it was not the default): kept, no notice;
   * - 'beta' with signs of use (a beta host among the dismissed sites or the remembered hosts, which
   *   only a visit to a beta sign-in page or a share with a beta server leaves): taken as chosen, kept;
   * - anything else ('beta' alone, no platform): taken as the old default, moved to national, with the
   *   popup's one-time notice and its way back to the 2020 platform.
   * A genuine beta user without such signs is moved too: one notice and one click bring them back,
   * whereas leaving every default user on hosts gone since 2021 would break every tile. From v3 on, a
   * choice is recorded (`platformChosen`), so later migrations need not guess.
   */
  3: (old) => {
    const chose = old.platform === 'national' || (old.platform === 'beta' && usedBetaPlatform(old));
    if (chose) return { ...old, version: 3, platformChosen: true, platformNotice: false };
    // An invalid value stays as it is: an imported file is refused for it, and a stored one falls
    // back to the default (national) field by field, like any invalid value.
    const valid = old.platform === undefined || old.platform === 'beta';
    return {
      ...old,
      version: 3,
      ...(valid ? { platform: 'national' } : {}),
      platformChosen: false,
      platformNotice: true,
    };
  },
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

// ---------------------------------------------------------------------------------------------------
// Plain checks, one per field, equal to the zod schemas above (see the comment at the top).

const isString =
  (max: number, min = 0) =>
  (v: unknown): v is string =>
    typeof v === 'string' && v.length >= min && v.length <= max;
const isHost = (v: unknown): v is string => isString(253, 1)(v) && STORED_HOST_PATTERN.test(v);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
const optional =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | undefined =>
    v === undefined || check(v);
const isProfileAddress = optional(isString(254));
const isProfileAcademyId = optional(isString(64));

/** Each field's check and the copy it keeps (like zod's parsed data: plain objects, unknown keys dropped). */
type FieldParser<T> = (value: unknown) => { ok: true; value: T } | { ok: false };
const accept = <T>(value: T) => ({ ok: true as const, value });
const REFUSED = { ok: false as const };
const fromCheck =
  <T>(check: (v: unknown) => v is T): FieldParser<T> =>
  (v) =>
    check(v) ? accept(v) : REFUSED;

export const settingsFieldChecks: { [F in SettingsField]: FieldParser<Settings[F]> } = {
  profile: (v) => {
    if (!isObject(v) || !isProfileAddress(v.address) || !isProfileAcademyId(v.academyId)) return REFUSED;
    const profile: Settings['profile'] = {};
    if (v.address !== undefined) profile.address = v.address;
    if (v.academyId !== undefined) profile.academyId = v.academyId;
    return accept(profile);
  },
  platform: fromCheck(oneOf(['beta', 'national'] as const)),
  platformChosen: fromCheck((v): v is boolean => typeof v === 'boolean'),
  platformNotice: fromCheck((v): v is boolean => typeof v === 'boolean'),
  myNuage: fromCheck(optional(isHost)),
  language: fromCheck(oneOf(['auto', 'fr', 'en'] as const)),
  theme: fromCheck(oneOf(['system', 'light', 'dark'] as const)),
  catalogueUrl: fromCheck(optional(isHttpsSourceUrl)),
  faqUrl: fromCheck(optional(isHttpsSourceUrl)),
  dismissedSites: (v) => (Array.isArray(v) && v.length <= 500 && v.every(isHost) ? accept([...v]) : REFUSED),
  rememberedHosts: (v) => {
    if (!isObject(v)) return REFUSED;
    const entries = Object.entries(v);
    if (!entries.every(([address, host]) => address.length <= 254 && isHost(host))) return REFUSED;
    return accept(Object.fromEntries(entries) as Record<string, string>);
  },
};

/** Any stored value → valid settings; invalid fields fall back to their defaults, one by one. */
export function parseSettings(raw: unknown): Settings {
  const migrated = migrateSettings(raw);
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const field of Object.keys(settingsFieldChecks) as SettingsField[]) {
    const parsed = settingsFieldChecks[field](migrated[field]);
    out[field] = parsed.ok ? parsed.value : defaultSettings[field];
  }
  // Profile: keep the valid half when only one half is bad.
  if (isObject(migrated.profile)) {
    const { address, academyId } = migrated.profile;
    const profile: Raw = {};
    if (address !== undefined && isProfileAddress(address)) profile.address = address;
    if (academyId !== undefined && isProfileAcademyId(academyId)) profile.academyId = academyId;
    out.profile = profile;
  }
  return out as Settings;
}

/** Whether a value is acceptable for one field (forms check before saving: updateSettings never throws). */
export function isValidSettingValue<F extends SettingsField>(field: F, value: unknown): value is Settings[F] {
  return settingsFieldChecks[field](value).ok;
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
  // Setting the platform is a choice: recorded, and the move notice has served its purpose.
  const choice = changes.platform !== undefined ? { platformChosen: true, platformNotice: false } : {};
  const next = parseSettings({ ...current, ...choice, ...changes, version: SETTINGS_VERSION });
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
