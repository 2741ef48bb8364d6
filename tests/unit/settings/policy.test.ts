import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE_CACHE_KEY } from '@/lib/catalogue/catalogue';
import {
  applyManagedPolicy,
  cacheManagedPolicy,
  MANAGED_CACHE_KEY,
  managedSettings,
  parseManagedPolicy,
  syncManagedPolicyCache,
  readManagedPolicy,
  samePolicy,
} from '@/lib/settings/policy';
import { managedFieldSchemas } from '@/lib/settings/policy-schema';
import { readSettingsInForce } from '@/lib/settings/reader';
import { defaultSettings, SETTINGS_KEY } from '@/lib/settings/settings';

const POLICY = {
  platform: 'national',
  catalogueUrl: 'https://dane.example.fr/catalogue.json',
  faqUrl: 'https://dane.example.fr/faq.json',
  academyOverrides: { grenoble: { hide: ['forum'] } },
};

function memoryStore(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (key: string) => void delete data[key],
  };
}

describe('parseManagedPolicy', () => {
  it('keeps a valid policy', () => {
    expect(parseManagedPolicy(POLICY)).toEqual(POLICY);
  });

  it('drops invalid and unknown keys one by one (Firefox does not check the schema)', () => {
    expect(
      parseManagedPolicy({
        platform: 'mars',
        catalogueUrl: 'http://insecure.example/c.json',
        faqUrl: 'https://dane.example.fr/faq.json',
        academyOverrides: { grenoble: { hide: 'forum' } },
        unknownKey: true,
      }),
    ).toEqual({ faqUrl: 'https://dane.example.fr/faq.json' });
  });

  it.each([undefined, null, 'national', 42, []])('%j is no policy', (raw) => {
    expect(parseManagedPolicy(raw)).toEqual({});
  });
});

describe('readManagedPolicy', () => {
  it('reads and validates the managed area', async () => {
    expect(await readManagedPolicy({ get: async () => ({ ...POLICY, extra: 1 }) })).toEqual(POLICY);
  });

  it('Firefox rejects get() when nothing is configured: no policy', async () => {
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(area)).toEqual({});
  });

  it('no managed area at all (Firefox for Android): no policy', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({});
  });
});

describe('applying the policy', () => {
  const user = { ...defaultSettings, platform: 'beta' as const, catalogueUrl: 'https://mine.example/c.json' };

  it('the administrator’s values win, the rest stays the user’s', () => {
    const effective = applyManagedPolicy(user, parseManagedPolicy({ platform: 'national' }));
    expect(effective).toEqual({ ...user, platform: 'national' });
    expect(applyManagedPolicy(user, {})).toEqual(user);
  });

  it('says which settings are set by the administrator', () => {
    expect(managedSettings(parseManagedPolicy(POLICY)).sort()).toEqual([
      'catalogueUrl',
      'faqUrl',
      'platform',
    ]);
    expect(managedSettings({ academyOverrides: {} })).toEqual([]);
  });

  it('samePolicy ignores key order', () => {
    expect(
      samePolicy(
        { platform: 'beta', faqUrl: 'https://a.fr/' },
        { faqUrl: 'https://a.fr/', platform: 'beta' },
      ),
    ).toBe(true);
    expect(samePolicy({ platform: 'beta' }, { platform: 'national' })).toBe(false);
  });
});

describe('the cached copy in storage.local', () => {
  it('is written when there is a policy and removed when there is none', async () => {
    const store = memoryStore();
    await cacheManagedPolicy(store, parseManagedPolicy(POLICY));
    expect(store.data[MANAGED_CACHE_KEY]).toEqual(POLICY);
    await cacheManagedPolicy(store, {});
    expect(MANAGED_CACHE_KEY in store.data).toBe(false);
  });

  it('readSettingsInForce applies it to the user’s settings', async () => {
    const store = memoryStore({
      // The user chose the 2020 (beta) platform; the policy imposes the national one.
      [SETTINGS_KEY]: { ...defaultSettings, platform: 'beta', platformChosen: true, theme: 'dark' },
      [MANAGED_CACHE_KEY]: POLICY,
    });
    const { settings, userSettings, policy } = await readSettingsInForce(store);
    expect(userSettings.platform).toBe('beta');
    expect(settings.platform).toBe('national');
    expect(settings.theme).toBe('dark');
    expect(policy.academyOverrides).toEqual(POLICY.academyOverrides);
  });

  it('readSettingsInForce: the same, plus the catalogue to show', async () => {
    const store = memoryStore({ [MANAGED_CACHE_KEY]: POLICY });
    const state = await readSettingsInForce(store);
    expect(state.settings.catalogueUrl).toBe(POLICY.catalogueUrl);
    expect(state.userSettings.catalogueUrl).toBeUndefined();
    // The administrator's catalogue URL is not downloaded yet: the bundled catalogue, as a fallback.
    expect(state.source.kind).toBe('fallback');
  });

  it('readSettingsInForce from records already read: the same result, and no storage call', async () => {
    const records = {
      [SETTINGS_KEY]: { ...defaultSettings, platform: 'beta', platformChosen: true, theme: 'dark' },
      [MANAGED_CACHE_KEY]: POLICY,
    };
    const fromStore = await readSettingsInForce(memoryStore(records));
    const store = memoryStore();
    const get = vi.spyOn(store, 'get');
    const fromRecords = await readSettingsInForce(store, records);
    expect(get).not.toHaveBeenCalled();
    expect(fromRecords).toEqual(fromStore);
    expect(fromRecords.settings.platform).toBe('national');
    expect(fromRecords.userSettings.platform).toBe('beta');
  });

  it('readSettingsInForce without policy nor remote catalogue', async () => {
    const state = await readSettingsInForce(memoryStore());
    expect(state.settings).toEqual(defaultSettings);
    expect(state.policy).toEqual({});
    expect(state.source.kind).toBe('bundled');
    expect(state.catalogueCache).toEqual({});
  });

  it('readSettingsInForce validates a stored remote catalogue', async () => {
    const state = await readSettingsInForce(
      memoryStore({ [CATALOGUE_CACHE_KEY]: { catalogue: 'tampered' } }),
    );
    expect(state.catalogueCache).toEqual({});
  });

  it('syncManagedPolicyCache writes a changed policy once, and removes it when it is gone', async () => {
    const store = memoryStore();
    let writes = 0;
    const counted = { ...store, set: async (items: Record<string, unknown>) => (writes++, store.set(items)) };
    const area = { get: async () => POLICY as Record<string, unknown> };
    await expect(syncManagedPolicyCache(counted, area)).resolves.toEqual(POLICY);
    await syncManagedPolicyCache(counted, area);
    expect(writes).toBe(1);
    expect(store.data[MANAGED_CACHE_KEY]).toEqual(POLICY);
    // Firefox rejects get() when nothing is configured: no policy, and no copy left behind.
    await syncManagedPolicyCache(counted, { get: () => Promise.reject(new Error('not found')) });
    expect(MANAGED_CACHE_KEY in store.data).toBe(false);
  });
});

describe('public/managed-schema.json (Chromium filters policy values with it)', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
  ) as {
    type: string;
    properties: Record<string, { type: string; enum?: string[] }>;
  };

  it('declares exactly the keys the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(managedFieldSchemas).sort());
  });

  it('its platform values are the settings’ platform values', () => {
    expect(schema.properties.platform?.enum).toEqual(['beta', 'national']);
    for (const value of schema.properties.platform?.enum ?? []) {
      expect(parseManagedPolicy({ platform: value }).platform).toBe(value);
    }
  });
});
