// `web-ext lint` of the Firefox build (offline): 0 errors, and no warning from our own code.
// Firefox for Android too: the same package runs there, and addons-linter checks every manifest key,
// permission and API against Firefox for Android's minimum version (gecko_android.strict_min_version)
// — it reports those as warnings or *notices*, so any Android message at any level fails here.
// The one accepted warning is Preact's own `dangerouslySetInnerHTML` code path (an innerHTML
// assignment inside the Preact runtime), which every Preact build carries; our code is kept free of
// innerHTML by ESLint's no-unsanitized rules.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(process.env.WXT_OUT_DIR ?? '.output', process.argv[2] ?? 'firefox-mv2');
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`${dir} is not built: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

// Without it addons-linter falls back on the desktop minimum and the Android checks say less.
const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
const androidMin = manifest.browser_specific_settings?.gecko_android?.strict_min_version;
if (!androidMin) {
  console.error(`${dir}: no browser_specific_settings.gecko_android.strict_min_version`);
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
const isAndroid = (m) => /ANDROID/.test(m.code ?? '') || /Firefox for Android/i.test(m.message ?? '');
const android = [...errors, ...warnings, ...(report.notices ?? [])].filter(isAndroid);
const show = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

console.log(
  `web-ext lint ${dir}: ${errors.length} errors, ${warnings.length} warnings, ${report.notices?.length ?? 0} notices`,
);
console.log(`Firefox for Android ${androidMin}+: ${android.length} Android compatibility messages`);
for (const w of warnings.filter(isPreactInnerHtml)) console.log(`accepted (Preact runtime):\n${show(w)}`);
if (errors.length || ours.length || android.length) {
  for (const m of new Set([...errors, ...ours, ...android])) console.error(show(m));
  process.exit(1);
}
