/**
 * The first half of the HTML FAQ reader: a parsed page (a DOM, or anything shaped like one) reduced to
 * a small tree of the content that can matter. Scripts, styles, forms, embeds and navigation are dropped
 * with their content; only `href` is kept, on links. The page is parsed by the platform's own HTML
 * parser (`DOMParser`: Chrome's offscreen document, Firefox's background page), so no parser and no
 * entity table ship in the extension; the unit tests drive it with htmlparser2's DOM.
 *
 * Imports nothing, and the tree is plain JSON: Chrome's offscreen page bundles this file alone and
 * sends the tree to the service worker, which reads it with ./html.ts (`faqEntriesFromTree`).
 */

/** The part of a DOM node read here (a `Document`, an `Element`, a `Text`…). */
export interface DomLikeNode {
  /** 1 element, 3 text; anything else (comments, doctype) is ignored. */
  readonly nodeType: number;
  /** Tag name, any case. */
  readonly nodeName: string;
  /** A text node's text. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomLikeNode>;
  getAttribute?(name: string): string | null;
}

/** Parses an HTML page into a DOM-like tree (e.g. `new DOMParser().parseFromString(html, 'text/html')`). */
export type ParseHtmlDocument = (html: string) => DomLikeNode;

export interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

/** Deeper elements are flattened into their ancestor: the tree walk stays shallow whatever the input. */
export const MAX_DEPTH = 128;
/**
 * More elements open at once than this and the page is given up (read as nothing): no real FAQ nests
 * that deep. Browsers cap their DOM's depth far below (Chromium at 512); other parsers may not.
 */
export const MAX_OPEN_ELEMENTS = 1000;

/** Elements dropped with everything inside them. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'picture',
  'img',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'nav',
]);

/** Elements without content; only <br> and <hr> are kept, as separators. */
const VOID = new Set(['area', 'col', 'param', 'source', 'track', 'wbr']);

/** A DOM-like page as a content tree; undefined when it nests absurdly deep. Iterative: no recursion. */
export function htmlTreeFromDom(root: DomLikeNode): HtmlElement | undefined {
  const tree: HtmlElement = { name: 'root', attribs: {}, children: [] };
  interface Frame {
    nodes: ArrayLike<DomLikeNode>;
    next: number;
    into: HtmlElement;
    depth: number;
  }
  const stack: Frame[] = [{ nodes: root.childNodes, next: 0, into: tree, depth: 1 }];
  while (stack.length > 0) {
    if (stack.length > MAX_OPEN_ELEMENTS) return undefined;
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    const children = frame.into.children;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const last = children[children.length - 1];
      if (typeof last === 'string') children[children.length - 1] = last + text;
      else if (text) children.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name) || VOID.has(name)) continue;
    if (name === 'br' || name === 'hr') {
      children.push({ name, attribs: {}, children: [] });
      continue;
    }
    let into = frame.into;
    if (frame.depth <= MAX_DEPTH) {
      const href = name === 'a' ? node.getAttribute?.('href') : undefined;
      into = { name, attribs: typeof href === 'string' ? { href } : {}, children: [] };
      children.push(into);
    }
    stack.push({ nodes: node.childNodes, next: 0, into, depth: frame.depth + 1 });
  }
  return tree;
}
