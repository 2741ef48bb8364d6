import type { Lang } from '@/lib/i18n';
import type { SignInWarningKind } from '@/lib/signin/signin';
import { bannerCss } from './banner-style';

/**
 * The warning banner: a custom element with a closed shadow root holding its own styles (page CSS
 * cannot hide or restyle it, ours does not leak, and page scripts cannot read the user's academy in
 * it nor rewrite its links). Built with createElement and textContent only: nothing from the page or
 * the data is ever parsed as HTML. Each watcher pass checks that the banner's own nodes are intact
 * (`intact()`) and redraws them otherwise.
 *
 * The e2e build keeps the root open: Playwright cannot look into a closed one. Unit tests reach the
 * root through `shadowOf`, a reference kept here in the content script.
 */

const shadows = new WeakMap<Element, ShadowRoot>();
/** The banner's shadow root (closed in release: only the content script holds it). */
export function shadowOf(host: Element): ShadowRoot | undefined {
  return shadows.get(host);
}

export const BANNER_TAG = 'compagnon-signin-warning';
export const BANNER_TEST_ID = 'signin-warning';

/** The 2020 warnings, and the desk list's hint (« Votre académie : … ») and warning. */
export type BannerKind = SignInWarningKind | 'hint' | 'warning';

/** A button, or a link when it has an `href` (opened by the browser itself, rel=noopener noreferrer). */
export interface BannerAction {
  label: string;
  href?: string;
  primary?: boolean;
  onClick?(event: MouseEvent): void;
}

export interface BannerModel {
  kind: BannerKind;
  lang: Lang;
  theme: 'system' | 'light' | 'dark';
  source: string;
  title: string;
  text: string;
  actions: readonly BannerAction[];
}

export interface Banner {
  /** The element inserted into the page (carries data-testid="signin-warning" and data-kind). */
  readonly host: HTMLElement;
  update(model: BannerModel): void;
  /** Whether the banner still shows exactly what `update` drew (a page may have changed it). */
  intact(): boolean;
  remove(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function actionElement(doc: Document, action: BannerAction): HTMLElement {
  const className = action.primary ? 'btn btn-primary' : 'btn';
  let el: HTMLAnchorElement | HTMLButtonElement;
  if (action.href !== undefined) {
    el = element(doc, 'a', className, action.label);
    el.href = action.href;
    // The page it leads to need not learn which page (or academy) the user came from.
    el.rel = 'noopener noreferrer';
  } else {
    el = element(doc, 'button', className, action.label);
    el.type = 'button';
  }
  const { onClick } = action;
  if (onClick) el.addEventListener('click', (e) => onClick(e as MouseEvent));
  return el;
}

export function createBanner(doc: Document): Banner {
  const host = doc.createElement(BANNER_TAG);
  host.setAttribute('data-testid', BANNER_TEST_ID);
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  shadows.set(host, shadow);
  const style = doc.createElement('style');
  style.textContent = bannerCss;
  const root = element(doc, 'div', 'banner');
  shadow.append(style, root);
  // Keys typed in the banner are ours: page shortcuts must not see them (WXT's isolateEvents does the same).
  for (const type of ['keydown', 'keyup', 'keypress'])
    root.addEventListener(type, (e) => e.stopPropagation());

  // What update() drew: each node, its text and (links) its address, checked by intact().
  let drawn: { node: Element; text: string; href?: string }[] = [];
  let drawnChildren: Node[] = [];
  const intact = (): boolean =>
    host.getAttribute('data-testid') === BANNER_TEST_ID &&
    shadow.childNodes.length === 2 &&
    shadow.firstChild === style &&
    style.textContent === bannerCss &&
    root.childNodes.length === drawnChildren.length &&
    drawnChildren.every((child, i) => root.childNodes[i] === child) &&
    drawn.every(
      ({ node, text, href }) =>
        node.textContent === text && (href === undefined || (node as HTMLAnchorElement).href === href),
    );

  const update = (model: BannerModel): void => {
    // role=alert for the warnings; the hints are only status messages (not alarms).
    const quiet = model.kind === 'address-form' || model.kind === 'hint';
    root.setAttribute('role', quiet ? 'status' : 'alert');
    root.setAttribute('lang', model.lang);
    root.dataset.kind = model.kind;
    host.setAttribute('data-kind', model.kind);
    if (model.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = model.theme;
    host.setAttribute('data-testid', BANNER_TEST_ID);
    const actions = element(doc, 'div', 'actions');
    const actionNodes = model.actions.map((action) => actionElement(doc, action));
    actions.append(...actionNodes);
    const paragraphs = [
      element(doc, 'p', 'source', model.source),
      element(doc, 'p', 'title', model.title),
      element(doc, 'p', 'text', model.text),
    ];
    root.replaceChildren(...paragraphs, actions);
    drawnChildren = [...paragraphs, actions];
    drawn = [...paragraphs, ...actionNodes].map((node) => ({
      node,
      text: node.textContent ?? '',
      ...(node instanceof HTMLAnchorElement ? { href: node.href } : {}),
    }));
    if (!shadow.contains(root) || shadow.firstChild !== style) shadow.replaceChildren(style, root);
    style.textContent = bannerCss;
  };

  return { host, update, intact, remove: () => host.remove() };
}
