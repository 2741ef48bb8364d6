import { isHttpsSourceUrl, STORED_HOST_PATTERN } from '../platform/url';
import { SETTINGS_KEY } from '../storage-keys';
import { arr, bool, type Check, NO, obj, oneOf, opt, record, str } from '../util/check';
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
  rescueDeadLinks: true,
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

/**
 * The version a settings object claims: `missing` (taken for v1, see the v2 migration), a `known`
 * version (an integer from 1 to SETTINGS_VERSION), `newer` (a safe integer above it: a later release
 * of the extension wrote it), or `unknown` (anything else: 0, negative, fractional, NaN, ±Infinity,
 * 1e308, a string…). Never a loop bound as such: the migration runs from a clamped start.
 */
export type SettingsVersionKind = 'missing' | 'known' | 'newer' | 'unknown';

export function settingsVersionKind(raw: Raw): SettingsVersionKind {
  const { version } = raw;
  if (version === undefined) return 'missing';
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return 'unknown';
  return version > SETTINGS_VERSION ? 'newer' : 'known';
}

export function migrateSettings(raw: unknown): Raw {
  if (!isObject(raw)) return {};
  const kind = settingsVersionKind(raw);
  // A file from a newer version: keep what still validates, field by field.
  if (kind === 'newer') return { ...raw, version: SETTINGS_VERSION };
  // Stored values must always give settings: an unknown version is read as v1 (the defensive v2 step
  // keeps fields already in the current shape). The start is clamped to 1..SETTINGS_VERSION, so the
  // loop runs at most SETTINGS_VERSION - 1 steps whatever the input (-1e308 used to loop forever).
  const start = kind === 'known' ? (raw.version as number) : 1;
  let current: Raw = raw;
  for (let version = start; version < SETTINGS_VERSION; version++) {
    const step = settingsMigrations[version + 1];
    if (step) current = step(current);
  }
  return { ...current, version: SETTINGS_VERSION };
}

// ---------------------------------------------------------------------------------------------------
// Plain checks, one per field, equal to the zod schemas of schema.ts (see the comment at the top).

const host = str(1, 253, (v) => STORED_HOST_PATTERN.test(v));
const profileAddress = opt(str(0, 254));
const profileAcademyId = opt(str(0, 64));
const httpsSourceUrl = opt(str(0, Infinity, isHttpsSourceUrl));

/** Each field's check and the copy it keeps (like zod's parsed data: plain objects, unknown keys dropped). */
type FieldParser<T> = (value: unknown) => { ok: true; value: T } | { ok: false };
const REFUSED = { ok: false as const };
/** The checks of lib/util/check.ts (shared with the worker's), in the `{ ok, value }` form of this module. */
const fromCheck =
  <T>(check: Check<T>): FieldParser<T> =>
  (v) => {
    const value = check(v);
    return value === NO ? REFUSED : { ok: true as const, value };
  };

export const settingsFieldChecks: { [F in SettingsField]: FieldParser<Settings[F]> } = {
  profile: fromCheck(obj<Settings['profile']>({ address: profileAddress, academyId: profileAcademyId })),
  platform: fromCheck(oneOf(['beta', 'national'])),
  platformChosen: fromCheck(bool),
  platformNotice: fromCheck(bool),
  myNuage: fromCheck(opt(host)),
  language: fromCheck(oneOf(['auto', 'fr', 'en'])),
  theme: fromCheck(oneOf(['system', 'light', 'dark'])),
  catalogueUrl: fromCheck(httpsSourceUrl),
  faqUrl: fromCheck(httpsSourceUrl),
  dismissedSites: fromCheck(arr(host, 0, 500)),
  // A `__proto__` key is neither checked nor kept, as zod's record does (it cannot be an address).
  rememberedHosts: fromCheck(record(str(0, 254), host) as Check<Record<string, string>>),
  rescueDeadLinks: fromCheck(bool),
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
    if (address !== undefined && profileAddress(address) !== NO) profile.address = address;
    if (academyId !== undefined && profileAcademyId(academyId) !== NO) profile.academyId = academyId;
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

/**
 * Writes of the settings object, one at a time per store (issue 15, item 11). `updateSettings` reads,
 * changes and writes the whole object, so two updates in flight at once used to lose one (a « ne plus
 * avertir » from a tab while the options save). Queued, each update reads what the previous one wrote.
 *
 * Limit: the queue is per JavaScript context. The options page and the background are two contexts
 * writing the same storage.local key, and storage.local has no compare-and-swap, so an update also
 * compares and retries: it reads the value again just before writing and starts over if another context
 * wrote since its first read; after writing, it reads back and applies its patch again if another
 * context's write replaced it without its change (at most MAX_RETRIES times). That narrows the window
 * to the gap between two storage calls but cannot close it: the only full fix is one writer (all writes
 * routed to the background) or one storage key per field.
 */
const writeQueues = new WeakMap<KeyValueStore, Promise<unknown>>();
const MAX_RETRIES = 3;

function enqueueWrite<T>(store: KeyValueStore, job: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(store) ?? Promise.resolve();
  const next = previous.then(job, job);
  writeQueues.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}

type SettingsPatch = Partial<Omit<Settings, 'version'>>;

/** Whether `stored` still carries every value of `changes` (as validated in `written`). */
function keepsChanges(stored: Settings, written: Settings, changes: SettingsPatch): boolean {
  return (Object.keys(changes) as (keyof SettingsPatch)[]).every(
    (field) => JSON.stringify(stored[field]) === JSON.stringify(written[field]),
  );
}

/** Reads, applies the patch, validates and writes back, one update at a time; returns what was stored. */
export function updateSettings(
  store: KeyValueStore,
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
): Promise<Settings> {
  return enqueueWrite(store, async () => {
    let next = defaultSettings;
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      const last = attempt === MAX_RETRIES;
      const current = await readUserSettings(store);
      const changes = typeof patch === 'function' ? patch(current) : patch;
      // Setting the platform is a choice: recorded, and the move notice has served its purpose.
      const choice = changes.platform !== undefined ? { platformChosen: true, platformNotice: false } : {};
      next = parseSettings({ ...current, ...choice, ...changes, version: SETTINGS_VERSION });
      // Compare, then write: another context may have written since our read (see above).
      if (!last && JSON.stringify(await readUserSettings(store)) !== JSON.stringify(current)) continue;
      await store.set({ [SETTINGS_KEY]: next });
      if (last || keepsChanges(await readUserSettings(store), next, changes)) break;
    }
    return next;
  });
}

/** Writes a whole, already valid, settings object (import), in turn with the updates. */
export function writeSettings(store: KeyValueStore, settings: Settings): Promise<Settings> {
  return enqueueWrite(store, async () => {
    const next = parseSettings(settings);
    await store.set({ [SETTINGS_KEY]: next });
    return next;
  });
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
export function migrateStoredSettings(store: KeyValueStore): Promise<boolean> {
  return enqueueWrite(store, async () => {
    const stored = (await store.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (stored === undefined) return false;
    // A newer version's settings (the extension was downgraded): leave them for that version.
    if (isObject(stored) && typeof stored.version === 'number' && stored.version > SETTINGS_VERSION)
      return false;
    const next = parseSettings(stored);
    if (JSON.stringify(next) === JSON.stringify(stored)) return false;
    await store.set({ [SETTINGS_KEY]: next });
    return true;
  });
}
