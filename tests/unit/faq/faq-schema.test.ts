import { describe, expect, it } from 'vitest';
import {
  type FaqDocument,
  faqDocumentSchema,
  type FaqEntry,
  faqEntrySchema,
  faqInlineSchema,
  isSafeHref,
} from '@/lib/faq/schema';
import { answerText, entryText } from '@/lib/faq/text';

const entry = (overrides: Partial<Record<keyof FaqEntry, unknown>> = {}) => ({
  id: 'une-question',
  question: 'Une question ?',
  answer: [{ type: 'p', content: [{ text: 'Une réponse.' }] }],
  section: 'Section',
  ...overrides,
});
const doc = (entries: unknown[]): unknown => ({
  version: 1,
  sections: [{ id: 'section', title: 'Section' }],
  entries,
});

describe('isSafeHref', () => {
  it.each([
    'https://apps.education.fr/donnees-personnelles',
    'mailto:prenom.nom@ac-lyon.fr',
    'https://www.tchap.gouv.fr/#/room/#apps.education.fr:agent.education.tchap.gouv.fr',
  ])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' https://apps.education.fr',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//apps.education.fr',
    'https://',
    'ftp://example.org',
    'http://apps-versailles.beta.education.fr',
    'HTTP://apps.education.fr/',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('rejects %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe('FAQ schemas', () => {
  it('accepts a text inline and a link inline', () => {
    expect(faqInlineSchema.safeParse({ text: 'ici' }).success).toBe(true);
    expect(faqInlineSchema.safeParse({ text: 'ici', href: 'https://apps.education.fr' }).success).toBe(true);
  });

  it('rejects a dangerous link instead of silently dropping its href', () => {
    expect(faqInlineSchema.safeParse({ text: 'clic', href: 'javascript:alert(1)' }).success).toBe(false);
    expect(
      faqEntrySchema.safeParse(entry({ answer: [{ type: 'p', content: [{ text: 'x', href: 'data:,x' }] }] }))
        .success,
    ).toBe(false);
  });

  it('rejects unknown block types, raw HTML fields and empty content', () => {
    expect(faqEntrySchema.safeParse(entry({ answer: [{ type: 'html', html: '<b>x</b>' }] })).success).toBe(
      false,
    );
    expect(
      faqEntrySchema.safeParse(entry({ answer: [{ type: 'p', content: [{ text: 'x', html: '<b>' }] }] }))
        .success,
    ).toBe(false);
    expect(faqEntrySchema.safeParse(entry({ answer: [] })).success).toBe(false);
    expect(faqEntrySchema.safeParse(entry({ answer: [{ type: 'ul', items: [] }] })).success).toBe(false);
    expect(faqEntrySchema.safeParse(entry({ question: '' })).success).toBe(false);
  });

  it('accepts ordered and unordered lists', () => {
    for (const type of ['ul', 'ol']) {
      const parsed = faqEntrySchema.safeParse(
        entry({ answer: [{ type, items: [[{ text: 'un' }], [{ text: 'deux' }]] }] }),
      );
      expect(parsed.success, type).toBe(true);
    }
  });

  it('requires slug-shaped ids', () => {
    for (const id of ['Une-Question', 'une question', '-une', 'une--question', '']) {
      expect(faqEntrySchema.safeParse(entry({ id })).success, id).toBe(false);
    }
  });

  it('rejects documents with duplicate ids, unknown sections or another version', () => {
    expect(faqDocumentSchema.safeParse(doc([entry()])).success).toBe(true);
    expect(faqDocumentSchema.safeParse(doc([entry(), entry()])).success).toBe(false);
    expect(faqDocumentSchema.safeParse(doc([entry({ section: 'Ailleurs' })])).success).toBe(false);
    expect(faqDocumentSchema.safeParse({ ...(doc([entry()]) as FaqDocument), version: 2 }).success).toBe(
      false,
    );
    expect(faqDocumentSchema.safeParse(doc([])).success).toBe(false);
  });
});

describe('plain text', () => {
  it('keeps paragraphs and list items on their own lines, link texts inline', () => {
    const e = faqEntrySchema.parse(
      entry({
        answer: [
          {
            type: 'p',
            content: [{ text: 'Voir ' }, { text: 'ici', href: 'https://apps.education.fr' }, { text: '.' }],
          },
          { type: 'ul', items: [[{ text: 'Nextcloud' }], [{ text: 'Peertube' }]] },
        ],
      }),
    );
    expect(answerText(e)).toBe('Voir ici.\n- Nextcloud\n- Peertube');
    expect(entryText(e)).toBe('Une question ?\nVoir ici.\n- Nextcloud\n- Peertube');
  });
});
