// `npm run check`: no import cycle in lib/, locales/, components/ or entrypoints/ (issue 10), with madge.
// Fails too when an import cannot be resolved: an unresolved file would hide its cycles.
import madge from 'madge';

const result = await madge(['lib', 'locales', 'components', 'entrypoints'], {
  fileExtensions: ['ts', 'tsx'],
  // The `@/` alias of WXT's generated tsconfig, spelled out: madge does not follow `extends`.
  tsConfig: { compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, jsx: 'react-jsx' } },
  detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
});
const cycles = result.circular();
const skipped = result
  .warnings()
  .skipped.filter((file) => !/^(preact|wxt|zod|idb|minisearch|htmlparser2|webextension-polyfill)/.test(file));
const files = Object.keys(result.obj()).length;
if (skipped.length > 0) console.error(`Unresolved imports:\n  ${skipped.join('\n  ')}`);
if (cycles.length > 0) console.error(`Import cycles:\n  ${cycles.map((c) => c.join(' → ')).join('\n  ')}`);
if (skipped.length > 0 || cycles.length > 0) process.exit(1);
console.log(`No import cycle in ${files} files.`);
