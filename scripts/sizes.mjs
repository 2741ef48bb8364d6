// Sizes of the Chrome build per entrypoint, raw and gzip, with the budgets of issues 7 and 16.
//   node scripts/sizes.mjs [--check] [--json file] [--dir .output/chrome-mv3]
// An HTML page's initial cost = its CSS (files and inline <style>) + the JS reachable by static imports
// from its module scripts; chunks reached only through dynamic import() are listed apart as lazy.
// Units: KB = 1,000 bytes, the unit of issue 16's targets, everywhere (gzip -9).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(flag('--dir') ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'));
const check = args.includes('--check');
const KB = 1000;

/**
 * Budgets in gzip bytes (KB = 1,000 bytes), checked by `npm run check`: the measured sizes plus a
 * little room, so a regression fails the build. TARGETS are issue 16's; printed beside them.
 */
export const BUDGETS = {
  // JS + inline CSS (23.6 KB measured with the popup's own preload helper); the target is not reached.
  popup: 24.5 * KB,
  // Issue 16's target, reached, without zod (see ZOD_FREE below).
  background: 30 * KB,
  // Issue 16's target, reached: the bootstrap with webextension-polyfill (the UI is injected apart).
  'content script': 8 * KB,
  'nuage script': 5 * KB,
  'sign-in UI': 15.5 * KB,
};
export const TARGETS = { popup: 20 * KB, background: 30 * KB, 'content script': 8 * KB };

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`${dir} is not built: run \`npm run build:chrome\` first.`);
  process.exit(1);
}

const size = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

/** Static and dynamic imports of an ES module chunk, resolved to absolute paths. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const base = dirname(file);
  const staticImports = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) =>
    resolve(base, m[1]),
  );
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) =>
    resolve(base, m[1]),
  );
  return { staticImports, dynamicImports };
}

function closure(entries) {
  const initial = new Set();
  const lazy = new Set();
  const visit = (file, set) => {
    if (set.has(file) || !existsSync(file)) return;
    set.add(file);
    const { staticImports, dynamicImports } = importsOf(file);
    for (const f of staticImports) visit(f, set);
    for (const f of dynamicImports) visit(f, lazy);
  };
  for (const e of entries) visit(e, initial);
  for (const f of initial) lazy.delete(f);
  return { initial: [...initial], lazy: [...lazy] };
}

function pageEntries(html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    join(dir, m[1].replace(/^\//, '')),
  );
  const inline = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  return {
    js: refs.filter((r) => r.endsWith('.js')),
    css: refs.filter((r) => r.endsWith('.css')),
    inline,
  };
}

function measure(name, jsEntries, css = [], inlineCss = '') {
  const { initial, lazy } = closure(jsEntries);
  const inline = inlineCss
    ? [{ raw: Buffer.byteLength(inlineCss), gzip: gzipSync(inlineCss, { level: 9 }).length }]
    : [];
  const sum = (parts) =>
    parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return {
    name,
    files: [...initial, ...css].map((f) => relative(dir, f)).concat(inlineCss ? ['(inline <style>)'] : []),
    ...sum([...initial, ...css].map(size).concat(inline)),
    lazy: lazy.map((f) => ({ file: relative(dir, f), ...size(f) })),
  };
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const rows = [];
for (const [name, html] of [
  ['popup', 'popup.html'],
  ['options', 'options.html'],
  // Chrome's offscreen document (clipboard, the FAQ's HTML pages): loaded when a task needs it.
  ['offscreen', 'offscreen.html'],
]) {
  if (!existsSync(join(dir, html))) continue;
  const { js, css, inline } = pageEntries(html);
  rows.push(measure(name, js, css, inline));
}
if (manifest.background?.service_worker)
  rows.push(measure('background', [join(dir, manifest.background.service_worker)]));
// The sign-in warning keeps its historical name ("content script", read by the benchmark); the
// « Mon Nuage » script (content-scripts/platform.js) has its own, much smaller budget.
for (const cs of manifest.content_scripts ?? []) {
  const nuage = cs.js.some((f) => f.endsWith('content-scripts/platform.js'));
  rows.push(
    measure(
      nuage ? 'nuage script' : 'content script',
      cs.js.map((f) => join(dir, f)),
      (cs.css ?? []).map((f) => join(dir, f)),
    ),
  );
}

// The sign-in warning's UI (entrypoints/signin-ui.ts): in no manifest list, the background injects it
// into the pages that need it (issue 16).
if (existsSync(join(dir, 'signin-ui.js'))) rows.push(measure('sign-in UI', [join(dir, 'signin-ui.js')]));

/**
 * Entrypoints that must carry no zod (issue 16: the worker's start-up; the schemas' plain twins,
 * property-tested against them, do the work there). `_zod` is the property every zod schema has.
 */
const ZOD_FREE = ['background', 'offscreen'];
const zodIn = (r) =>
  r.files.filter((f) => f.endsWith('.js') && /\b_zod\b/.test(readFileSync(join(dir, f), 'utf8')));

const fmt = (n) => (n / KB).toFixed(2).padStart(8);
console.log(`Sizes of ${relative(process.cwd(), dir)} (KB = 1,000 bytes; gzip -9)`);
console.log(`${'entrypoint'.padEnd(16)}${'raw'.padStart(8)}${'gzip'.padStart(8)}  budget`);
let failed = false;
for (const r of rows) {
  const budget = BUDGETS[r.name];
  const limit = budget === undefined ? '' : +(budget / KB).toFixed(2);
  const target = TARGETS[r.name];
  const verdict =
    (budget === undefined ? '' : r.gzip <= budget ? `≤ ${limit} ok` : `> ${limit} OVER`) +
    (target === undefined ? '' : `  (target ${target / KB}: ${r.gzip <= target ? 'met' : 'not met'})`);
  if (budget !== undefined && r.gzip > budget) failed = true;
  const zod = ZOD_FREE.includes(r.name) ? zodIn(r) : [];
  if (zod.length > 0) failed = true;
  console.log(
    `${r.name.padEnd(16)}${fmt(r.raw)}${fmt(r.gzip)}  ${verdict}${zod.length ? `  ZOD in ${zod.join(', ')}` : ''}`,
  );
  for (const l of r.lazy) console.log(`  lazy ${l.file.padEnd(40)}${fmt(l.raw)}${fmt(l.gzip)}`);
}
const out = flag('--json');
if (out)
  writeFileSync(
    out,
    JSON.stringify({ dir: relative(process.cwd(), dir), budgets: BUDGETS, targets: TARGETS, rows }, null, 2),
  );
if (check && failed) {
  console.error('A size budget is exceeded, or zod is in an entrypoint that must not carry it (see above).');
  process.exit(1);
}
