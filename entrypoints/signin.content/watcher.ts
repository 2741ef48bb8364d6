import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '@/lib/i18n';
import { checkSignIn, isSignInPage, splitAddress, type SignInWarning } from '@/lib/signin/signin';
import { createBanner, type Banner, type BannerModel } from './banner';
import type { SignInClient } from './client';
import { createDebouncer, createSession, markForTests, type Session } from './session';
import { insertBeforeNode } from './dom';
import { describeWarning, signInStrings } from './strings';

/**
 * The sign-in warning in a page: finds the address field of sign-in / sign-up pages, reads it as the
 * user types (debounced), on `change` and on a slow poll (autofill does not always fire events, and
 * single-page apps change route without reloading), asks lib/signin/signin.ts what is wrong and shows or
 * hides the banner. Every listener and timer is bound to WXT's context, so nothing runs once the
 * extension is updated or disabled. Nothing read from the page leaves it.
 */

/** Fields that may hold the address: e-mail fields, and user-name fields that accept an address. */
export const ADDRESS_FIELD_SELECTOR = [
  'input[type="email" i]',
  'input[autocomplete~="email" i]',
  'input[autocomplete~="username" i]',
  'input[name*="mail" i]',
  'input[id*="mail" i]',
  'input[name="username" i]',
  'input[name="login" i]',
].join(',');

export interface WatcherOptions {
  ctx: ContentScriptContext;
  client: SignInClient;
  document: Document;
  /** The URL to judge (the page's, or the e2e build's impersonated one). */
  pageUrl: () => string;
  browserLanguage?: string;
  /** Shared with the desk watcher (index.ts); made from `client` when absent. */
  session?: Session;
  debounceMs?: number;
  pollMs?: number;
}

function isAddressField(target: EventTarget | null): target is HTMLInputElement {
  if (!target || !(target as Element).matches) return false;
  const el = target as HTMLInputElement;
  return (
    el.tagName === 'INPUT' &&
    (el.type === 'email' || el.type === 'text') &&
    el.matches(ADDRESS_FIELD_SELECTOR)
  );
}

/** The field to read: the one last typed in, the focused one, the first filled one, or the first. */
function findAddressField(doc: Document, last: HTMLInputElement | undefined): HTMLInputElement | undefined {
  if (last?.isConnected && isAddressField(last)) return last;
  if (isAddressField(doc.activeElement)) return doc.activeElement;
  const fields = [...doc.querySelectorAll<HTMLInputElement>(ADDRESS_FIELD_SELECTOR)].filter(isAddressField);
  return fields.find((f) => f.value.trim() !== '') ?? fields[0];
}

/** Same warning = same kind, same expected academy, same instance: dismissing one dismisses it. */
function warningKey(warning: SignInWarning): string {
  return `${warning.kind}|${warning.expected?.id ?? ''}|${warning.instance.host}`;
}

/** The banner's content for a warning; its two buttons call back `onContinue` and `onDismissSite`. */
function warningModel(
  warning: SignInWarning,
  domain: string,
  lang: Lang,
  theme: BannerModel['theme'],
  handlers: { onContinue(): void; onDismissSite(event: MouseEvent): void },
): BannerModel {
  const texts = describeWarning(warning, domain, lang);
  const t = signInStrings[lang];
  const goTo =
    texts.goTo && warning.suggestedUrl
      ? [{ label: texts.goTo, href: warning.suggestedUrl, primary: true }]
      : [];
  return {
    kind: warning.kind,
    lang,
    theme,
    source: t.source,
    title: texts.title,
    text: texts.text,
    actions: [
      ...goTo,
      { label: t.continue, onClick: handlers.onContinue },
      { label: t.dismissSite, onClick: handlers.onDismissSite },
    ],
  };
}

export interface Watcher {
  /** Re-reads the page now (tests; the poll does it on its own). */
  evaluate(): void;
}

/** The mutable part of one page's watcher. */
interface PageState {
  lastSignature: string;
  lastField?: HTMLInputElement;
  banner?: Banner;
  shownKey?: string;
  /** What the banner shows now: its buttons act on this. */
  current?: { warning: SignInWarning; key: string; field: HTMLInputElement };
  /** Warnings the user dismissed with "Continuer quand même": hidden for as long as the page lives. */
  dismissedOnPage: Set<string>;
}

function hide(page: PageState): void {
  page.banner?.remove();
  page.banner = undefined;
  page.shownKey = undefined;
  page.current = undefined;
}

function bindListeners(
  ctx: ContentScriptContext,
  doc: Document,
  page: PageState,
  evaluate: () => void,
  ms: number,
) {
  const schedule = createDebouncer(ctx, evaluate, ms);
  ctx.onInvalidated(() => hide(page));
  const listen = (type: 'input' | 'change', then: () => void): void =>
    ctx.addEventListener(
      doc,
      type,
      (event) => {
        if (!isAddressField(event.target)) return;
        page.lastField = event.target;
        then();
      },
      { capture: true },
    );
  listen('input', schedule);
  listen('change', evaluate);
}

/** One page's watcher: what the functions below share. */
interface Run {
  ctx: ContentScriptContext;
  doc: Document;
  session: Session;
  page: PageState;
  pageUrl: () => string;
}

/** Hides the banner after a dismissal; focus goes back to the field rather than to nowhere. */
function leaveBanner(run: Run, field: HTMLInputElement): void {
  const { page, doc } = run;
  const hadFocus = page.banner !== undefined && doc.activeElement === page.banner.host;
  hide(page);
  if (hadFocus && field.isConnected) field.focus({ preventScroll: true });
  page.lastSignature = '';
  evaluate(run);
}

function bannerHandlers(run: Run) {
  const { page } = run;
  return {
    onContinue: (): void => {
      if (!page.current) return;
      page.dismissedOnPage.add(page.current.key);
      leaveBanner(run, page.current.field);
    },
    onDismissSite: (event: MouseEvent): void => {
      // Only the user's own click may change the settings, not a script of the page.
      if (!page.current || !event.isTrusted) return;
      page.dismissedOnPage.add(page.current.key);
      run.session.dismissSite(page.current.warning.instance.host);
      leaveBanner(run, page.current.field);
    },
  };
}

function show(run: Run, warning: SignInWarning, domain: string, field: HTMLInputElement): void {
  const { page, session } = run;
  const key = warningKey(warning);
  const lang = session.lang();
  const theme = session.ready()?.theme ?? 'system';
  const modelKey = `${key}|${lang}|${theme}|${domain}`;
  page.current = { warning, key, field };
  page.banner ??= createBanner(run.doc);
  // Redrawn when the warning changes, or when the page changed the banner's own nodes.
  if (page.shownKey !== modelKey || !page.banner.intact()) {
    page.banner.update(warningModel(warning, domain, lang, theme, bannerHandlers(run)));
    page.shownKey = modelKey;
  }
  if (!page.banner.host.isConnected) {
    // Above the form (or the field): near what it is about, never over it.
    // Through the prototypes: the form's own properties may be clobbered by its fields (dom.ts).
    insertBeforeNode(page.banner.host, field.form ?? field);
  }
}

function judge(run: Run, url: string, address: string, field: HTMLInputElement): void {
  const { page, doc } = run;
  const warning = checkSignIn({ url, address });
  const dismissed = run.session.ready()?.dismissedSites ?? [];
  if (
    !warning ||
    dismissed.includes(warning.instance.host) ||
    page.dismissedOnPage.has(warningKey(warning))
  ) {
    hide(page);
    markForTests(doc, 'signin', { signIn: true, address, shown: 'none' });
    return;
  }
  show(run, warning, splitAddress(address)?.domain ?? '', field);
  markForTests(doc, 'signin', { signIn: true, address, shown: warning.kind });
}

function evaluate(run: Run): void {
  const { ctx, doc, page, session } = run;
  if (!ctx.isValid) return;
  const url = run.pageUrl();
  const field = isSignInPage(url) ? findAddressField(doc, page.lastField) : undefined;
  if (!field) {
    if (page.lastSignature !== url) {
      page.lastSignature = url;
      hide(page);
      markForTests(doc, 'signin', { signIn: false, address: '', shown: 'none' });
    }
    return;
  }
  const state = session.ready();
  if (!state) return; // judged again once loaded
  // The stored profile address stands in for an empty field (the banner can warn before typing).
  const address = field.value.trim() !== '' ? field.value : (state.address ?? '');
  const signature = `${url}\n${address}\n${session.version}\n${page.dismissedOnPage.size}`;
  // Nothing new, and the banner (if any) still in the page and intact: nothing to do.
  const bannerOk = !page.banner || (page.banner.host.isConnected && page.banner.intact());
  if (signature === page.lastSignature && bannerOk) return;
  page.lastSignature = signature;
  judge(run, url, address, field);
}

export function startSignInWatcher(options: WatcherOptions): Watcher {
  const { ctx, document: doc } = options;
  const run: Run = {
    ctx,
    doc,
    session: options.session ?? createSession(ctx, options.client, options.browserLanguage),
    page: { lastSignature: '', dismissedOnPage: new Set() },
    pageUrl: options.pageUrl,
  };
  const evaluateNow = (): void => evaluate(run);
  bindListeners(ctx, doc, run.page, evaluateNow, options.debounceMs ?? 400);
  // Autofill without events, fields that appear late, client-side route changes.
  ctx.setInterval(() => {
    if (!doc.hidden) evaluateNow();
  }, options.pollMs ?? 1000);
  run.session.subscribe(() => {
    run.page.lastSignature = '';
    evaluateNow();
  });
  evaluateNow();
  return { evaluate: evaluateNow };
}
