import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  checkFaqDocument,
  checkFaqEntries,
  checkFaqEntry,
  checkFaqMeta,
  checkStoredFaqEntry,
} from '@/lib/faq/check';
import { faqDocumentSchema, faqEntriesSchema, faqEntrySchema } from '@/lib/faq/schema';
import { faqMetaSchema, storedEntrySchema } from '@/lib/faq/store';
import { assertAgreement } from '../agree';

// The worker reads its IndexedDB cache back and validates a remote FAQ with plain checks (issue 16);
// each must say what its zod schema says. Samples: the bundled FAQs, real entries of both eras.

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../assets/data/${file}`, import.meta.url), 'utf8')) as {
    version: number;
    sections: unknown[];
    entries: unknown[];
  };
const faq = read('faq.json');
const today = read('faq-today.json');
const entries = [...faq.entries.slice(0, 8), ...today.entries.slice(0, 8)];
const linkEntry = {
  id: 'un-lien',
  question: 'Un lien ?',
  answer: [
    { type: 'p', content: [{ text: 'Voir ' }, { text: 'la page', href: 'https://apps.education.fr/' }] },
    { type: 'ol', items: [[{ text: 'un' }], [{ text: 'deux', href: 'mailto:a@b.fr' }]] },
  ],
  section: 'Section',
  era: 'today',
  en: { question: 'A link?', answer: [{ type: 'ul', items: [[{ text: 'one' }]] }], section: 'Section' },
};

describe('plain FAQ checks = zod schemas', () => {
  it('an entry', () => {
    assertAgreement(faqEntrySchema, checkFaqEntry, fc.constantFrom(linkEntry, ...entries), 6_000);
  });

  it('a stored entry (with its position)', () => {
    assertAgreement(
      storedEntrySchema,
      checkStoredFaqEntry,
      fc.constantFrom(...[linkEntry, ...entries].map((e, position) => ({ ...(e as object), position }))),
      2_000,
    );
  });

  it('a list of entries (unique ids)', () => {
    assertAgreement(
      faqEntriesSchema,
      checkFaqEntries,
      fc.subarray([linkEntry, ...entries], { minLength: 1, maxLength: 4 }),
      1_000,
    );
  });

  it('a FAQ document', () => {
    const small = (doc: typeof faq) => ({ ...doc, entries: doc.entries.slice(0, 3) });
    assertAgreement(faqDocumentSchema, checkFaqDocument, fc.constantFrom(small(faq), small(today)), 1_000);
  });

  it('the cache meta', () => {
    assertAgreement(
      faqMetaSchema,
      checkFaqMeta,
      fc.constantFrom(
        {
          source: 'network',
          url: 'https://dane.example.fr/faq.json',
          etag: '"abc"',
          lastModified: null,
          updatedAt: 1,
          checkedAt: 2,
          version: 1,
          revision: '0123abcd',
          count: 23,
        },
        {
          source: 'bundled',
          url: null,
          etag: null,
          lastModified: null,
          updatedAt: 0,
          checkedAt: null,
          version: 1,
          revision: '',
          count: 0,
        },
      ),
      2_000,
    );
  });
});
