import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFieldSchemas } from '@/lib/settings/schema';
import { settingsFieldChecks, type SettingsField } from '@/lib/settings/settings';

// The popup reads settings with plain checks (no zod in its first paint); the zod schemas stay the
// source of truth. For any value, both must accept the same values and keep the same copy.

const host = fc.oneof(
  fc.constantFrom('cloud-lyon.beta.education.fr', 'nuage06.apps.education.fr', 'localhost:8080', 'a', ''),
  fc.stringMatching(/^[a-z0-9.-]{0,12}(:\d{1,6})?$/),
  fc.string(),
);
const url = fc.oneof(
  fc.constantFrom(
    'https://dane.example.fr/catalogue.json',
    'http://dane.example.fr/faq.json',
    'https://user:pw@example.fr/',
    'https://' + 'a'.repeat(2050),
    'not a url',
  ),
  fc.webUrl(),
);
const nearValid: Record<SettingsField, fc.Arbitrary<unknown>> = {
  profile: fc.record(
    {
      address: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
      academyId: fc.string({ maxLength: 80 }),
      extra: fc.string(),
    },
    { requiredKeys: [] },
  ),
  platform: fc.constantFrom('beta', 'national', 'Beta', ''),
  platformChosen: fc.constantFrom(true, false, 'true', 0),
  rescueDeadLinks: fc.constantFrom(true, false, 'false', 1),
  platformNotice: fc.constantFrom(true, false, 'false', 1),
  myNuage: fc.option(host, { nil: undefined }),
  language: fc.constantFrom('auto', 'fr', 'en', 'de'),
  theme: fc.constantFrom('system', 'light', 'dark', 'sepia'),
  catalogueUrl: fc.option(url, { nil: undefined }),
  faqUrl: fc.option(url, { nil: undefined }),
  dismissedSites: fc.array(host, { maxLength: 5 }),
  rememberedHosts: fc.dictionary(fc.string({ maxLength: 300 }), host, { maxKeys: 4 }),
};

describe('plain settings checks = zod schemas', () => {
  for (const field of Object.keys(settingsFieldSchemas) as SettingsField[]) {
    it(`${field}: same verdict and same copy for any value`, () => {
      fc.assert(
        fc.property(fc.oneof(nearValid[field], fc.anything()), (value) => {
          const zod = settingsFieldSchemas[field].safeParse(value);
          const plain = settingsFieldChecks[field](value);
          expect(plain.ok).toBe(zod.success);
          if (plain.ok && zod.success) expect(plain.value).toEqual(zod.data);
        }),
        { numRuns: 2_000 },
      );
    });
  }

  it('a `__proto__` key in a record: ignored by both (found once by the property above)', () => {
    for (const json of [
      '{"__proto__":"nuage05.apps.education.fr","a@b.fr":"nuage06.apps.education.fr"}',
      '{"__proto__":"NOT A HOST"}',
    ]) {
      const value: unknown = JSON.parse(json);
      const zod = settingsFieldSchemas.rememberedHosts.safeParse(value);
      const plain = settingsFieldChecks.rememberedHosts(value);
      expect(plain.ok).toBe(zod.success);
      if (plain.ok && zod.success) expect(plain.value).toEqual(zod.data);
    }
  });

  it('covers every field (a new field without its check fails to type-check, and here)', () => {
    expect(Object.keys(settingsFieldChecks)).toEqual(Object.keys(settingsFieldSchemas));
  });
});
