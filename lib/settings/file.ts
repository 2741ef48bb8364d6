import { settingsFieldSchemas, settingsSchema } from './schema';
import {
  defaultSettings,
  isValidSettingValue,
  migrateSettings,
  parseSettings,
  SETTINGS_VERSION,
  settingsVersionKind,
} from './settings';
import type { KeyValueStore, Settings, SettingsField } from './settings';
import { isObject } from '../util/object';
import {
  applyIdBookImport,
  exportIdBook,
  ID_BOOK_KEY,
  ID_BOOK_MAX_IMPORT_CHARS,
  parseIdBookSection,
  planIdBookImport,
  readIdBook,
  type IdBook,
  type IdBookImportPlan,
} from '../share/book';
import {
  MY_FEDERATION_ID_KEY,
  parseMyFederationId,
  readMyFederationId,
  type MyFederationId,
} from '../share/my-id';
import { SETTINGS_KEY } from '../storage-keys';

/**
 * Settings files (options page: export and import). Apart from lib/settings/settings.ts so that the popup,
 * which never imports a file, does not carry this code.
 */

/** Sections of the file that are not settings: the book of colleagues' IDs, my own ID. */
const FILE_SECTIONS = ['idBook', 'myFederationId'] as const;

/** Top-level names a settings file may carry: today's fields, and those of older versions (migrated). */
const KNOWN_FILE_KEYS = new Set([
  'version',
  ...Object.keys(settingsFieldSchemas),
  // v1
  'address',
  'academy',
  'warnDisabledHosts',
  // Optional sections (issue 12): older files have none and still import.
  ...FILE_SECTIONS,
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
  if (
    !keys.some(
      (k) => k !== 'version' && KNOWN_FILE_KEYS.has(k) && !(FILE_SECTIONS as readonly string[]).includes(k),
    )
  ) {
    return { ok: false, errors: ['(root): no settings in this file'] };
  }
  // The book and my ID are sections of the file, not settings (issue 12).
  const { idBook: _book, myFederationId: _me, ...settingsPart } = raw;
  if (newer) {
    const understood = (Object.keys(settingsFieldSchemas) as SettingsField[]).filter(
      (field) => settingsPart[field] !== undefined && isValidSettingValue(field, settingsPart[field]),
    );
    if (understood.length === 0) return { ok: false, errors: ['(root): no settings in this file'] };
    // Known fields this version cannot read (their shape changed); fields it does not know are simply
    // not listed.
    const ignored = (Object.keys(settingsFieldSchemas) as SettingsField[]).filter(
      (field) => settingsPart[field] !== undefined && !understood.includes(field),
    );
    return { ok: true, settings: parseSettings(settingsPart), ...(ignored.length > 0 ? { ignored } : {}) };
  }
  const migrated = migrateSettings(settingsPart);
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

/** The IDs a file carries besides the settings (issue 12). */
export interface FileIds {
  book?: IdBook;
  me?: MyFederationId;
}

/** The settings as a JSON file (export): the stored object, versioned, and the book and my ID if given. */
export function serializeSettings(settings: Settings, ids: FileIds = {}): string {
  return `${JSON.stringify(
    {
      ...settings,
      version: SETTINGS_VERSION,
      ...(ids.book && ids.book.entries.length > 0 ? { idBook: exportIdBook(ids.book) } : {}),
      ...(ids.me ? { myFederationId: ids.me } : {}),
    },
    null,
    2,
  )}\n`;
}

export type ImportFileResult =
  | {
      ok: true;
      settings: Settings;
      /** Known fields of a newer file that this version cannot read. */
      ignored?: string[];
      book?: { added: number; merged: number; conflicts: number };
    }
  | { ok: false; errors: string[] }
  /** The file's book contradicts entries of this one: nothing written; ask, then import with `replaceConflicts`. */
  | { ok: false; code: 'confirm'; conflicts: number; errors: [] };

export interface ImportFileOptions {
  /** The user confirmed: of two entries for one address, the newest wins. */
  replaceConflicts?: boolean;
  /** false: the administrator's policy forbids storing IDs; the file's IDs are left out. */
  idsAllowed?: boolean;
  now?: number;
}

/**
 * Imports a settings file's text: JSON-parsed and validated whole (the settings, the book, my ID); on
 * any error nothing is written; otherwise one write for everything.
 */
export async function importSettings(
  store: KeyValueStore,
  text: string,
  { replaceConflicts = false, idsAllowed = true, now = Date.now() }: ImportFileOptions = {},
): Promise<ImportFileResult> {
  if (text.length > ID_BOOK_MAX_IMPORT_CHARS) return { ok: false, errors: ['(file): too large'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['(file): not JSON'] };
  }
  const parsed = parseSettingsImport(raw);
  if (!parsed.ok) return parsed;
  const file = raw as Record<string, unknown>;
  const writes: Record<string, unknown> = { [SETTINGS_KEY]: parseSettings(parsed.settings) };
  let plan: IdBookImportPlan | undefined;
  if (idsAllowed && file.idBook !== undefined) {
    const section = parseIdBookSection(file.idBook);
    if (!section.ok) return { ok: false, errors: section.errors };
    const book = await readIdBook(store);
    plan = planIdBookImport(book, section.candidates, now);
    if (plan.conflicts > 0 && !replaceConflicts)
      return { ok: false, code: 'confirm', conflicts: plan.conflicts, errors: [] };
    const applied = applyIdBookImport(book, plan, { replaceConflicts });
    if (!applied.ok) return { ok: false, errors: [`idBook: more than ${applied.max} entries in all`] };
    writes[ID_BOOK_KEY] = exportIdBook(applied.book);
  }
  if (idsAllowed && file.myFederationId !== undefined) {
    const me = parseMyFederationId(file.myFederationId);
    if (!me) return { ok: false, errors: ['myFederationId: not a federation ID on a platform server'] };
    writes[MY_FEDERATION_ID_KEY] = me;
  }
  await store.set(writes);
  return {
    ok: true,
    settings: writes[SETTINGS_KEY] as Settings,
    ...(parsed.ignored ? { ignored: parsed.ignored } : {}),
    ...(plan ? { book: { added: plan.added, merged: plan.merged, conflicts: plan.conflicts } } : {}),
  };
}

/** What the export puts beside the settings (nothing when the policy forbids storing IDs). */
export async function readFileIds(store: KeyValueStore): Promise<FileIds> {
  const [book, me] = await Promise.all([readIdBook(store), readMyFederationId(store)]);
  return { book, ...(me ? { me } : {}) };
}
