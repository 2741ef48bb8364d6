import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Pages served by the end-to-end tests' local server get the content script too,
// only in the e2e build (`wxt build --mode e2e`). Match patterns ignore the port.
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Aliases `wxt/browser` to webextension-polyfill: WXT's helpers and our code share one `browser`.
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imported globals: every file imports what it uses, so plain tsc, vitest and Node work.
  imports: false,
  // Parallel builds (e.g. the benchmark) can write elsewhere.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // A function: WXT runs several Vite builds and wants fresh plugin instances for each.
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The Firefox sources zip (for AMO review) does not read .gitignore.
    excludeSources: ['test-results/**', 'playwright-report/**', 'bench-results/**', '*.log', '.ci/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: mode === 'e2e' ? 'Compagnon Apps Édu (e2e)' : 'Compagnon Apps Édu',
    description:
      "Extension non officielle pour les services d'apps.education.fr : catalogue de votre académie, partage Nextcloud, FAQ hors ligne.",
    permissions: [
      // Settings, profile and remembered hosts, kept on this computer only.
      'storage',
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'compagnon-apps-edu@compagnon-apps-edu.org',
              // 140: first ESR that knows data_collection_permissions.
              strict_min_version: '140.0',
              // No data leaves the browser: nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
    },
  },
});
