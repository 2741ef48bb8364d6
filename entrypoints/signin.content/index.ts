import { defineContentScript } from 'wxt/utils/define-content-script';
import { signInMatchPatterns } from '@/lib/signin/signin';
import { createSignInClient } from './client';
import { effectivePageUrl } from './page-url';
import { startSignInWatcher } from './watcher';

/**
 * Wrong-academy warning on the sign-in and sign-up pages of the instances (issue 5). Injected only on
 * instance hosts (`matches` computed from assets/data at build time; the e2e build adds 127.0.0.1 and
 * localhost); acts only on sign-in / sign-up pages (assets/data/signin.json) that have an address field.
 */
export default defineContentScript({
  matches: signInMatchPatterns(),
  runAt: 'document_idle',
  // The banner's CSS is a string inside its shadow root: no CSS file, nothing web-accessible.
  cssInjectionMode: 'manual',
  main(ctx) {
    startSignInWatcher({
      ctx,
      client: createSignInClient(),
      document,
      pageUrl: () => effectivePageUrl(location),
      browserLanguage: navigator.language,
    });
  },
});
