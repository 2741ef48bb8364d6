/** Offline FAQ of apps.education.fr: data, search, IndexedDB cache and network refresh. */
export {
  bundled2020Faq,
  bundledFaq,
  bundledFaqChanged,
  bundledFaqDocument,
  bundledTodayFaq,
  bundledTodayFaqDocument,
} from './data';
export {
  DEFAULT_FAQ_ERA,
  entryLang,
  eraOf,
  faqParts,
  localizeEntry,
  localizeFaq,
  preferredEra,
  PREFERRED_ERA_BOOST,
  withTodayPart,
} from './era';
export type { FaqPlatform } from './era';
export { coversQuery, MIN_QUERY_COVERAGE, relevantHits, requiredWords } from './relevance';
export { typeset, typesetEnglish, typesetFrench } from './typography';
export { createFaqIndex, FAQ_INDEX_FORMAT, FAQ_SEARCH_BOOST, loadFaqIndex } from './search';
export type { FaqHighlight, FaqHit, FaqIndex, FaqIndexData, FaqSearchOptions } from './search';
export {
  FAQ_INDEX_CACHE_SIZE,
  FAQ_INDEX_DB_NAME,
  FAQ_INDEX_DB_VERSION,
  faqIndexKey,
  loadCachedFaqIndex,
} from './index-cache';
export type { CachedFaqIndex, FaqIndexCacheOptions, FaqIndexRecord } from './index-cache';
export { foldFrench, FRENCH_STOP_WORDS, processFrenchTerm, stemFrench, tokenizeFrench } from './french';
export {
  faqBlockSchema,
  FAQ_FORMAT_VERSION,
  faqDocumentSchema,
  faqEntriesSchema,
  faqEntrySchema,
  FAQ_ERAS,
  faqEraSchema,
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
  FaqEra,
  FaqSection,
  Inline,
  LinkInline,
  ListBlock,
  ParagraphBlock,
  TextInline,
} from './schema';
export { answerText, entryText } from './text';
export { DEFAULT_SECTION_TITLE, faqEntriesFromTree, parseFaqHtml } from './html';
export { htmlTreeFromDom } from './html-tree';
export type { DomLikeNode, HtmlElement, HtmlNode, ParseHtmlDocument } from './html-tree';
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
export { faqRefreshMessages, isTruncatedFaq, FAQ_MIN_KEPT_RATIO } from './refresh';
// With a tree maker (`htmlTree`), as before issue 16 (the worker uses ./refresh.ts's own).
export { parseFaqResponse, refreshFaq } from './refresh-tree';
export type {
  FaqRefreshMessageKey,
  FaqFetch,
  FaqHtmlEntriesOf,
  FaqHtmlTreeOf,
  FaqRefreshOptions,
  FaqRefreshRejectReason,
  RefreshResult,
} from './refresh';
