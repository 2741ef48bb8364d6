/**
 * The unit tests' stand-in for the browser's DOMParser: htmlparser2 (a devDependency) parses, and a
 * lazy view gives its nodes the DOM's names (nodeType, nodeName, nodeValue, childNodes, getAttribute).
 * Lazy, so a page nested 50,000 deep costs no recursion here either.
 */
import { parseDocument } from 'htmlparser2';
import { parseFaqHtml } from '@/lib/faq/html';
import { type DomLikeNode, htmlTreeFromDom, type HtmlElement } from '@/lib/faq/html-tree';
import type { FaqEntry } from '@/lib/faq/schema';

type Root = ReturnType<typeof parseDocument>;
type AnyNode = Root | Root['children'][number];

class View implements DomLikeNode {
  constructor(private readonly node: AnyNode) {}
  get nodeType(): number {
    // htmlparser2 gives the doctype (a "directive") nodeType 1; the DOM gives it 10.
    return this.node.type === 'directive' ? 10 : this.node.nodeType;
  }
  get nodeName(): string {
    return 'name' in this.node ? this.node.name : '#node';
  }
  get nodeValue(): string | null {
    return 'data' in this.node ? this.node.data : null;
  }
  get childNodes(): DomLikeNode[] {
    return 'children' in this.node ? this.node.children.map((child) => new View(child)) : [];
  }
  getAttribute(name: string): string | null {
    return 'attribs' in this.node ? (this.node.attribs[name] ?? null) : null;
  }
}

export function parseHtmlForTests(html: string): DomLikeNode {
  return new View(parseDocument(html, { decodeEntities: true, lowerCaseTags: true }));
}

/** parseFaqHtml driven by the stand-in parser. */
export function parseFaqHtmlForTests(html: string, baseUrl: string): FaqEntry[] {
  return parseFaqHtml(html, baseUrl, parseHtmlForTests);
}

/** The `htmlTree` dependency of refreshFaq, driven by the stand-in parser. */
export function htmlTreeForTests(html: string): Promise<HtmlElement | undefined> {
  return Promise.resolve(htmlTreeFromDom(parseHtmlForTests(html)));
}
