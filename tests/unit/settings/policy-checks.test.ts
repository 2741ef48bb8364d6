import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { managedFieldChecks, type ManagedKey } from '@/lib/settings/policy';
import { managedFieldSchemas } from '@/lib/settings/policy-schema';
import { assertAgreement } from '../agree';

// The worker reads the administrator's policy at start-up with plain checks (issue 16); each key's
// check must say what its zod schema says.

const samples: Record<ManagedKey, unknown[]> = {
  platform: ['national', 'beta'],
  catalogueUrl: ['https://dane.example.fr/catalogue.json'],
  faqUrl: ['https://dane.example.fr/faq.json'],
  academyOverrides: [
    { grenoble: { hide: ['forum'] } },
    {
      lyon: {
        add: [
          {
            id: 'pads',
            name: { fr: 'Pads' },
            description: { fr: 'Des pads' },
            url: 'https://pads.apps.education.fr/',
          },
        ],
        support: { url: 'https://dane.ac-lyon.fr/' },
        deskAliases: ['Lyon'],
      },
    },
  ],
  disableIdBook: [true, false],
};

describe('plain policy checks = zod schemas', () => {
  for (const key of Object.keys(managedFieldSchemas) as ManagedKey[])
    it(`${key}: same verdict and same copy for any value`, () => {
      assertAgreement(
        managedFieldSchemas[key],
        managedFieldChecks[key],
        fc.constantFrom(...samples[key]),
        2_000,
      );
    });

  it('covers every key of the policy', () => {
    expect(Object.keys(managedFieldChecks)).toEqual(Object.keys(managedFieldSchemas));
  });
});
