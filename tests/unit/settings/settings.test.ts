import fc from 'fast-check';
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
  settingsMigrations,
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

/** The same settings in version 2 (its user had picked the national platform: v2's default was beta). */
const V2_FIXTURE: Omit<Settings, 'platformChosen' | 'platformNotice' | 'rescueDeadLinks'> = {
  version: 2,
  profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
  platform: 'national',
  language: 'en',
  theme: 'dark',
  catalogueUrl: 'https://dane.example.fr/catalogue.json',
  faqUrl: 'https://dane.example.fr/faq.json',
  dismissedSites: ['apps-lyon.beta.education.fr'],
  rememberedHosts: { 'marie.curie@ac-lyon.fr': 'nuage05.apps.education.fr' },
};

/** The same settings in version 3: 'national' in v2 was a choice, kept, no notice. */
const V3_FIXTURE: Settings = {
  ...V2_FIXTURE,
  platform: 'national',
  version: 3,
  platformChosen: true,
  platformNotice: false,
  // Added in issue 18 without a version bump: absent from older settings, which get the default.
  rescueDeadLinks: true,
};

/** V2_FIXTURE's fields read as v3 or newer (not migrated): the fields v3 added take their defaults. */
const AS_V3_OR_NEWER: Settings = {
  ...V2_FIXTURE,
  version: 3,
  platformChosen: false,
  platformNotice: false,
  rescueDeadLinks: true,
};

describe('rescueDeadLinks (issue 18, no version bump)', () => {
  it('defaults to true when absent, keeps false, and drops a non-boolean', () => {
    const { rescueDeadLinks: _omit, ...stored } = V3_FIXTURE;
    expect(parseSettings(stored).rescueDeadLinks).toBe(true);
    expect(parseSettings({ ...stored, rescueDeadLinks: false }).rescueDeadLinks).toBe(false);
    expect(parseSettings({ ...stored, rescueDeadLinks: 'no' }).rescueDeadLinks).toBe(true);
  });
});

describe('migrations', () => {
  it('migrate(v1 fixture) == v2 fixture, then v3', () => {
    expect(SETTINGS_VERSION).toBe(3);
    expect(settingsMigrations[2]!(V1_FIXTURE)).toEqual(V2_FIXTURE);
    expect(parseSettings(V1_FIXTURE)).toEqual(V3_FIXTURE);
  });

  it('migrate(v2 fixture) == v3 fixture', () => {
    const { rescueDeadLinks: _default, ...migrated } = V3_FIXTURE;
    expect(settingsMigrations[3]!(V2_FIXTURE)).toEqual(migrated);
    expect(parseSettings(V2_FIXTURE)).toEqual(V3_FIXTURE);
  });

  it('a v1 object without a version number is treated as v1', () => {
    const { version: _omit, ...noVersion } = V1_FIXTURE;
    expect(parseSettings(noVersion)).toEqual(V3_FIXTURE);
  });

  it('a v3 object goes through unchanged', () => {
    expect(migrateSettings(V3_FIXTURE)).toEqual(V3_FIXTURE);
    expect(parseSettings(V3_FIXTURE)).toEqual(V3_FIXTURE);
  });

  it('a partial v1 object migrates what it has and defaults the rest (never chose: national, told once)', () => {
    expect(parseSettings({ version: 1, academy: 'lyon' })).toEqual({
      ...defaultSettings,
      profile: { academyId: 'lyon' },
      platformNotice: true,
    });
  });

  it('a versionless object already in the v2 shape keeps its profile and sites', () => {
    const { version: _omit, ...noVersion } = V2_FIXTURE;
    expect(parseSettings(noVersion)).toEqual(V3_FIXTURE);
  });

  it('a newer version keeps what this version understands', () => {
    const newer = { ...V3_FIXTURE, version: 9, somethingNew: true };
    expect(parseSettings(newer)).toEqual(V3_FIXTURE);
  });
});

describe('v2 → v3: the national platform becomes the default', () => {
  /** What v2 stored for a user who typed their address in the popup and never opened the options. */
  const V2_NEVER_CHOSE = {
    version: 2,
    profile: { address: 'prenom.nom@ac-lyon.fr', academyId: 'lyon' },
    platform: 'beta',
    language: 'auto',
    theme: 'system',
    dismissedSites: [],
    rememberedHosts: {},
  };

  it('new installs start on the national platform, with no notice (nothing to tell)', () => {
    expect(defaultSettings.platform).toBe('national');
    expect(parseSettings(undefined)).toMatchObject({ platform: 'national', platformNotice: false });
  });

  it('never chose (v2 default beta) → national, with the one-time notice', () => {
    expect(parseSettings(V2_NEVER_CHOSE)).toEqual({
      ...V2_NEVER_CHOSE,
      version: 3,
      platform: 'national',
      platformChosen: false,
      platformNotice: true,
      rescueDeadLinks: true,
    });
  });

  it.each([
    ['no platform at all', { ...V2_NEVER_CHOSE, platform: undefined }],
    ['an invalid platform', { ...V2_NEVER_CHOSE, platform: 'mars' }],
  ])('%s → national, with the notice', (_label, v2) => {
    expect(parseSettings(v2)).toMatchObject({ platform: 'national', platformNotice: true });
  });

  it.each([
    ['a dismissed beta sign-in page', { dismissedSites: ['apps-grenoble.beta.education.fr'] }],
    [
      'a colleague remembered on a beta server',
      { rememberedHosts: { 'a.b@ac-lyon.fr': 'cloud-lyon.beta.education.fr' } },
    ],
  ])('chose beta (shown by %s) → beta kept, no notice', (_label, signs) => {
    expect(parseSettings({ ...V2_NEVER_CHOSE, ...signs })).toMatchObject({
      platform: 'beta',
      platformChosen: true,
      platformNotice: false,
      ...signs,
    });
  });

  it('a national dismissed site or remembered Nuage host is no sign of beta', () => {
    const v2 = {
      ...V2_NEVER_CHOSE,
      dismissedSites: ['portail.apps.education.fr', 'beta.education.fr.evil.example'],
      rememberedHosts: { 'a.b@ac-lyon.fr': 'nuage05.apps.education.fr' },
    };
    expect(parseSettings(v2)).toMatchObject({ platform: 'national', platformNotice: true });
  });

  it('switching platform keeps the profile, the remembered hosts, the sites and « Mon Nuage »', async () => {
    const v3 = { ...V3_FIXTURE, myNuage: 'nuage06.apps.education.fr' };
    const { store } = memoryStore({ [SETTINGS_KEY]: v3 });
    const beta = await updateSettings(store, { platform: 'beta' });
    expect(beta).toEqual({ ...v3, platform: 'beta' });
    const back = await updateSettings(store, { platform: 'national' });
    expect(back).toEqual(v3);
  });

  it('choosing a platform records the choice and ends the notice', async () => {
    const { store } = memoryStore({ [SETTINGS_KEY]: V2_NEVER_CHOSE });
    const saved = await updateSettings(store, { platform: 'beta' });
    expect(saved).toMatchObject({ platform: 'beta', platformChosen: true, platformNotice: false });
    // Chosen in v3: later reads keep it.
    expect(await readUserSettings(store)).toMatchObject({ platform: 'beta', platformChosen: true });
  });

  it('dismissing the notice changes nothing else', async () => {
    const { store } = memoryStore({ [SETTINGS_KEY]: V2_NEVER_CHOSE });
    const saved = await updateSettings(store, { platformNotice: false });
    expect(saved).toMatchObject({ platform: 'national', platformChosen: false, platformNotice: false });
  });

  it('myNuage takes a host name and nothing else', () => {
    expect(isValidSettingValue('myNuage', 'nuage06.apps.education.fr')).toBe(true);
    expect(isValidSettingValue('myNuage', 'https://nuage06.apps.education.fr/')).toBe(false);
    expect(isValidSettingValue('myNuage', 'nuage06.apps.education.fr/evil')).toBe(false);
    expect(parseSettings({ ...V3_FIXTURE, myNuage: 42 }).myNuage).toBeUndefined();
  });
});

describe('per-field fallback', () => {
  it('an invalid field falls back to its default without losing the others', () => {
    const stored = {
      ...V3_FIXTURE,
      platform: 'mars',
      theme: 42,
      catalogueUrl: 'http://not-https.example/catalogue.json',
      dismissedSites: 'not a list',
    };
    expect(parseSettings(stored)).toEqual({
      ...V3_FIXTURE,
      platform: defaultSettings.platform,
      theme: defaultSettings.theme,
      catalogueUrl: undefined,
      dismissedSites: [],
    });
  });

  it('keeps the valid half of a profile', () => {
    const parsed = parseSettings({ ...V3_FIXTURE, profile: { address: 12, academyId: 'grenoble' } });
    expect(parsed.profile).toEqual({ academyId: 'grenoble' });
  });

  it.each([undefined, null, 'settings', 42, [], [V3_FIXTURE]])('garbage (%j) gives the defaults', (raw) => {
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
    const { store, data } = memoryStore({ [SETTINGS_KEY]: V3_FIXTURE });
    const saved = await updateSettings(store, { theme: 'light' });
    expect(saved).toEqual({ ...V3_FIXTURE, theme: 'light' });
    expect(data[SETTINGS_KEY]).toEqual({ ...V3_FIXTURE, theme: 'light' });
  });

  it('updateSettings accepts a function of the current settings', async () => {
    const { store } = memoryStore({ [SETTINGS_KEY]: V3_FIXTURE });
    const saved = await updateSettings(store, (current) => ({
      dismissedSites: [...current.dismissedSites, 'apps-nice.beta.education.fr'],
    }));
    expect(saved.dismissedSites).toEqual(['apps-lyon.beta.education.fr', 'apps-nice.beta.education.fr']);
    expect(saved.profile).toEqual(V3_FIXTURE.profile);
  });

  it('resetSettings writes the defaults', async () => {
    const { store, data } = memoryStore({ [SETTINGS_KEY]: V3_FIXTURE });
    await resetSettings(store);
    expect(data[SETTINGS_KEY]).toEqual(defaultSettings);
  });
});

describe('nothing is lost across an update of the extension', () => {
  it('v1 settings stored by the old version are migrated and written back once, all values kept', async () => {
    const { store, data, writes } = memoryStore({ [SETTINGS_KEY]: V1_FIXTURE, otherFeatureStorage: [1, 2] });
    expect(await migrateStoredSettings(store)).toBe(true);
    expect(data[SETTINGS_KEY]).toEqual(V3_FIXTURE);
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
    const newer = { ...V3_FIXTURE, version: 4, newField: 'x' };
    const { store, data } = memoryStore({ [SETTINGS_KEY]: newer });
    expect(await migrateStoredSettings(store)).toBe(false);
    expect(data[SETTINGS_KEY]).toEqual(newer);
  });
});

describe('settings files (export / import)', () => {
  it('export then import gives the same settings', async () => {
    const text = serializeSettings(V3_FIXTURE);
    expect(JSON.parse(text)).toEqual(V3_FIXTURE);
    const { store, data } = memoryStore();
    const result = await importSettings(store, text);
    expect(result).toEqual({ ok: true, settings: V3_FIXTURE });
    expect(data[SETTINGS_KEY]).toEqual(V3_FIXTURE);
  });

  it('imports (and migrates) a v1 file', () => {
    expect(parseSettingsImport(V1_FIXTURE)).toEqual({ ok: true, settings: V3_FIXTURE });
  });

  it.each([
    ['not JSON', '{"version": 2,'],
    ['a JSON array', '[]'],
    ['a JSON string', '"settings"'],
    ['an empty object', '{}'],
    ['an unrelated JSON file', '{"name":"some-package","dependencies":{}}'],
    ['only a version', '{"version":2}'],
    ['an invalid field', JSON.stringify({ ...V3_FIXTURE, platform: 'mars' })],
    ['an http catalogue', JSON.stringify({ ...V3_FIXTURE, catalogueUrl: 'http://example.org/c.json' })],
    ['a bad host list', JSON.stringify({ ...V3_FIXTURE, dismissedSites: ['<script>'] })],
    ['an unknown field', JSON.stringify({ ...V3_FIXTURE, evil: true })],
  ])('a bad file (%s) is refused and changes nothing', async (_label, text) => {
    const { store, data, writes } = memoryStore({ [SETTINGS_KEY]: V3_FIXTURE });
    const result = await importSettings(store, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    expect(writes()).toBe(0);
    expect(data[SETTINGS_KEY]).toEqual(V3_FIXTURE);
  });
});

describe('the version of a settings file or of stored settings (issue 15, item 4)', () => {
  // -1e308 is an integer for JavaScript: the migration used to count up from it one version at a time.
  const unknownVersions: unknown[] = [
    -1e308,
    1e308,
    Number.NaN,
    2.5,
    '2',
    0,
    -1,
    Infinity,
    -Infinity,
    null,
    [2],
    {},
    true,
  ];

  it.each(unknownVersions.map((version) => [String(version), version]))(
    'a file with "version": %s is refused as « unknown version », at once',
    (_label, version) => {
      expect(parseSettingsImport({ ...V2_FIXTURE, version })).toEqual({
        ok: false,
        errors: ['version: unknown version'],
      });
    },
  );

  it('the JSON text "version": -1e308 is refused at once and changes nothing', async () => {
    const { store, writes } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    const text = JSON.stringify({ ...V2_FIXTURE, version: 2 }).replace('"version":2', '"version":-1e308');
    expect(await importSettings(store, text)).toEqual({ ok: false, errors: ['version: unknown version'] });
    expect(writes()).toBe(0);
  });

  it('stored settings with an unknown version are read as v1, clamped (no loop)', () => {
    for (const version of unknownVersions) {
      expect(parseSettings({ ...V1_FIXTURE, version })).toEqual(V3_FIXTURE);
      expect(parseSettings({ ...V2_FIXTURE, version })).toEqual(V3_FIXTURE);
    }
  });

  it('any number or value as version: import and parse answer, never hang (property)', () => {
    const version = fc.oneof(
      fc.double(),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom(-1e308, 1e308, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(version, (v) => {
        const result = parseSettingsImport({ ...V2_FIXTURE, version: v });
        const valid = typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
        // Read as v1 or v2 (migrated to v3), or as v3 and newer (no migration: the v3 fields default).
        const expected = valid && v >= 3 ? AS_V3_OR_NEWER : V3_FIXTURE;
        if (valid) expect(result).toEqual({ ok: true, settings: expected });
        else expect(result).toEqual({ ok: false, errors: ['version: unknown version'] });
        expect(parseSettings({ ...V2_FIXTURE, version: v })).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('versions 1, 2 and a newer integer are still read as before', () => {
    expect(parseSettingsImport(V1_FIXTURE)).toEqual({ ok: true, settings: V3_FIXTURE });
    expect(parseSettingsImport(V2_FIXTURE)).toEqual({ ok: true, settings: V3_FIXTURE });
    expect(parseSettingsImport({ ...V2_FIXTURE, version: 4 })).toEqual({
      ok: true,
      settings: AS_V3_OR_NEWER,
    });
  });
});

describe('a settings file from a newer version (issue 15, item 13)', () => {
  it('keeps what this version understands when a known field changed type', () => {
    // Say v4 turned `theme` into an object and `dismissedSites` into a record: the rest is kept.
    const v3 = {
      ...V2_FIXTURE,
      version: 4,
      theme: { mode: 'dark', contrast: 'high' },
      dismissedSites: { 'apps-lyon.beta.education.fr': { until: 0 } },
      somethingNew: [1, 2],
    };
    expect(parseSettingsImport(v3)).toEqual({
      ok: true,
      settings: { ...AS_V3_OR_NEWER, theme: defaultSettings.theme, dismissedSites: [] },
      ignored: ['theme', 'dismissedSites'],
    });
  });

  it('any known field of a newer file may be unreadable: the others are kept (property)', () => {
    const fields = Object.keys(V2_FIXTURE).filter((k) => k !== 'version') as (keyof Settings)[];
    fc.assert(
      fc.property(fc.subarray(fields, { minLength: 1, maxLength: fields.length - 1 }), (broken) => {
        const file: Record<string, unknown> = { ...V2_FIXTURE, version: 7 };
        for (const field of broken) file[field] = { changedIn: 7 };
        const result = parseSettingsImport(file);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const field of fields) {
          expect(result.settings[field]).toEqual(
            broken.includes(field) ? defaultSettings[field] : (V2_FIXTURE as Record<string, unknown>)[field],
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a newer file with nothing this version understands is still refused, and a current one strictly', () => {
    expect(parseSettingsImport({ version: 7, theme: { mode: 'dark' }, other: 1 })).toEqual({
      ok: false,
      errors: ['(root): no settings in this file'],
    });
    expect(parseSettingsImport({ ...V2_FIXTURE, theme: { mode: 'dark' } }).ok).toBe(false);
  });

  it('importSettings writes the understood part', async () => {
    const { store, data } = memoryStore();
    const text = JSON.stringify({ ...V2_FIXTURE, version: 4, language: ['fr'] });
    expect(await importSettings(store, text)).toMatchObject({ ok: true, ignored: ['language'] });
    expect(data[SETTINGS_KEY]).toEqual({ ...AS_V3_OR_NEWER, language: defaultSettings.language });
  });
});

/** A storage.local whose get and set each take a random number of macrotask turns, like the real one. */
function slowStore(initial: Record<string, unknown> = {}, seed = 1) {
  const { store, data, writes } = memoryStore(initial);
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 4;
  };
  const later = async () => {
    for (let i = random(); i > 0; i--) await new Promise((r) => setTimeout(r, 0));
  };
  const slow: KeyValueStore = {
    async get(key) {
      await later();
      return store.get(key);
    },
    async set(items) {
      await later();
      await store.set(items);
    },
  };
  return { store: slow, data, writes };
}

describe('concurrent updates lose nothing (issue 15, item 11)', () => {
  it('200 concurrent updates of different fields: all kept', async () => {
    const { store, data } = slowStore({ [SETTINGS_KEY]: defaultSettings });
    const hosts = Array.from({ length: 200 }, (_, i) => `colleague${i}@ac-lyon.fr`);
    await Promise.all(
      hosts.map((address, i) =>
        updateSettings(store, (current) => ({
          rememberedHosts: {
            ...current.rememberedHosts,
            [address]: `nuage${String(i % 90).padStart(2, '0')}.apps.education.fr`,
          },
        })),
      ),
    );
    expect(Object.keys((data[SETTINGS_KEY] as Settings).rememberedHosts).sort()).toEqual([...hosts].sort());
  });

  it('a « ne plus avertir » and the options’ save at the same time: both kept', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { store, data } = slowStore({ [SETTINGS_KEY]: V2_FIXTURE }, seed);
      await Promise.all([
        updateSettings(store, (current) => ({
          dismissedSites: [...current.dismissedSites, 'apps-nice.beta.education.fr'],
        })),
        updateSettings(store, { theme: 'light', language: 'fr' }),
        writeSettingsLater(store),
      ]);
      const stored = data[SETTINGS_KEY] as Settings;
      expect(stored.dismissedSites, `seed ${seed}`).toContain('apps-nice.beta.education.fr');
      expect(stored.theme).toBe('light');
      expect(stored.language).toBe('fr');
    }
  });

  it('another context’s write between the read and the write: the change is applied again', async () => {
    const { store, data } = memoryStore({ [SETTINGS_KEY]: V2_FIXTURE });
    let interfered = false;
    // The other context (another queue) writes right after our read, before our write.
    const racing: KeyValueStore = {
      async get(key) {
        const value = await store.get(key);
        if (!interfered) {
          interfered = true;
          await store.set({ [SETTINGS_KEY]: { ...V2_FIXTURE, theme: 'dark', language: 'fr' } });
        }
        return value;
      },
      set: (items) => store.set(items),
    };
    const other = await updateSettings(racing, { theme: 'light' });
    expect(other.theme).toBe('light');
    expect(data[SETTINGS_KEY]).toMatchObject({ theme: 'light', language: 'fr' });
  });
});

/** An import-like whole write queued with the updates (it must not be interleaved with them). */
async function writeSettingsLater(store: KeyValueStore): Promise<void> {
  await migrateStoredSettings(store);
}
