import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isValidSettingValue,
  migrateSettings,
  migrateStoredSettings,
  parseSettings,
  readUserSettings,
  resetSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  updateSettings,
} from '@/lib/settings/settings';
import type { KeyValueStore, Settings } from '@/lib/settings/settings';
import { importSettings, parseSettingsImport, serializeSettings } from '@/lib/settings/file';

/** An in-memory storage.local, counting writes. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const store: KeyValueStore = {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      writes += 1;
      Object.assign(data, structuredClone(items));
    },
  };
  return { store, data, writes: () => writes };
}

/** A settings object as version 1 stored it (top-level address/academy, warnDisabledHosts). */
const V1_FIXTURE = {
  version: 1,
  address: 'jean.dupont@ac-grenoble.fr',
  academy: 'grenoble',
  platform: 'national',
  language: 'en',
  theme: 'dark',
  catalogueUrl: 'https://dane.example.fr/catalogue.json',
  faqUrl: 'https://dane.example.fr/faq.json',
  warnDisabledHosts: ['apps-lyon.beta.education.fr'],
  rememberedHosts: { 'marie.curie@ac-lyon.fr': 'nuage05.apps.education.fr' },
};

/** The same settings in version 2. */
const V2_FIXTURE: Settings = {
  version: 2,
  profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
  platform: 'national',
  language: 'en',
  theme: 'dark',
  catalogueUrl: 'https://dane.example.fr/catalogue.json',
  faqUrl: 'https://dane.example.fr/faq.json',
  dismissedSites: ['apps-lyon.beta.education.fr'],
  rememberedHosts: { 'marie.curie@ac-lyon.fr': 'nuage05.apps.education.fr' },
  // Added in issue 18 without a version bump: absent from older settings, which get the default.
  rescueDeadLinks: true,
};

describe('rescueDeadLinks (issue 18, no version bump)', () => {
  it('defaults to true when absent, keeps false, and drops a non-boolean', () => {
    const { rescueDeadLinks: _omit, ...stored } = V2_FIXTURE;
    expect(parseSettings(stored).rescueDeadLinks).toBe(true);
    expect(parseSettings({ ...stored, rescueDeadLinks: false }).rescueDeadLinks).toBe(false);
    expect(parseSettings({ ...stored, rescueDeadLinks: 'no' }).rescueDeadLinks).toBe(true);
  });
});

describe('migrations', () => {
  it('migrate(v1 fixture) == v2 fixture', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(parseSettings(V1_FIXTURE)).toEqual(V2_FIXTURE);
  });

  it('a v1 object without a version number is treated as v1', () => {
    const { version: _omit, ...noVersion } = V1_FIXTURE;
    expect(parseSettings(noVersion)).toEqual(V2_FIXTURE);
  });

  it('a v2 object goes through unchanged', () => {
    expect(migrateSettings(V2_FIXTURE)).toEqual(V2_FIXTURE);
    expect(parseSettings(V2_FIXTURE)).toEqual(V2_FIXTURE);
  });

  it('a partial v1 object migrates what it has and defaults the rest', () => {
    expect(parseSettings({ version: 1, academy: 'lyon' })).toEqual({
      ...defaultSettings,
      profile: { academyId: 'lyon' },
    });
  });

  it('a versionless object already in the v2 shape keeps its profile and sites', () => {
    const { version: _omit, ...noVersion } = V2_FIXTURE;
    expect(parseSettings(noVersion)).toEqual(V2_FIXTURE);
  });

  it('a newer version keeps what this version understands', () => {
    const newer = { ...V2_FIXTURE, version: 9, somethingNew: true };
    expect(parseSettings(newer)).toEqual(V2_FIXTURE);
  });
});

describe('per-field fallback', () => {
  it('an invalid field falls back to its default without losing the others', () => {
    const stored = {
      ...V2_FIXTURE,
      platform: 'mars',
      theme: 42,
      catalogueUrl: 'http://not-https.example/catalogue.json',
      dismissedSites: 'not a list',
    };
    expect(parseSettings(stored)).toEqual({
      ...V2_FIXTURE,
      platform: defaultSettings.platform,
      theme: defaultSettings.theme,
      catalogueUrl: undefined,
      dismissedSites: [],
    });
  });

  it('keeps the valid half of a profile', () => {
    const parsed = parseSettings({ ...V2_FIXTURE, profile: { address: 12, academyId: 'grenoble' } });
    expect(parsed.profile).toEqual({ academyId: 'grenoble' });
  });

  it.each([undefined, null, 'settings', 42, [], [V2_FIXTURE]])('garbage (%j) gives the defaults', (raw) => {
    expect(parseSettings(raw)).toEqual(defaultSettings);
  });

  it('isValidSettingValue checks one field', () => {
    expect(isValidSettingValue('catalogueUrl', 'https://example.org/c.json')).toBe(true);
    expect(isValidSettingValue('catalogueUrl', 'javascript:alert(1)')).toBe(false);
    expect(isValidSettingValue('catalogueUrl', 'https://user:secret@example.org/c.json')).toBe(false);
    expect(isValidSettingValue('theme', 'dark')).toBe(true);
    expect(isValidSettingValue('theme', 'blue')).toBe(false);
  });
});

describe('storage', () => {
  it('reads the defaults from an empty store', async () => {
    const { store } = memoryStore();
    expect(await readUserSettings(store)).toEqual(defaultSettings);
  });

  it('updateSettings changes one field and keeps the others', async () => {
    const { store, data } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    const saved = await updateSettings(store, { theme: 'light' });
    expect(saved).toEqual({ ...V2_FIXTURE, theme: 'light' });
    expect(data[SETTINGS_KEY]).toEqual({ ...V2_FIXTURE, theme: 'light' });
  });

  it('updateSettings accepts a function of the current settings', async () => {
    const { store } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    const saved = await updateSettings(store, (current) => ({
      dismissedSites: [...current.dismissedSites, 'apps-nice.beta.education.fr'],
    }));
    expect(saved.dismissedSites).toEqual(['apps-lyon.beta.education.fr', 'apps-nice.beta.education.fr']);
    expect(saved.profile).toEqual(V2_FIXTURE.profile);
  });

  it('resetSettings writes the defaults', async () => {
    const { store, data } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    await resetSettings(store);
    expect(data[SETTINGS_KEY]).toEqual(defaultSettings);
  });
});

describe('nothing is lost across an update of the extension', () => {
  it('v1 settings stored by the old version are migrated and written back once, all values kept', async () => {
    const { store, data, writes } = memoryStore({ [SETTINGS_KEY]: V1_FIXTURE, otherFeatureStorage: [1, 2] });
    expect(await migrateStoredSettings(store)).toBe(true);
    expect(data[SETTINGS_KEY]).toEqual(V2_FIXTURE);
    expect(data.otherFeatureStorage).toEqual([1, 2]);
    expect(await migrateStoredSettings(store)).toBe(false);
    expect(writes()).toBe(1);
  });

  it('writes nothing when nothing is stored', async () => {
    const { store, writes } = memoryStore();
    expect(await migrateStoredSettings(store)).toBe(false);
    expect(writes()).toBe(0);
  });

  it('leaves a newer version’s settings alone (downgrade)', async () => {
    const newer = { ...V2_FIXTURE, version: 3, newField: 'x' };
    const { store, data } = memoryStore({ [SETTINGS_KEY]: newer });
    expect(await migrateStoredSettings(store)).toBe(false);
    expect(data[SETTINGS_KEY]).toEqual(newer);
  });
});

describe('settings files (export / import)', () => {
  it('export then import gives the same settings', async () => {
    const text = serializeSettings(V2_FIXTURE);
    expect(JSON.parse(text)).toEqual(V2_FIXTURE);
    const { store, data } = memoryStore();
    const result = await importSettings(store, text);
    expect(result).toEqual({ ok: true, settings: V2_FIXTURE });
    expect(data[SETTINGS_KEY]).toEqual(V2_FIXTURE);
  });

  it('imports (and migrates) a v1 file', () => {
    expect(parseSettingsImport(V1_FIXTURE)).toEqual({ ok: true, settings: V2_FIXTURE });
  });

  it.each([
    ['not JSON', '{"version": 2,'],
    ['a JSON array', '[]'],
    ['a JSON string', '"settings"'],
    ['an empty object', '{}'],
    ['an unrelated JSON file', '{"name":"some-package","dependencies":{}}'],
    ['only a version', '{"version":2}'],
    ['an invalid field', JSON.stringify({ ...V2_FIXTURE, platform: 'mars' })],
    ['an http catalogue', JSON.stringify({ ...V2_FIXTURE, catalogueUrl: 'http://example.org/c.json' })],
    ['a bad host list', JSON.stringify({ ...V2_FIXTURE, dismissedSites: ['<script>'] })],
    ['an unknown field', JSON.stringify({ ...V2_FIXTURE, evil: true })],
  ])('a bad file (%s) is refused and changes nothing', async (_label, text) => {
    const { store, data, writes } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    const result = await importSettings(store, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    expect(writes()).toBe(0);
    expect(data[SETTINGS_KEY]).toEqual(V2_FIXTURE);
  });
});
