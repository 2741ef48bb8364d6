// `web-ext lint` of the Firefox build (offline): 0 errors, and no warning from our own code.
// The one accepted warning is Preact's own `dangerouslySetInnerHTML` code path (an innerHTML
// assignment inside the Preact runtime), which every Preact build carries; our code is kept free of
// innerHTML by ESLint's no-unsanitized rules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(process.env.WXT_OUT_DIR ?? '.output', process.argv[2] ?? 'firefox-mv2');
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`${dir} is not built: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

let raw;
try {
  raw = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
} catch (error) {
  // web-ext exits non-zero when there are errors; its JSON is still on stdout.
  raw = error.stdout;
}
const report = JSON.parse(raw.slice(raw.indexOf('{')));

const isPreactInnerHtml = (w) =>
  w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message) && /^chunks\//.test(w.file ?? '');

const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const ours = warnings.filter((w) => !isPreactInnerHtml(w));
const show = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

console.log(
  `web-ext lint ${dir}: ${errors.length} errors, ${warnings.length} warnings, ${report.notices?.length ?? 0} notices`,
);
for (const w of warnings.filter(isPreactInnerHtml)) console.log(`accepted (Preact runtime):\n${show(w)}`);
if (errors.length || ours.length) {
  for (const m of [...errors, ...ours]) console.error(show(m));
  process.exit(1);
}
