import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { rewriteZip, stripManifestKey } from './scripts/deterministic-zip';
import { packagedFaqJson, stripComments } from './scripts/packaged-faq';
import { SIGNIN_MATCHES_MARKER } from './lib/signin/marker';
import { signInMatchPatterns } from './lib/signin/signin';
import { buildDefines } from './scripts/build-constants';

// Pages served by the end-to-end tests' local server get the content script too,
// only in the e2e build (`wxt build --mode e2e`). Match patterns ignore the port.
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const E2E_GLOBS = ['http://127.0.0.1*', 'http://localhost*'];

// Public half of a throw-away RSA key: gives the unpacked Chrome build a fixed extension id
// (lajkedahicaecflaofdgokgbfjjldmcc), which administrators' policies and the e2e tests name.
// The Web Store ignores it and assigns its own id.
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtpIZQbGJLNsqYH0RsMWqfuYqzL46q2Lksba/9SMv9QdkwPrKMtqdAvG76lc7OAyRcHkX5qEJnV684TNoaRHA9KVDWNIm99F/3nktnQi6BYvhLaeEG9GKXt4XFCKPSKUetkeoRJEGfa7L0bmFWLTcNQ7R/DJxt6e1oRM60wKiz8iF+7Q8PiNI8iGRaQEqBvSzSA+E0H6Krg+s/BwCKcXjUSbOtm1J8iXI77tgFdTPKfJZyjMy2sXnMCFOHdn+5jMhHC6ot7xfgJN3OawrXmdrRuCL68dceIDxNp5hp+za9EVJ+Nv3QukKnNLOGDGWTyd43QBsxzPYWcoSFHpKd7e7FwIDAQAB';

/** The toolbar button's tooltip, localized (public/_locales). */
const ACTION_TITLE = '__MSG_actionTitle__';

/**
 * zod/mini builders (`z.object(…)`, `z.string().check(…)`) have no side effects, but the bundler cannot
 * know it: a schema defined at a module's top level and unused in a bundle would stay (importing a
 * constant from lib/platform/schemas.ts dragged ~8 KiB gzip of zod into the content script). This marks each
 * `z.<builder>(…)` call in our own sources `/* @__PURE__ *\/`, so unused schemas are dropped.
 * Not `treeshake.manualPureFunctions: ['z']`: that matches every function *named* `z`, including
 * Preact's minified internals (`function z(…)` in preact.mjs), whose calls were then dropped and
 * nothing rendered. `z.config(…)` is left alone (it does have an effect).
 */
function pureZodBuilders(): Plugin {
  return {
    name: 'compagnon:pure-zod-builders',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.tsx?$/.test(id) || !code.includes("from 'zod/mini'"))
        return null;
      return {
        code: code.replace(/\bz\s*\.\s*(?!config\b)([a-zA-Z]+)\s*\(/g, '/* @__PURE__ */ z.$1('),
        map: null,
      };
    },
  };
}

/**
 * PRIVACY.md (and CHANGELOG.md) as a page of the extension, text as is (a .md file would be downloaded, a .txt one read
 * in the wrong encoding): one source for the repository, the stores and the options' « À propos ».
 */
function textPage(title: string, markdown: string): string {
  const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>:root{color-scheme:light dark}body{margin:0 auto;max-width:48rem;padding:1rem}
pre{white-space:pre-wrap;font:1rem/1.5 system-ui,sans-serif}</style></head>
<body><pre>${escaped}</pre></body>
</html>
`;
}

/**
 * `$comment` keys, and the `source` of an entry (where a path or an alias comes from), document the data
 * files for maintainers: they are not shipped in the bundles (nothing reads them at run time).
 */
function stripJsonComments(): Plugin {
  return {
    name: 'compagnon:strip-json-comments',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/assets\/data\/[^/]+\.json$/.test(id) || !/"(?:\$comment|source)"/.test(code)) return null;
      return { code: JSON.stringify(stripComments(JSON.parse(code))), map: null };
    },
  };
}

/**
 * The popup's first paint from one JS file and no stylesheet to fetch (issue 16). The popup is built
 * alone (the `entrypoints:grouped` hook below), so no chunk is shared with the options page: everything
 * popup.html needs statically is in its own chunk, with no chain of modulepreloads, and only the code the
 * popup uses (a chunk shared with the options page carried what either page used). Its stylesheet is
 * then inlined in popup.html (extension pages' CSP restricts scripts, not inline styles).
 * (scripts/sizes.mjs counts the JS files; the inlined CSS is in popup.html's own bytes.)
 */
function popupOnePage(): Plugin {
  let popup = false;
  return {
    name: 'compagnon:popup-one-page',
    enforce: 'post',
    config(config) {
      popup = isPopupBuild(config);
      // No modulepreload links nor their polyfill (~0.5 KiB gzip): popup.html needs one JS file, and a
      // lazy tab's chunks load when it is opened (extension files, read from disk). Their CSS still does.
      return popup ? { build: { modulePreload: false } } : null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!popup || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return tag;
          // The file stays if a lazy chunk loads it too (named in its preload list).
          const used = Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes(file));
          if (!used) delete bundle[file];
          return `<style>${String(asset.source).trim()}</style>`;
        });
      },
    },
  };
}

/** Whether this Vite build is the popup's own (built alone, see the `entrypoints:grouped` hook). */
const isPopupBuild = (config: { build?: { rollupOptions?: { input?: unknown } } }) => {
  const input = config.build?.rollupOptions?.input;
  return (
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input) &&
    Object.keys(input).join() === 'popup'
  );
};

/**
 * Vite wraps each dynamic `import()` in its preload helper (~0.9 KB gzip), even with `modulePreload`
 * off, where it only loads the imported chunk's stylesheets (vitejs/vite#18551). In the popup's build
 * the helper's module is replaced by this one: each stylesheet once, as a `<link>`, then the chunk.
 * A stylesheet that fails to load does not stop the chunk (the tab works, unstyled, rather than not at all).
 */
const POPUP_PRELOAD_HELPER = `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).filter((dep) => dep.endsWith('.css')).map((dep) =>
      (seen[dep] ??= new Promise((done) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/' + dep;
        link.onload = link.onerror = () => done();
        document.head.append(link);
      })),
    ),
  ).then(() => load());
`;

function popupPreloadHelper(): Plugin {
  let popup = false;
  return {
    name: 'compagnon:popup-preload-helper',
    enforce: 'pre',
    config(config) {
      popup = isPopupBuild(config);
    },
    load(id) {
      return popup && id === '\0vite/preload-helper.js' ? POPUP_PRELOAD_HELPER : null;
    },
  };
}

/**
 * The background reads one field of the bundled catalogue: its academy overrides (the sign-in warning's
 * desk names, through lib/settings/reader.ts). Its build gets a catalogue with that field alone (the
 * services are ~2.9 KiB gzip of the worker, issue 16), and reading its `services` there throws, so a
 * future use cannot silently see an empty catalogue (the e2e specs run the worker).
 */
function workerCatalogue(): Plugin {
  const ID = '\0compagnon:worker-catalogue';
  let background = false;
  let file = '';
  return {
    name: 'compagnon:worker-catalogue',
    enforce: 'pre',
    configResolved(config) {
      const input = JSON.stringify(config.build.rollupOptions.input ?? config.build.lib ?? '');
      background = /entrypoints\/background/.test(input);
      file = resolve(config.root, 'assets/data/catalogue.json');
    },
    resolveId(source) {
      return background && source.endsWith('/assets/data/catalogue.json') ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      const { version, overrides } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default { version: ${JSON.stringify(version)}, overrides: ${JSON.stringify(overrides ?? {})},
  get services() { throw new Error('The service worker carries no catalogue services (wxt.config.ts).'); } };`;
    },
  };
}

/**
 * webextension-polyfill as an ES module in every build (issue 16: the worker's cold start, the popup's
 * first paint, the content scripts). The package is CommonJS (UMD), and the bundler's interop for its
 * default import copies every own property of `module.exports` onto a namespace object (one getter per
 * property). Where the browser has a native `browser` (Firefox; Chrome since it adopted the namespace),
 * `module.exports` is that object, and reading each property's descriptor makes Chrome set up the
 * bindings of every API the manifest grants (action, commands, offscreen, scripting, tabs…: ~3 ms of a
 * 10 ms start, measured in the worker; ~1 ms of the popup's script time), where a page or a start uses
 * a few. The same code, given a local `module` and an `export default`, is bundled as ES: the import is
 * `module.exports` itself, and each API is set up when first used. Nothing else changes (the
 * polyfill's own test picks the same branch).
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'compagnon:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/node_modules\/webextension-polyfill\/dist\/browser-polyfill\.js$/.test(id)) return null;
      return {
        code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}

export default defineConfig({
  // Aliases `wxt/browser` to webextension-polyfill: WXT's helpers and our code share one `browser`.
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imported globals: every file imports what it uses, so plain tsc, vitest and Node work.
  imports: false,
  // Parallel builds (e.g. the benchmark) can write elsewhere.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // A function: WXT runs several Vite builds and wants fresh plugin instances for each.
  vite: () => ({
    plugins: [
      preact(),
      pureZodBuilders(),
      stripJsonComments(),
      popupOnePage(),
      popupPreloadHelper(),
      workerCatalogue(),
      polyfillAsModule(),
    ],
    // Constants computed from the data files (the sign-in bootstrap's path filter).
    define: buildDefines(),
    // The manifests' minimum versions: CSS light-dark() ships as is instead of Lightning CSS's polyfill.
    // SRCMAP=1: source maps beside the bundles, to see which module the bytes come from.
    build: { cssTarget: ['chrome123', 'firefox140'], sourcemap: process.env.SRCMAP === '1' },
  }),
  zip: {
    // The Firefox sources zip (for AMO review) does not read .gitignore.
    // Its glob skips dot files: the reviewer needs the exact Node version (docs/store/AMO-REVIEWER-NOTES.md).
    includeSources: ['.nvmrc'],
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '*.log',
      '.ci/**',
      // Pictures for the README and the store listings: not needed to build.
      'docs/**/*.png',
    ],
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    // Store-facing texts in public/_locales/{fr,en}/messages.json (checked by tests/unit/store/ and
    // scripts/check-packages.mjs); the pages have their own dictionaries and language setting.
    default_locale: 'fr',
    name: mode === 'e2e' ? 'Compagnon Apps Édu (e2e)' : '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      // Settings, profile and remembered hosts, kept on this computer only.
      'storage',
      // "Partager avec ce collègue (Nextcloud)" on mailto: links and selected text (issue 4).
      'contextMenus',
      // Put the share IDs on the clipboard from the background, after a context-menu click.
      'clipboardWrite',
      // Say what was copied (or why nothing was): works in both browsers, on any page, no page access.
      'notifications',
      // Chrome's MV3 service worker has no clipboard: a short-lived offscreen document writes it.
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Daily refresh of the offline FAQ from its source (issue 6), even when no page is open.
      'alarms',
      // Rescue of dead 2020 links (issue 18): one redirect rule for main frames of *.beta.education.fr
      // only; "WithHostAccess": it acts only where host_permissions allow, and adds no install warning.
      'declarativeNetRequestWithHostAccess',
      // The sign-in warning's UI, injected by the background into a sign-in or desk page's frame only
      // when that page needs it (issue 16): the content script on those hosts stays a small bootstrap,
      // and no file is web-accessible to pages. Acts only within the host permissions below; no
      // install warning. Firefox MV2 has it since 102.
      'scripting',
    ],
    // Only the hosts the features use (issue 15, item 14); tests/unit/store/permissions.test.ts checks
    // that every content-script match, rescue host and catalogue service lies inside them.
    host_permissions: [
      // Today's platform: La Boîte, Nuage and its nodes, the tubes, CodiMD, Blog, Forge, PodEduc and the
      // sign-in desk: content scripts (« Mon Nuage », my federation ID, the academy-desk warning) and
      // focusing a tab already open on a service (tabs.query({ url }) without the `tabs` permission).
      'https://*.apps.education.fr/*',
      // The 2020 platform: its sign-in warning, and the rescue of its dead links (redirect rule).
      'https://*.beta.education.fr/*',
      // The staff visio: focusing its tab when it is already open.
      'https://visio-agents.education.fr/*',
    ],
    // The rescue page is the redirect's target (issue 18). Chrome checks `matches` against the page
    // whose link was clicked (an ENT, a Moodle…), not the dead host: limited to *.beta.education.fr,
    // a clicked link was blocked (ERR_BLOCKED_BY_CLIENT, seen in the e2e test). So: every site, but
    // at an address that changes each session (`use_dynamic_url`), which no site can guess to probe
    // for the extension. Firefox MV2 lists the file alone (WXT); its moz-extension UUID is per install.
    web_accessible_resources: [
      { resources: ['rescue.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    commands: {
      // Opens the popup from the keyboard (RGAA 7.3; users of comparable extensions ask for it).
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        description: '__MSG_commandOpenPopup__',
        suggested_key: { default: 'Alt+Shift+A' },
      },
    },
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
      : {
          key: CHROME_PUBLIC_KEY,
          // 123: first Chrome with CSS light-dark(), which defines each colour of both themes once.
          minimum_chrome_version: '123',
          // Administrator pre-configuration (enterprise policy): Chromium delivers managed values only
          // with a schema. Firefox does not read it (it validates nothing: lib/settings/policy.ts does).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    // The popup in a build of its own (see popupOnePage): it shares no chunk with the other pages.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((entry) => entry.type === 'popup');
        if (popup === -1) continue;
        groups.splice(i + 1, 0, group.splice(popup, 1));
        return;
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // WXT takes the action's title from the popup's <title>, which the page needs as is.
      const action = manifest.manifest_version === 2 ? manifest.browser_action : manifest.action;
      if (action) action.default_title = ACTION_TITLE;
      // The sign-in warning's hosts, computed here once rather than in the script on every page.
      const signIn = manifest.content_scripts?.filter((cs) => cs.matches?.includes(SIGNIN_MATCHES_MARKER));
      if (signIn?.length !== 1) throw new Error('The sign-in content script (matches marker) is missing.');
      signIn[0]!.matches = signInMatchPatterns();
      if (wxt.config.mode !== 'e2e') return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
        // include_globs narrow `matches`: the local pages must pass them too (globs span the port).
        if (cs.include_globs) cs.include_globs = [...cs.include_globs, ...E2E_GLOBS];
      }
      // The background fetches the FAQ from the tests' local server (no CORS headers there).
      if (manifest.manifest_version === 2)
        manifest.permissions = [...(manifest.permissions ?? []), ...E2E_MATCHES];
      else manifest.host_permissions = [...(manifest.host_permissions ?? []), ...E2E_MATCHES];
    },
    // Chrome's offscreen clipboard page (issue 4), copied as is: see entrypoints/offscreen/index.ts.
    'build:publicAssets': (wxt, files) => {
      // The privacy policy, readable offline from the options' « À propos ».
      files.push({
        contents: textPage(
          'Compagnon Apps Édu — confidentialité / privacy',
          readFileSync(resolve(wxt.config.root, 'PRIVACY.md'), 'utf8'),
        ),
        relativeDest: 'privacy.html',
      });
      // What's new, for « À propos » (same treatment as the privacy policy).
      files.push({
        contents: textPage(
          'Compagnon Apps Édu — nouveautés / changelog',
          readFileSync(resolve(wxt.config.root, 'CHANGELOG.md'), 'utf8'),
        ),
        relativeDest: 'changelog.html',
      });
      files.push({ contents: packagedFaqJson(wxt.config.root), relativeDest: 'faq-bundled.json' });
      if (wxt.config.browser === 'firefox') return;
      files.push({
        absoluteSrc: resolve(wxt.config.entrypointsDir, 'offscreen/offscreen.html'),
        relativeDest: 'offscreen.html',
      });
    },
    // Store packages: byte-identical from one build to the next (scripts/repro-check.mjs), and the
    // Chrome one without `key` (scripts/check-packages.mjs).
    'zip:extension:done': (wxt, zipPath) =>
      rewriteZip(zipPath, wxt.config.browser === 'firefox' ? undefined : stripManifestKey),
    'zip:sources:done': (_wxt, zipPath) => rewriteZip(zipPath),
  },
});
