/**
 * Tolerant FAQ extraction from an HTML page, without executing anything. The page is parsed by the
 * platform's HTML parser and reduced to a small content tree by ./html-tree.ts; this file reads that
 * tree as either
 *   1. `<details>` whose `<summary>` is the question (a `<details>` that only holds other `<details>` is
 *      a section), or, when the page has none,
 *   2. headings h2–h4 followed by their blocks up to the next heading (a heading without blocks is a
 *      section title).
 * Links are kept when they resolve (against `baseUrl`) to https or mailto; other links keep only their
 * text. The result is checked entry by entry with `checkFaqEntry` (faqEntrySchema's plain twin, ./check.ts:
 * no zod in the worker); invalid entries are left out.
 * Chrome's service worker has no DOMParser: its offscreen document builds the tree and sends it over.
 */
import {
  type DomLikeNode,
  type HtmlElement as Element,
  type HtmlNode as Node,
  htmlTreeFromDom,
  type ParseHtmlDocument,
} from './html-tree';
import { NO } from '../util/check';
import { checkFaqEntry } from './check';
import { type Block, type FaqEntry, type Inline, isSafeHref, MAX_ANSWER_CHARS } from './schema';
import { uniqueSlugs } from './slug';

export type { DomLikeNode, HtmlElement, HtmlNode, ParseHtmlDocument } from './html-tree';

export const DEFAULT_SECTION_TITLE = 'Questions fréquentes';

const MAX_ENTRIES = 1000;

const HEADING = /^h([1-6])$/;
const QUESTION_HEADINGS = new Set(['h2', 'h3', 'h4']);
/** Elements that start a new block; anything else is read as inline content. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function isElement(node: Node): node is Element {
  return typeof node !== 'string';
}

// ---------------------------------------------------------------------------------------------------
// Inline content

function resolveHref(href: string | undefined, baseUrl: string): string | undefined {
  if (!href) return undefined;
  try {
    const resolved = new URL(href.trim(), baseUrl).href;
    return isSafeHref(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** Raw inlines of some nodes (whitespace not yet collapsed). */
function collectInlines(nodes: readonly Node[], baseUrl: string, out: Inline[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      out.push({ text: node });
      continue;
    }
    if (node.name === 'br' || node.name === 'hr') {
      out.push({ text: ' ' });
      continue;
    }
    if (node.name === 'a') {
      const href = resolveHref(node.attribs.href, baseUrl);
      const text = textOf(node.children);
      if (href && text.trim()) out.push({ text, href });
      else collectInlines(node.children, baseUrl, out);
      continue;
    }
    const block = BLOCKS.has(node.name);
    if (block) out.push({ text: ' ' });
    collectInlines(node.children, baseUrl, out);
    if (block) out.push({ text: ' ' });
  }
}

function textOf(nodes: readonly Node[]): string {
  return nodes
    .map((node) => (isElement(node) ? (node.name === 'br' ? ' ' : textOf(node.children)) : node))
    .join('');
}

/** Collapses whitespace as HTML rendering does, trims the ends, merges neighbouring text. */
function normalizeInlines(raw: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let pendingSpace = false;
  const push = (inline: Inline) => {
    const last = out[out.length - 1];
    if (pendingSpace && last) {
      if ('href' in last) out.push({ text: ' ' });
      else last.text += ' ';
    }
    pendingSpace = false;
    const tail = out[out.length - 1];
    if (!('href' in inline) && tail && !('href' in tail)) tail.text += inline.text;
    else out.push({ ...inline });
  };
  for (const inline of raw) {
    const text = inline.text.replace(/\s+/g, ' ');
    const trimmed = text.trim();
    if (text.startsWith(' ')) pendingSpace = true;
    if (trimmed) push('href' in inline ? { text: trimmed, href: inline.href } : { text: trimmed });
    if (text.endsWith(' ')) pendingSpace = true;
  }
  return out;
}

function inlinesOf(nodes: readonly Node[], baseUrl: string): Inline[] {
  const raw: Inline[] = [];
  collectInlines(nodes, baseUrl, raw);
  return normalizeInlines(raw);
}

// ---------------------------------------------------------------------------------------------------
// Blocks

interface Heading {
  heading: number;
  text: string;
}
type Item = Block | Heading;

interface WalkOptions {
  baseUrl: string;
  /** Emit h2–h4 as separators (heading strategy) instead of reading them as paragraphs. */
  headingMarkers: boolean;
  /** Leave out `<details>` that have a `<summary>` (they are entries of their own). */
  skipDetails: boolean;
  /**
   * One answer's characters still to read. An answer longer than MAX_ANSWER_CHARS is refused by the
   * schema whatever follows, so reading stops just past the cap: a huge page costs no more than that
   * (issue 15, item 3: a 1.8 MB answer was read whole before being refused).
   */
  budget?: { left: number };
}

const charsOf = (inlines: readonly Inline[]): number => inlines.reduce((n, i) => n + i.text.length, 0);
/** Counts what was read against the budget; true once it is spent (stop reading). */
function spend(options: WalkOptions, inlines: readonly Inline[]): boolean {
  if (!options.budget) return false;
  options.budget.left -= charsOf(inlines);
  return options.budget.left < 0;
}
const spent = (options: WalkOptions): boolean => options.budget !== undefined && options.budget.left < 0;

function hasSummary(element: Element): boolean {
  return element.name === 'details' && element.children.some((c) => isElement(c) && c.name === 'summary');
}

/**
 * Lists nested deeper than this are read as the text of their item: no real FAQ nests lists that
 * deep, and the flattening below stays bounded whatever the page.
 */
export const MAX_LIST_DEPTH = 8;

function isList(node: Node): node is Element {
  return isElement(node) && (node.name === 'ul' || node.name === 'ol');
}

/** Items of a list, nested lists flattened after their item. Linear in the list's nodes. */
function listItems(list: Element, options: WalkOptions, depth = 1, items: Inline[][] = []): Inline[][] {
  const flatten = depth < MAX_LIST_DEPTH;
  for (const child of list.children) {
    if (spent(options)) break;
    if (!isElement(child)) {
      const text = normalizeInlines([{ text: child }]);
      if (text.length > 0) items.push(text);
      spend(options, text);
      continue;
    }
    if (isList(child) && flatten) {
      // A list directly inside a list (invalid, but seen): its items join the parent list.
      listItems(child, options, depth + 1, items);
      continue;
    }
    // Nested lists are flattened into the parent list, after their item. One pass splits the
    // children (`includes` in a loop over them was quadratic: a 1.9 MB page blocked for seconds).
    const nested: Element[] = [];
    const own: Node[] = [];
    for (const c of child.children) (flatten && isList(c) ? nested : own).push(c);
    const inlines = inlinesOf(own, options.baseUrl);
    if (inlines.length > 0) items.push(inlines);
    if (spend(options, inlines)) break;
    for (const sub of nested) listItems(sub, options, depth + 1, items);
  }
  return items;
}

const LINE_BREAK: Element = { name: 'br', attribs: {}, children: [] };

/** Reads nodes as a sequence of blocks (and heading markers). */
function walk(nodes: readonly Node[], options: WalkOptions, out: Item[]): void {
  let run: Node[] = [];
  const flush = () => {
    const content = inlinesOf(run, options.baseUrl);
    if (content.length > 0) out.push({ type: 'p', content });
    spend(options, content);
    run = [];
  };
  for (const node of nodes) {
    if (spent(options)) return;
    if (!isElement(node) || !BLOCKS.has(node.name)) {
      if (isElement(node) && node.name === 'br') flush();
      else run.push(node);
      continue;
    }
    flush();
    if (options.skipDetails && hasSummary(node)) continue;
    const level = HEADING.exec(node.name)?.[1];
    if (level && options.headingMarkers && QUESTION_HEADINGS.has(node.name)) {
      out.push({ heading: Number(level), text: cleanQuestion(textOf(node.children)) });
    } else if (
      node.name === 'p' ||
      level ||
      node.name === 'pre' ||
      node.name === 'dt' ||
      node.name === 'summary'
    ) {
      // A <br> inside a paragraph starts a new one (the model has no line breaks).
      let line: Node[] = [];
      for (const child of [...node.children, LINE_BREAK]) {
        if (!isElement(child) || child.name !== 'br') {
          line.push(child);
          continue;
        }
        const content = inlinesOf(line, options.baseUrl);
        if (content.length > 0) out.push({ type: 'p', content });
        spend(options, content);
        line = [];
      }
    } else if (node.name === 'ul' || node.name === 'ol') {
      const items = listItems(node, options);
      if (items.length > 0) out.push({ type: node.name, items });
    } else {
      walk(node.children, options, out);
    }
  }
  flush();
}

function blocksOf(nodes: readonly Node[], baseUrl: string): Block[] {
  const out: Item[] = [];
  walk(nodes, { baseUrl, headingMarkers: false, skipDetails: true, budget: { left: MAX_ANSWER_CHARS } }, out);
  return out.filter((item): item is Block => 'type' in item);
}

/** Question text: whitespace collapsed, disclosure glyphs ("▼ ", "▶ ", "+ ") removed. */
function cleanQuestion(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[▼▶►▸▾⯆⯈›»+\-–—•]\s*/u, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Strategies

interface Draft {
  question: string;
  answer: Block[];
  section: string;
}

function containsSummaryDetails(nodes: readonly Node[]): boolean {
  return nodes.some((node) => isElement(node) && (hasSummary(node) || containsSummaryDetails(node.children)));
}

function fromDetails(root: Element, baseUrl: string): Draft[] {
  const drafts: Draft[] = [];
  let section = DEFAULT_SECTION_TITLE;
  // `inAnswer`: inside an entry's answer, headings belong to the answer and do not start a section.
  const visit = (nodes: readonly Node[], inAnswer: boolean) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const level = HEADING.exec(node.name)?.[1];
      if (level) {
        const title = cleanQuestion(textOf(node.children));
        if (!inAnswer && Number(level) <= 4 && title) section = title;
        continue;
      }
      if (!hasSummary(node)) {
        visit(node.children, inAnswer);
        continue;
      }
      const summary = node.children.find((c): c is Element => isElement(c) && c.name === 'summary');
      const question = cleanQuestion(textOf(summary?.children ?? []));
      const body = node.children.filter((c) => c !== summary);
      const answer = blocksOf(body, baseUrl);
      if (answer.length > 0) {
        drafts.push({ question, answer, section });
        visit(body, true);
      } else {
        // A <details> that only groups other questions is a section.
        const outer = section;
        if (question) section = question;
        visit(body, inAnswer);
        section = outer;
      }
    }
  };
  visit(root.children, false);
  return drafts;
}

function fromHeadings(root: Element, baseUrl: string): Draft[] {
  const items: Item[] = [];
  walk(root.children, { baseUrl, headingMarkers: true, skipDetails: false }, items);
  // Blocks before the first heading (page introduction) are left out.
  const groups: { title: string; blocks: Block[] }[] = [];
  for (const item of items) {
    if ('heading' in item) groups.push({ title: item.text, blocks: [] });
    else groups[groups.length - 1]?.blocks.push(item);
  }
  const drafts: Draft[] = [];
  let section = DEFAULT_SECTION_TITLE;
  for (const { title, blocks } of groups) {
    // A heading with no content of its own titles the questions that follow it.
    if (blocks.length === 0) section = title || section;
    else drafts.push({ question: title, answer: blocks, section });
  }
  return drafts;
}

/**
 * FAQ entries of a content tree (./html-tree.ts; empty when none). `baseUrl` resolves relative links.
 * Pure and synchronous; safe on hostile input (nothing is executed, dangerous links are dropped).
 */
export function faqEntriesFromTree(root: Element | undefined, baseUrl: string): FaqEntry[] {
  if (!root || !Array.isArray(root.children)) return [];
  const drafts = (
    containsSummaryDetails(root.children) ? fromDetails(root, baseUrl) : fromHeadings(root, baseUrl)
  )
    .filter((draft) => draft.question.length > 0)
    .slice(0, MAX_ENTRIES);
  const ids = uniqueSlugs(drafts.map((draft) => draft.question));
  const entries: FaqEntry[] = [];
  for (const [i, draft] of drafts.entries()) {
    const parsed = checkFaqEntry({ id: ids[i], ...draft });
    if (parsed !== NO) entries.push(parsed);
  }
  return entries;
}

/** The entries of a page, from a tree maker (./html-tree.ts): lib/faq/refresh.ts's `htmlEntries`. */
export function htmlEntriesFromTree(
  htmlTree: (html: string) => Promise<Element | undefined> | Element | undefined,
): (html: string, baseUrl: string) => Promise<FaqEntry[]> {
  return async (html, baseUrl) => faqEntriesFromTree(await htmlTree(html), baseUrl);
}

/**
 * FAQ entries found in an HTML page (empty when none), parsed by `parse` (the platform's DOMParser where
 * there is one). `baseUrl` resolves relative links.
 */
export function parseFaqHtml(html: string, baseUrl: string, parse: ParseHtmlDocument): FaqEntry[] {
  if (typeof html !== 'string' || html.length === 0) return [];
  let dom: DomLikeNode;
  try {
    dom = parse(html);
  } catch {
    return [];
  }
  return faqEntriesFromTree(htmlTreeFromDom(dom), baseUrl);
}
