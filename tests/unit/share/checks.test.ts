import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkIdBookEntry, idBookEntrySchema } from '@/lib/share/book';
import { checkShareHistoryEntry, shareHistoryEntrySchema } from '@/lib/share/history';
import { assertAgreement } from '../agree';

// The worker reads the book of IDs and the share history from storage with plain checks (issue 16);
// each must say what its zod schema says.

describe('plain share checks = zod schemas', () => {
  it('a book entry: same verdict and same copy for any value', () => {
    assertAgreement(
      idBookEntrySchema,
      checkIdBookEntry,
      fc.constantFrom(
        {
          id: 'jean.dupont@nuage06.apps.education.fr',
          address: 'jean.dupont@ac-lyon.fr',
          name: 'Jean Dupont',
          how: 'pasted',
          addedAt: 1_700_000_000_000,
          updatedAt: 1_700_000_000_001,
        },
        { id: 'a1b2c3@cloud-lyon.beta.education.fr', how: 'captured', addedAt: 0, updatedAt: 0 },
        { id: 'JDupont@nuage06.apps.education.fr', how: 'imported', addedAt: 5, updatedAt: 6, extra: 1 },
      ),
      2_000,
    );
  });

  it('a history entry: same verdict and same copy for any value', () => {
    assertAgreement(
      shareHistoryEntrySchema,
      checkShareHistoryEntry,
      fc.constantFrom(
        { id: 'jean.dupont@nuage06.apps.education.fr', address: 'jean.dupont@ac-lyon.fr', at: 1 },
        { id: 'abc', at: 0 },
      ),
      2_000,
    );
  });
});
