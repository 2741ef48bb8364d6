import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { buildDefines } from './scripts/build-constants';

export default defineConfig({
  // WxtVitest loads wxt.config.ts, adds the @/ alias and replaces `wxt/browser`
  // and the `browser`/`chrome` globals with an in-memory fake browser.
  plugins: [WxtVitest()],
  // The build's constants (WxtVitest does not pass wxt.config.ts's `define` on).
  define: buildDefines(),
  resolve: {
    alias: [
      {
        // The real polyfill throws outside an extension: hand tests the fake browser.
        find: /^webextension-polyfill$/,
        replacement: fileURLToPath(new URL('./tests/fake-webextension-polyfill.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
