/** Offline FAQ of apps.education.fr: data, search, IndexedDB cache and network refresh. */
export { bundledFaq, bundledFaqDocument } from './data';
export { createFaqIndex, FAQ_SEARCH_BOOST } from './search';
export type { FaqHighlight, FaqHit, FaqIndex, FaqSearchOptions } from './search';
export { foldFrench, FRENCH_STOP_WORDS, processFrenchTerm, stemFrench, tokenizeFrench } from './french';
export {
  faqBlockSchema,
  FAQ_FORMAT_VERSION,
  faqDocumentSchema,
  faqEntriesSchema,
  faqEntrySchema,
  faqSectionSchema,
  faqHrefSchema,
  faqInlineSchema,
  isLinkInline,
  isSafeHref,
} from './schema';
export type {
  Block,
  FaqDocument,
  FaqEntry,
  FaqSection,
  Inline,
  LinkInline,
  ListBlock,
  ParagraphBlock,
  TextInline,
} from './schema';
export { answerText, entryText } from './text';
export { DEFAULT_SECTION_TITLE, parseFaqHtml } from './html';
export {
  bundledFaqMeta,
  deleteFaqDb,
  FAQ_DB_NAME,
  FAQ_DB_VERSION,
  faqMetaSchema,
  faqRevision,
  loadFaq,
  openFaqDb,
  readFaq,
  readFaqMeta,
  replaceFaq,
  seedIfEmpty,
} from './store';
export type {
  FaqDatabase,
  FaqDB,
  FaqDbOptions,
  FaqMeta,
  FaqReadResult,
  LoadedFaq,
  LoadFaqOptions,
} from './store';
export {
  faqRefreshMessages,
  isTruncatedFaq,
  FAQ_MIN_KEPT_RATIO,
  parseFaqResponse,
  refreshFaq,
} from './refresh';
export type {
  FaqRefreshMessageKey,
  FaqFetch,
  FaqRefreshOptions,
  FaqRefreshRejectReason,
  RefreshResult,
} from './refresh';
