/**
 * lib/index.ts's `refreshFaq` and `parseFaqResponse` as they were before issue 16: an HTML page is
 * read through a tree maker (`htmlTree`, lib/faq/html-tree.ts) and ./html.ts, here. The worker imports
 * ./refresh.ts itself, whose `htmlEntries` reads a page elsewhere (Chrome's offscreen document), so it
 * bundles no HTML reading; this module is for the library's other users.
 */
import { htmlEntriesFromTree } from './html';
import {
  type FaqHtmlTreeOf,
  type FaqRefreshOptions,
  parseFaqResponse as parseWithEntries,
  refreshFaq as refreshWithEntries,
  type RefreshResult,
} from './refresh';

/** `refreshFaq` of ./refresh.ts, which also takes `htmlTree` (used when `htmlEntries` is not given). */
export function refreshFaq(
  options: FaqRefreshOptions & { htmlTree?: FaqHtmlTreeOf },
): Promise<RefreshResult> {
  const { htmlTree, ...rest } = options;
  return refreshWithEntries(
    htmlTree && !rest.htmlEntries ? { ...rest, htmlEntries: htmlEntriesFromTree(htmlTree) } : rest,
  );
}

/** Reads a response body as the project's JSON or as an HTML page (parsed by `htmlTree`). */
export function parseFaqResponse(
  body: string,
  contentType: string,
  baseUrl: string,
  htmlTree?: FaqHtmlTreeOf,
) {
  return parseWithEntries(body, contentType, baseUrl, htmlTree && htmlEntriesFromTree(htmlTree));
}
