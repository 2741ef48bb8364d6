import type { Lang } from '@/lib/i18n';
import type { SignInWarningKind } from '@/lib/signin/signin';
import { bannerCss } from './banner-style';

/**
 * The warning banner: a custom element with an open shadow root holding its own styles (page CSS
 * cannot hide or restyle it, ours does not leak). Built with createElement and textContent only:
 * nothing from the page or the data is ever parsed as HTML.
 */

export const BANNER_TAG = 'compagnon-signin-warning';
export const BANNER_TEST_ID = 'signin-warning';

export interface BannerModel {
  kind: SignInWarningKind;
  lang: Lang;
  theme: 'system' | 'light' | 'dark';
  source: string;
  title: string;
  text: string;
  /** The link to the right instance (wrong-academy). */
  goTo?: { label: string; href: string };
  continueLabel: string;
  dismissSiteLabel: string;
}

export interface BannerHandlers {
  onContinue(event: MouseEvent): void;
  onDismissSite(event: MouseEvent): void;
}

export interface Banner {
  /** The element inserted into the page (carries data-testid="signin-warning"). */
  readonly host: HTMLElement;
  update(model: BannerModel): void;
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

export function createBanner(doc: Document, handlers: BannerHandlers): Banner {
  const host = doc.createElement(BANNER_TAG);
  host.setAttribute('data-testid', BANNER_TEST_ID);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = bannerCss;
  const root = element(doc, 'div', 'banner');
  shadow.append(style, root);
  // Keys typed in the banner are ours: page shortcuts must not see them (WXT's isolateEvents does the same).
  for (const type of ['keydown', 'keyup', 'keypress'])
    root.addEventListener(type, (e) => e.stopPropagation());

  const update = (model: BannerModel): void => {
    // role=alert for the warnings; the form hint is only a status message (a hint, not an alarm).
    root.setAttribute('role', model.kind === 'address-form' ? 'status' : 'alert');
    root.setAttribute('lang', model.lang);
    root.dataset.kind = model.kind;
    if (model.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = model.theme;

    const actions = element(doc, 'div', 'actions');
    if (model.goTo) {
      const link = element(doc, 'a', 'btn btn-primary', model.goTo.label);
      link.href = model.goTo.href;
      // The right instance need not learn which page (or academy) the user came from.
      link.rel = 'noopener noreferrer';
      actions.append(link);
    }
    const continueButton = element(doc, 'button', 'btn', model.continueLabel);
    continueButton.type = 'button';
    continueButton.addEventListener('click', (e) => handlers.onContinue(e));
    const dismissButton = element(doc, 'button', 'btn', model.dismissSiteLabel);
    dismissButton.type = 'button';
    dismissButton.addEventListener('click', (e) => handlers.onDismissSite(e));
    actions.append(continueButton, dismissButton);

    root.replaceChildren(
      element(doc, 'p', 'source', model.source),
      element(doc, 'p', 'title', model.title),
      element(doc, 'p', 'text', model.text),
      actions,
    );
  };

  return { host, update, remove: () => host.remove() };
}
