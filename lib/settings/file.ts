import { settingsFieldSchemas, settingsSchema } from './schema';
import {
  defaultSettings,
  isValidSettingValue,
  migrateSettings,
  parseSettings,
  SETTINGS_VERSION,
  settingsVersionKind,
  writeSettings,
} from './settings';
import type { KeyValueStore, Settings, SettingsField } from './settings';
import { isObject } from '../util/object';

/**
 * Settings files (options page: export and import). Apart from lib/settings/settings.ts so that the popup,
 * which never imports a file, does not carry this code.
 */

/** Top-level names a settings file may carry: today's fields, and those of older versions (migrated). */
const KNOWN_FILE_KEYS = new Set([
  'version',
  ...Object.keys(settingsFieldSchemas),
  // v1
  'address',
  'academy',
  'warnDisabledHosts',
]);

/**
 * Validates a whole imported file strictly: a bad file changes nothing. It must be an object with at
 * least one settings field and no unknown field (so an unrelated JSON file is refused, instead of
 * resetting everything to the defaults), and every field must be valid. Older versions are migrated;
 * a file from a newer version keeps what this version understands, field by field: a known field whose
 * shape changed in that version falls back to its default (listed in `ignored`) instead of refusing the
 * whole file. The version, when present, must be
 * an integer from 1 up (see `settingsVersionKind`); anything else is refused as « unknown version ».
 */
export function parseSettingsImport(
  raw: unknown,
): { ok: true; settings: Settings; ignored?: string[] } | { ok: false; errors: string[] } {
  if (!isObject(raw)) return { ok: false, errors: ['(root): not an object'] };
  const keys = Object.keys(raw);
  const versionKind = settingsVersionKind(raw);
  // The options page shows this code as is (« version: unknown version »).
  if (versionKind === 'unknown') return { ok: false, errors: ['version: unknown version'] };
  const newer = versionKind === 'newer';
  const unknown = keys.filter((k) => !KNOWN_FILE_KEYS.has(k));
  if (unknown.length > 0 && !newer) return { ok: false, errors: unknown.map((k) => `${k}: unknown field`) };
  if (!keys.some((k) => k !== 'version' && KNOWN_FILE_KEYS.has(k))) {
    return { ok: false, errors: ['(root): no settings in this file'] };
  }
  if (newer) {
    const understood = (Object.keys(settingsFieldSchemas) as SettingsField[]).filter(
      (field) => raw[field] !== undefined && isValidSettingValue(field, raw[field]),
    );
    if (understood.length === 0) return { ok: false, errors: ['(root): no settings in this file'] };
    // Known fields this version cannot read (their shape changed); fields it does not know are simply
    // not listed.
    const ignored = (Object.keys(settingsFieldSchemas) as SettingsField[]).filter(
      (field) => raw[field] !== undefined && !understood.includes(field),
    );
    return { ok: true, settings: parseSettings(raw), ...(ignored.length > 0 ? { ignored } : {}) };
  }
  const migrated = migrateSettings(raw);
  const candidate = { ...defaultSettings, ...migrated };
  const result = settingsSchema.safeParse(candidate);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  return { ok: true, settings: result.data };
}

/** The settings as a JSON file (export): the stored object, versioned, nothing else. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify({ ...settings, version: SETTINGS_VERSION }, null, 2)}\n`;
}

/** Imports a settings file's text: JSON-parsed and validated; on any error nothing is written. */
export async function importSettings(
  store: KeyValueStore,
  text: string,
): Promise<{ ok: true; settings: Settings; ignored?: string[] } | { ok: false; errors: string[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['(file): not JSON'] };
  }
  const parsed = parseSettingsImport(raw);
  if (!parsed.ok) return parsed;
  return { ...parsed, settings: await writeSettings(store, parsed.settings) };
}
