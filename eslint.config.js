// One lint set-up for the whole repo (`npm run lint`, part of `npm run check`).
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/** One reader of the settings in force (lib/settings/reader.ts): the user's raw settings stay inside lib/settings/. */
const oneSettingsReader = {
  group: ['**/settings/settings', '@/lib/settings/settings', './settings'],
  importNames: ['readUserSettings'],
  message:
    'Read the settings in force with readSettingsInForce (lib/settings/reader.ts): it applies the policy.',
};
/** One import style: relative inside a top-level folder, `@/` across folders. */
const oneImportStyle = { group: ['../../*'], message: 'Across top-level folders, import with the @/ alias.' };

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.*.mjs',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Page and remote data must never reach innerHTML, outerHTML, insertAdjacentHTML, document.write.
  noUnsanitized.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['entrypoints/background/**', 'entrypoints/offscreen/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [oneSettingsReader, oneImportStyle] }] },
  },
  {
    // The background and offscreen pages draw nothing: no views, no view strings.
    files: ['entrypoints/background/**/*.ts', 'entrypoints/offscreen/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            oneSettingsReader,
            oneImportStyle,
            { group: ['@/components/*', '**/components/*'], message: 'No components/ in the background.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [oneImportStyle] }] },
  },
  {
    // lib/ is pure: no extension APIs, no WXT imports (it must run in plain Node). So are the words
    // (locales/), which the background and the popup both import.
    files: ['lib/**/*.ts', 'locales/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ is framework-free: no WXT imports.' },
            {
              group: ['webextension-polyfill', '@/entrypoints/*', '@/components/*'],
              message: 'lib/ is pure.',
            },
            { ...oneSettingsReader, group: ['../settings/settings'] },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ takes its environment as arguments.' },
        { name: 'chrome', message: 'lib/ takes its environment as arguments.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
