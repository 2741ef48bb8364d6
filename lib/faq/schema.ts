/**
 * The FAQ data model and its zod/mini schemas (the schemas are the source of truth for the types).
 *
 * An answer is a list of blocks made of plain-text inlines and links, so the UI renders it with
 * elements and text nodes only (never innerHTML). Links may only point to https or mailto.
 * Schemas are used at trust boundaries: remote FAQ files and IndexedDB read-back.
 */
import * as z from 'zod/mini';

const MAX_HREF = 2048;
const MAX_TEXT = 20_000;
/**
 * Total text of one answer (the bundled FAQ's longest has under 1,000 characters). Bounds what search
 * and snippets work on per entry, whatever the number of blocks and inlines.
 */
export const MAX_ANSWER_CHARS = 50_000;

function answerChars(
  answer: readonly { type: string; content?: { text: string }[]; items?: { text: string }[][] }[],
): number {
  let total = 0;
  for (const block of answer) {
    for (const inline of block.content ?? []) total += inline.text.length;
    for (const item of block.items ?? []) for (const inline of item) total += inline.text.length;
  }
  return total;
}

/**
 * True for absolute https URLs with a host and for mailto: links; nothing else (no http:, whose target
 * anyone on the network can change, no javascript:, data:…).
 */
export function isSafeHref(href: string): boolean {
  // Control characters and whitespace are rejected up front: URL parsing would strip some of them
  // (e.g. "java\nscript:"), and a stored href must be exactly what gets rendered.
  if (href.length === 0 || href.length > MAX_HREF || /\s/.test(href)) return false;
  for (let i = 0; i < href.length; i++) {
    const code = href.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return url.protocol === 'https:' && url.hostname.length > 0;
}

export const faqHrefSchema = z.string().check(z.refine(isSafeHref, 'Lien non autorisé (https ou mailto).'));

const textSchema = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));

/** Strict objects: a text inline carrying a rejected `href` must fail, not be silently stripped. */
export const textInlineSchema = z.strictObject({ text: textSchema });
export const linkInlineSchema = z.strictObject({ text: textSchema, href: faqHrefSchema });
export const faqInlineSchema = z.union([textInlineSchema, linkInlineSchema]);

const inlinesSchema = z.array(faqInlineSchema).check(z.minLength(1));

export const paragraphBlockSchema = z.strictObject({ type: z.literal('p'), content: inlinesSchema });
export const listBlockSchema = z.strictObject({
  type: z.enum(['ul', 'ol']),
  items: z.array(inlinesSchema).check(z.minLength(1)),
});
export const faqBlockSchema = z.union([paragraphBlockSchema, listBlockSchema]);

/** Lower-case ASCII words joined by single hyphens, as produced by `slugify`. */
export const faqIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Identifiant invalide.'));

/**
 * Which platform an entry describes: 'today' (the national platform, written for the extension) or
 * '2020' (the platform's own FAQ of 2020). Absent means '2020' (`eraOf` in ./era.ts): the bundled 2020
 * FAQ, old caches and remote FAQs written before the field existed all stay valid, unchanged.
 */
export const FAQ_ERAS = ['today', '2020'] as const;
export const faqEraSchema = z.enum(FAQ_ERAS);

const questionSchema = z.string().check(z.minLength(1), z.maxLength(500));
const sectionTitleSchema = z.string().check(z.minLength(1), z.maxLength(200));
const answerSchema = z.array(faqBlockSchema).check(
  z.minLength(1),
  z.refine((answer) => answerChars(answer) <= MAX_ANSWER_CHARS, 'Réponse trop longue.'),
);

export const faqEntrySchema = z.object({
  id: faqIdSchema,
  question: questionSchema,
  answer: answerSchema,
  /** Title of the entry's section. */
  section: sectionTitleSchema,
  era: z.optional(faqEraSchema),
  /** The entry in English (French stays the reference; the 2020 FAQ exists in French only). */
  en: z.optional(
    z.strictObject({
      question: questionSchema,
      answer: answerSchema,
      section: z.optional(sectionTitleSchema),
    }),
  ),
});

export const faqSectionSchema = z.object({
  id: faqIdSchema,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Tab of the FAQ page the section belongs to ("Questions générales", "Un problème ?"). */
  group: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The title in English. */
  titleEn: z.optional(sectionTitleSchema),
});

export const FAQ_FORMAT_VERSION = 1;

function hasUniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const faqEntriesSchema = z
  .array(faqEntrySchema)
  .check(z.minLength(1), z.refine(hasUniqueIds, 'Identifiants de questions en double.'));

export const faqDocumentSchema = z
  .object({
    version: z.literal(FAQ_FORMAT_VERSION),
    /** When the document's text last changed (YYYY-MM-DD), for "modifiée le …". */
    changed: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    sections: z.array(faqSectionSchema).check(z.refine(hasUniqueIds, 'Sections en double.')),
    entries: faqEntriesSchema,
  })
  .check(
    z.refine((doc) => {
      const titles = new Set(doc.sections.map((section) => section.title));
      return doc.entries.every((entry) => titles.has(entry.section));
    }, 'Question rangée dans une section inconnue.'),
  );

export type TextInline = z.infer<typeof textInlineSchema>;
export type LinkInline = z.infer<typeof linkInlineSchema>;
export type Inline = z.infer<typeof faqInlineSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type Block = z.infer<typeof faqBlockSchema>;
export type FaqEra = z.infer<typeof faqEraSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type FaqSection = z.infer<typeof faqSectionSchema>;
export type FaqDocument = z.infer<typeof faqDocumentSchema>;

export function isLinkInline(inline: Inline): inline is LinkInline {
  return 'href' in inline;
}

// The IndexedDB cache's records (lib/faq/store.ts).
export const faqMetaSchema = z.object({
  /** Where the stored entries come from: the copy shipped with the extension, or the network. */
  source: z.enum(['bundled', 'network']),
  /** URL of the network copy (null for the bundled one). Validators are only sent back to this URL. */
  url: z.nullable(z.string()),
  etag: z.nullable(z.string()),
  lastModified: z.nullable(z.string()),
  /** When the entries were written (ms since the epoch). */
  updatedAt: z.number(),
  /** Last successful exchange with the server, 200 or 304 (ms since the epoch). */
  checkedAt: z.nullable(z.number()),
  /** FAQ_FORMAT_VERSION of the stored entries. */
  version: z.number(),
  /** Content hash of the entries (see `faqRevision`). */
  revision: z.string(),
  count: z.number(),
});
export type FaqMeta = z.infer<typeof faqMetaSchema>;

export const storedEntrySchema = z.extend(faqEntrySchema, { position: z.number().check(z.int(), z.gte(0)) });
export type StoredFaqEntry = FaqEntry & { position: number };
