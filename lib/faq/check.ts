/**
 * The FAQ's zod schemas (./schema.ts, the source of truth) as plain checks, for the background worker,
 * which loads no zod (issue 16): it reads its IndexedDB cache back (./store.ts) and validates the
 * remote FAQ it fetched (./refresh.ts). Each check is property-tested against its schema
 * (tests/unit/faq/faq-checks.test.ts): same verdict, same parsed value.
 */
import { arr, type Check, nullable, num, obj, oneOf, opt, refine, str, union } from '../util/check';
import {
  type Block,
  FAQ_ERAS,
  type FaqDocument,
  type FaqEntry,
  type FaqMeta,
  type FaqSection,
  type Inline,
  isSafeHref,
  MAX_ANSWER_CHARS,
  type StoredFaqEntry,
} from './schema';

const MAX_TEXT = 20_000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = str(1, MAX_TEXT);
const inline: Check<Inline> = union(
  obj<{ text: string }>({ text }, true),
  obj<{ text: string; href: string }>({ text, href: str(0, Infinity, isSafeHref) }, true),
);
const inlines = arr(inline, 1);
const block: Check<Block> = union(
  obj<Extract<Block, { type: 'p' }>>({ type: oneOf(['p']), content: inlines }, true),
  obj<Extract<Block, { type: 'ul' | 'ol' }>>({ type: oneOf(['ul', 'ol']), items: arr(inlines, 1) }, true),
);

function answerChars(answer: readonly Block[]): number {
  let total = 0;
  for (const b of answer) {
    for (const i of 'content' in b ? b.content : []) total += i.text.length;
    for (const item of 'items' in b ? b.items : []) for (const i of item) total += i.text.length;
  }
  return total;
}

const question = str(1, 500);
const sectionTitle = str(1, 200);
const answer = refine(arr(block, 1), (a) => answerChars(a) <= MAX_ANSWER_CHARS);
const faqId = str(1, 100, (s) => ID.test(s));

const entryShape = {
  id: faqId,
  question,
  answer,
  section: sectionTitle,
  era: opt(oneOf(FAQ_ERAS)),
  en: opt(obj<NonNullable<FaqEntry['en']>>({ question, answer, section: opt(sectionTitle) }, true)),
};
export const checkFaqEntry: Check<FaqEntry> = obj<FaqEntry>(entryShape);

/** An entry as stored in IndexedDB: with its position (a non-negative integer). */
export const checkStoredFaqEntry: Check<StoredFaqEntry> = obj<StoredFaqEntry>({
  ...entryShape,
  position: num(true, 0),
});

const nullableString = nullable(str());
export const checkFaqMeta: Check<FaqMeta> = obj<FaqMeta>({
  source: oneOf(['bundled', 'network']),
  url: nullableString,
  etag: nullableString,
  lastModified: nullableString,
  updatedAt: num(),
  checkedAt: nullable(num()),
  version: num(),
  revision: str(),
  count: num(),
});

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

export const checkFaqEntries: Check<FaqEntry[]> = refine(arr(checkFaqEntry, 1), uniqueIds);

const checkSection = obj<FaqSection>({
  id: faqId,
  title: str(1, 200),
  group: opt(str(1, 200)),
  titleEn: opt(sectionTitle),
});

export const checkFaqDocument: Check<FaqDocument> = refine(
  obj<FaqDocument>({
    version: oneOf([1]),
    changed: opt(str(0, Infinity, (s) => /^\d{4}-\d{2}-\d{2}$/.test(s))),
    sections: refine(arr(checkSection), uniqueIds),
    entries: checkFaqEntries,
  }),
  (doc) => {
    const titles = new Set(doc.sections.map((s) => s.title));
    return doc.entries.every((e) => titles.has(e.section));
  },
);
