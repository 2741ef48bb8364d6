import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLanguage, type Lang } from '@/lib/i18n';
import { checkSignIn, isSignInPage, splitAddress, type SignInWarning } from '@/lib/signin/signin';
import type { SignInState } from '@/lib/messaging/signin';
import { createBanner, type Banner } from './banner';
import type { SignInClient } from './client';
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
  debounceMs?: number;
  pollMs?: number;
}

const DEFAULT_STATE: SignInState = { dismissedSites: [], language: 'auto', theme: 'system' };

function isAddressField(target: EventTarget | null): target is HTMLInputElement {
  if (!target || !(target as Element).matches) return false;
  const el = target as HTMLInputElement;
  return (
    el.tagName === 'INPUT' &&
    (el.type === 'email' || el.type === 'text') &&
    el.matches(ADDRESS_FIELD_SELECTOR)
  );
}

/** Same warning = same kind, same expected academy, same instance: dismissing one dismisses it. */
function warningKey(warning: SignInWarning): string {
  return `${warning.kind}|${warning.expected?.id ?? ''}|${warning.instance.host}`;
}

export interface Watcher {
  /** Re-reads the page now (tests; the poll does it on its own). */
  evaluate(): void;
}

export function startSignInWatcher(options: WatcherOptions): Watcher {
  const { ctx, client, document: doc, pageUrl } = options;
  const debounceMs = options.debounceMs ?? 400;
  const pollMs = options.pollMs ?? 1000;

  let state: SignInState | undefined;
  let loading = false;
  let stateVersion = 0;
  let lastSignature = '';
  let lastField: HTMLInputElement | undefined;
  let banner: Banner | undefined;
  let shownKey: string | undefined;
  /** Warnings the user dismissed with "Continuer quand même": hidden for as long as the page lives. */
  const dismissedOnPage = new Set<string>();
  let e2eCount = 0;

  const findField = (): HTMLInputElement | undefined => {
    if (lastField?.isConnected && isAddressField(lastField)) return lastField;
    if (isAddressField(doc.activeElement)) return doc.activeElement;
    const fields = [...doc.querySelectorAll<HTMLInputElement>(ADDRESS_FIELD_SELECTOR)].filter(isAddressField);
    return fields.find((f) => f.value.trim() !== '') ?? fields[0];
  };

  const hide = (): void => {
    banner?.remove();
    banner = undefined;
    shownKey = undefined;
    current = undefined;
  };

  const language = (): Lang => resolveLanguage(state?.language ?? 'auto', options.browserLanguage);

  /** What the banner shows now: its buttons act on this. */
  let current: { warning: SignInWarning; key: string; field: HTMLInputElement } | undefined;

  const show = (warning: SignInWarning, domain: string, field: HTMLInputElement): void => {
    const key = warningKey(warning);
    const lang = language();
    const modelKey = `${key}|${lang}|${state?.theme}|${domain}`;
    current = { warning, key, field };
    if (!banner) {
      banner = createBanner(doc, {
        onContinue: () => {
          if (!current) return;
          dismissedOnPage.add(current.key);
          leaveBanner(current.field);
        },
        onDismissSite: (event) => {
          // Only the user's own click may change the settings, not a script of the page.
          if (!current || !event.isTrusted) return;
          const host = current.warning.instance.host;
          dismissedOnPage.add(current.key);
          if (state && !state.dismissedSites.includes(host)) state.dismissedSites.push(host);
          void client.dismissSite(host);
          leaveBanner(current.field);
        },
      });
    }
    if (shownKey !== modelKey) {
      const texts = describeWarning(warning, domain, lang);
      const t = signInStrings[lang];
      banner.update({
        kind: warning.kind,
        lang,
        theme: state?.theme ?? 'system',
        source: t.source,
        title: texts.title,
        text: texts.text,
        ...(texts.goTo && warning.suggestedUrl
          ? { goTo: { label: texts.goTo, href: warning.suggestedUrl } }
          : {}),
        continueLabel: t.continue,
        dismissSiteLabel: t.dismissSite,
      });
      shownKey = modelKey;
    }
    if (!banner.host.isConnected) {
      // Above the form (or the field): near what it is about, never over it.
      const anchor = field.form ?? field;
      anchor.parentNode?.insertBefore(banner.host, anchor);
    }
  };

  /** Hides the banner after a dismissal; focus goes back to the field rather than to nowhere. */
  const leaveBanner = (field: HTMLInputElement): void => {
    const hadFocus = banner !== undefined && doc.activeElement === banner.host;
    hide();
    if (hadFocus && field.isConnected) field.focus({ preventScroll: true });
    lastSignature = '';
    evaluate();
  };

  const markForTests = (signIn: boolean, address: string, shown: string): void => {
    // e2e build only (compiled out elsewhere): lets the specs wait for a decision instead of sleeping.
    if (import.meta.env.MODE !== 'e2e') return;
    e2eCount += 1;
    doc.documentElement.setAttribute(
      'data-compagnon-signin-e2e',
      JSON.stringify({ n: e2eCount, signIn, address, shown }),
    );
  };

  const loadState = async (): Promise<void> => {
    if (loading) return;
    loading = true;
    try {
      const loaded = await client.getState();
      if (!ctx.isValid) return;
      state = loaded ?? { ...DEFAULT_STATE, dismissedSites: [] };
      stateVersion += 1;
    } finally {
      loading = false;
    }
    evaluate();
  };

  const evaluate = (): void => {
    if (!ctx.isValid) return;
    const url = pageUrl();
    const field = isSignInPage(url) ? findField() : undefined;
    if (!field) {
      if (lastSignature !== url) {
        lastSignature = url;
        hide();
        markForTests(false, '', 'none');
      }
      return;
    }
    if (!state) {
      void loadState();
      return;
    }
    const typed = field.value;
    // The stored profile address stands in for an empty field (the banner can warn before typing).
    const address = typed.trim() !== '' ? typed : (state.address ?? '');
    const signature = `${url}\n${address}\n${stateVersion}\n${dismissedOnPage.size}`;
    if (signature === lastSignature && (!banner || banner.host.isConnected)) return;
    lastSignature = signature;
    const warning = checkSignIn({ url, address });
    const domain = splitAddress(address)?.domain ?? '';
    if (
      !warning ||
      state.dismissedSites.includes(warning.instance.host) ||
      dismissedOnPage.has(warningKey(warning))
    ) {
      hide();
      markForTests(true, address, 'none');
      return;
    }
    show(warning, domain, field);
    markForTests(true, address, warning.kind);
  };

  // Debounced reading of what the user types; one timer, cleared when the context is invalidated.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      evaluate();
    }, debounceMs);
  };
  ctx.onInvalidated(() => {
    if (timer !== undefined) clearTimeout(timer);
    hide();
  });

  ctx.addEventListener(
    doc,
    'input',
    (event) => {
      if (!isAddressField(event.target)) return;
      lastField = event.target;
      schedule();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'change',
    (event) => {
      if (!isAddressField(event.target)) return;
      lastField = event.target;
      evaluate();
    },
    { capture: true },
  );
  // Autofill without events, fields that appear late, client-side route changes.
  ctx.setInterval(() => {
    if (!doc.hidden) evaluate();
  }, pollMs);

  const unsubscribe = client.onSettingsChanged(() => {
    state = undefined;
    lastSignature = '';
    evaluate();
  });
  ctx.onInvalidated(unsubscribe);

  evaluate();
  return { evaluate };
}
