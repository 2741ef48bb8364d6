/**
 * `npm run bench`: builds the release flavour, then measures side by side, in one run, and prints a
 * table; the same figures go to bench-results/bench.json. Times are reported, never asserted
 * (budgets on times are targets to read here; size budgets are checked by `npm run check`).
 *
 *   - popup and options ready time in headless Chromium vs a blank extension page (median, p95);
 *   - sizes per entrypoint, raw and gzip (scripts/sizes.mjs);
 *   - FAQ search: index build + query latency, bundled FAQ and a 1,000-entry synthetic corpus,
 *     against Fuse.js on the same corpus;
 *   - FAQ worst cases (issue 15, item 3): hostile but valid inputs, each with its budget;
 *   - share IDs: parseAddresses + buildShareId over 10,000 addresses;
 *   - content script: time added to a sign-up page's load (with and without the extension).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { ensureBrowsers } from '@/tests/e2e/browsers';
import { bundledFaq, buildShareId, createFaqIndex, entryText, parseAddresses, academies } from '@/lib';
import { parseFaqHtml } from '@/lib/faq/html';
import { parseHtmlForTests } from '@/tests/unit/faq/html-parser';
import { MAX_ANSWER_CHARS } from '@/lib/faq/schema';
import type { FaqEntry } from '@/lib';
import { SETTINGS_KEY, defaultSettings } from '@/lib/settings/settings';

const OUT = resolve('bench-results');
const BUILD_DIR = resolve('.output-bench');
const EXT_DIR = join(BUILD_DIR, 'chrome-mv3-bench');
const OPENS = Number(process.env.BENCH_OPENS ?? 25);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}
const stats = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95), n: xs.length });
const ms = (x: number, digits = 1) => `${x.toFixed(digits)} ms`;

function build(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: BUILD_DIR },
  });
  // The release build, plus one blank extension page to compare against (added to the copy only).
  cpSync(join(BUILD_DIR, 'chrome-mv3'), EXT_DIR, { recursive: true });
  writeFileSync(
    join(EXT_DIR, 'blank.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>blank</title></head>' +
      '<body><p data-testid="ready">blank</p></body></html>',
  );
}

function launchOptions(executablePath: string, withExtension: boolean) {
  return {
    executablePath,
    headless: true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

async function extensionId(context: BrowserContext): Promise<string> {
  const sw =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(sw.url()).host;
}

/** Navigation start → selector visible, measured from Node, one new tab per open. */
async function timeOpen(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page: Page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible' });
  const t = performance.now() - t0;
  await page.close();
  return t;
}

async function benchPages(executablePath: string) {
  const context = await chromium.launchPersistentContext('', launchOptions(executablePath, true));
  try {
    const id = await extensionId(context);
    const sw = context.serviceWorkers()[0]!;
    // A configured profile, as after first run: the popup shows the Grenoble catalogue.
    const settings = { ...defaultSettings, profile: { address: 'jean.dupont@ac-grenoble.fr' } };
    await sw.evaluate(
      ([key, value]) =>
        (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.local.set({ [key]: value }),
      [SETTINGS_KEY, settings] as const,
    );
    const base = `chrome-extension://${id}/`;
    const cases = [
      { name: 'blank', url: `${base}blank.html`, selector: '[data-testid="ready"]' },
      { name: 'popup', url: `${base}popup.html`, selector: '[data-testid="catalogue"] a' },
      { name: 'options', url: `${base}options.html`, selector: '[data-testid="profile-address"]' },
    ];
    // Warm-up (first open compiles and caches), then interleaved rounds so drift hits every case.
    for (const c of cases) await timeOpen(context, c.url, c.selector);
    const times: Record<string, number[]> = Object.fromEntries(cases.map((c) => [c.name, []]));
    for (let i = 0; i < OPENS; i++) {
      for (const c of cases) times[c.name]!.push(await timeOpen(context, c.url, c.selector));
    }
    const blank = stats(times.blank!);
    const popup = stats(times.popup!);
    const options = stats(times.options!);
    return {
      blank,
      popup,
      options,
      popupRatio: popup.median / blank.median,
      optionsRatio: options.median / blank.median,
    };
  } finally {
    await context.close();
  }
}

const SIGNUP_PAGE =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Créer un compte</title></head><body>' +
  '<h1>Créer un compte</h1><form><label>Courriel <input type="email" name="email" ' +
  'value="jean.dupont@ac-creteil.fr"></label><button>Valider</button></form></body></html>';

async function benchContentScript(executablePath: string) {
  const instanceUrl = 'https://apps-versailles.beta.education.fr/register';
  // Same page on a host the content script does not match: the extension's presence without the script.
  const controlUrl = 'https://not-an-instance.example/register';
  const measure = async (withExtension: boolean, urls: string[]) => {
    const context = await chromium.launchPersistentContext('', launchOptions(executablePath, withExtension));
    try {
      if (withExtension) await extensionId(context);
      await context.route(
        /^https:\/\/(apps-versailles\.beta\.education\.fr|not-an-instance\.example)\//,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SIGNUP_PAGE }),
      );
      const loads: Record<string, number[]> = Object.fromEntries(urls.map((u) => [u, []]));
      for (let i = 0; i < OPENS + 1; i++) {
        for (const url of urls) {
          const page = await context.newPage();
          const t0 = performance.now();
          await page.goto(url, { waitUntil: 'load' });
          const t = performance.now() - t0;
          if (i > 0) loads[url]!.push(t); // the first round warms up
          await page.close();
        }
      }
      return Object.fromEntries(Object.entries(loads).map(([u, xs]) => [u, stats(xs)]));
    } finally {
      await context.close();
    }
  };
  const without = (await measure(false, [instanceUrl]))[instanceUrl]!;
  const withExt = await measure(true, [instanceUrl, controlUrl]);
  const instance = withExt[instanceUrl]!;
  const control = withExt[controlUrl]!;
  return {
    without,
    with: instance,
    withOnOtherHost: control,
    addedMedian: instance.median - without.median,
    scriptMedian: instance.median - control.median,
  };
}

/** 1,000 entries made from the bundled FAQ: each entry recombined with another's answer. */
function syntheticCorpus(entries: FaqEntry[], size = 1000): FaqEntry[] {
  const out: FaqEntry[] = [];
  for (let i = 0; out.length < size; i++) {
    const a = entries[i % entries.length]!;
    const b = entries[(i * 7 + 3) % entries.length]!;
    out.push({ ...a, id: `${a.id}-${i}`, answer: [...a.answer, ...b.answer] });
  }
  return out;
}

const QUERIES = [
  'mot de passe',
  'élèves',
  'quota',
  'partager avec un collègue',
  'données perdues',
  'créer un compte',
  'courriel de validation',
  'hebergement',
  'nextclou',
  'visio',
  'acad',
  'peertube vidéo',
];

function benchSearch(corpus: FaqEntry[]) {
  const t0 = performance.now();
  const index = createFaqIndex(corpus);
  const buildMs = performance.now() - t0;

  const docs = corpus.map((e) => ({ id: e.id, question: e.question, text: entryText(e) }));
  const f0 = performance.now();
  const fuse = new Fuse(docs, { keys: ['question', 'text'], ignoreLocation: true, threshold: 0.4 });
  const fuseBuildMs = performance.now() - f0;

  const time = (fn: (q: string) => unknown) => {
    for (const q of QUERIES) fn(q); // warm-up
    const xs: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const q of QUERIES) {
        const s = performance.now();
        fn(q);
        xs.push(performance.now() - s);
      }
    }
    return stats(xs);
  };
  const ours = time((q) => index.search(q, { limit: 10 }));
  const fuseQ = time((q) => fuse.search(q, { limit: 10 }));
  return {
    entries: corpus.length,
    buildMs,
    fuseBuildMs,
    query: ours,
    fuseQuery: fuseQ,
    speedup: fuseQ.p95 / ours.p95,
  };
}

/** Budget of every worst-case row (issue 15: « under 50 ms on the machine that runs the benchmark »). */
const WORST_CASE_BUDGET_MS = 50;

/** Best of `runs` timings of `fn`, in ms (one hostile input: the best run is the algorithm's cost). */
function bestOf(fn: () => unknown, runs = 5): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/**
 * FAQ inputs that pass every size check but used to be super-linear: a run of spaces as long as an
 * answer may be (index build, at every tab opening), 16 answers of the maximum size repeating the query
 * word (0.8 MB: the snippet window), and a 1.9 MB HTML page whose list item holds 90,000 nested lists.
 */
function benchFaqWorstCases() {
  const one = (id: string, text: string): FaqEntry => ({
    id,
    question: `Question ${id} ?`,
    section: 'S',
    answer: Array.from({ length: Math.ceil(text.length / 20_000) }, (_, i) => ({
      type: 'p' as const,
      content: [{ text: text.slice(i * 20_000, (i + 1) * 20_000) }],
    })),
  });
  const spaces = [one('spaces', `a${' '.repeat(MAX_ANSWER_CHARS - 2)}b`)];
  const spacesBuild = bestOf(() => createFaqIndex(spaces));

  const word = 'quota ';
  const repeated = Array.from({ length: 16 }, (_, i) =>
    one(`e${i}`, word.repeat(Math.floor(MAX_ANSWER_CHARS / word.length))),
  );
  const index = createFaqIndex(repeated);
  const firstQuery = bestOf(() => createFaqIndex(repeated).search('quota'), 3);
  index.search('quota');
  const query = bestOf(() => index.search('quota'));

  const item = '<ul><li>x</li></ul>y';
  const page = `<details><summary>Q ?</summary><ul><li>${item.repeat(90_000)}</li></ul></details>`;
  const parse = bestOf(() => parseFaqHtml(page, 'https://apps.education.fr/faq', parseHtmlForTests), 3);
  return {
    budgetMs: WORST_CASE_BUDGET_MS,
    spacesBuild: { chars: MAX_ANSWER_CHARS, ms: spacesBuild },
    snippetQuery: { bytes: repeated.length * MAX_ANSWER_CHARS, ms: query, withIndexBuildMs: firstQuery },
    htmlListParse: { bytes: page.length, ms: parse },
  };
}

function printWorstCases(
  worst: ReturnType<typeof benchFaqWorstCases>,
  row: (l: string, v: string, t?: string) => void,
) {
  const budget = `budget ≤ ${worst.budgetMs} ms`;
  row(
    `FAQ worst: index build, ${worst.spacesBuild.chars.toLocaleString('en')} spaces`,
    ms(worst.spacesBuild.ms, 2),
    budget,
  );
  row(
    `FAQ worst: query, ${(worst.snippetQuery.bytes / 1e6).toFixed(1)} MB of matches`,
    ms(worst.snippetQuery.ms, 2),
    budget,
  );
  row('FAQ worst: same, index built for it', ms(worst.snippetQuery.withIndexBuildMs, 1), '');
  row(
    `FAQ worst: HTML parse, ${(worst.htmlListParse.bytes / 1e6).toFixed(1)} MB of nested lists`,
    ms(worst.htmlListParse.ms, 1),
    budget,
  );
}

function benchShareIds(count = 10_000) {
  const domains = academies.flatMap((a) => a.domains);
  const lines: string[] = [];
  for (let i = 0; i < count; i++)
    lines.push(`Prénom${i} Nom <prenom${i}.nom${i}@${domains[i % domains.length]}>`);
  const text = lines.join(', ');
  const t0 = performance.now();
  const addresses = parseAddresses(text);
  let ok = 0;
  for (const a of addresses) if (buildShareId(a).ok) ok++;
  const total = performance.now() - t0;
  return { addresses: addresses.length, ok, totalMs: total, perAddressUs: (total / addresses.length) * 1000 };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  // `npm run bench -- --search-only`: the FAQ search figures alone, without browsers (a quick loop).
  if (process.argv.includes('--search-only')) {
    const figures = {
      bundled: benchSearch(bundledFaq),
      synthetic1000: benchSearch(syntheticCorpus(bundledFaq)),
      worstCases: benchFaqWorstCases(),
    };
    console.log(JSON.stringify(figures, null, 1));
    console.log('');
    printWorstCases(figures.worstCases, (label, value, target = '') =>
      console.log(`${label.padEnd(52)}${value.padStart(14)}  ${target}`),
    );
    return;
  }
  const { chromium: chromiumPath } = ensureBrowsers();
  console.log('Building the release flavour…');
  build();

  const sizesFile = join(OUT, 'sizes.json');
  execFileSync('node', ['scripts/sizes.mjs', '--dir', join(BUILD_DIR, 'chrome-mv3'), '--json', sizesFile], {
    stdio: 'inherit',
  });
  const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));

  const searchBundled = benchSearch(bundledFaq);
  const search1000 = benchSearch(syntheticCorpus(bundledFaq));
  const worstCases = benchFaqWorstCases();
  const share = benchShareIds();
  console.log('Measuring pages in Chromium…');
  const pages = await benchPages(chromiumPath);
  const content = await benchContentScript(chromiumPath);

  const machine = {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
    chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim(),
  };
  const result = {
    machine,
    pages,
    sizes: sizes.rows,
    search: { bundled: searchBundled, synthetic1000: search1000, worstCases },
    share,
    content,
  };
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(result, null, 2));

  // The same rows on the console and as a Markdown table for the README (bench-results/bench.md).
  const machineLine = `${machine.cpus}, ${machine.memoryGiB} GiB, load ${machine.loadavg.join(' ')}, ${machine.chromium}, Node ${machine.node}, ${machine.date.slice(0, 10)}`;
  const markdown = [`Machine: ${machineLine}.`, '', '| measure | value | target |', '|---|---:|---|'];
  const row = (label: string, value: string, target = '') => {
    console.log(`${label.padEnd(44)}${value.padStart(22)}  ${target}`);
    markdown.push(`| ${label} | ${value} | ${target} |`);
  };
  console.log(`\nMachine: ${machineLine}`);
  row('Blank extension page (median / p95)', `${ms(pages.blank.median)} / ${ms(pages.blank.p95)}`);
  row('Popup ready (median / p95)', `${ms(pages.popup.median)} / ${ms(pages.popup.p95)}`);
  row('Popup / blank (median)', `${pages.popupRatio.toFixed(2)} ×`, 'target ≤ 1.5 ×');
  row('Options ready (median / p95)', `${ms(pages.options.median)} / ${ms(pages.options.p95)}`);
  row('Options / blank (median)', `${pages.optionsRatio.toFixed(2)} ×`);
  for (const r of sizes.rows as { name: string; raw: number; gzip: number }[]) {
    const budget = { popup: 'budget ≤ 30 KiB gzip', 'content script': 'budget ≤ 12 KiB gzip' }[r.name] ?? '';
    row(
      `Size ${r.name} (raw / gzip)`,
      `${(r.raw / 1024).toFixed(1)} / ${(r.gzip / 1024).toFixed(1)} KiB`,
      budget,
    );
  }
  for (const [label, s] of [
    ['bundled FAQ', searchBundled],
    ['1,000 entries', search1000],
  ] as const) {
    row(`FAQ index build, ${label} (${s.entries})`, `${ms(s.buildMs)} (Fuse ${ms(s.fuseBuildMs)})`);
    row(
      `FAQ query, ${label} (median / p95)`,
      `${ms(s.query.median, 3)} / ${ms(s.query.p95, 3)}`,
      label === '1,000 entries' ? 'target p95 ≤ 2 ms' : '',
    );
    row(`Fuse.js query, ${label} (median / p95)`, `${ms(s.fuseQuery.median, 3)} / ${ms(s.fuseQuery.p95, 3)}`);
    row(
      `Speed-up vs Fuse.js (p95), ${label}`,
      `${s.speedup.toFixed(1)} ×`,
      label === '1,000 entries' ? 'target ≥ 10 ×' : '',
    );
  }
  printWorstCases(worstCases, row);
  row(`Share IDs (${share.addresses} addresses)`, `${share.perAddressUs.toFixed(2)} µs / address`);
  row(
    'Sign-up page load without / with extension',
    `${ms(content.without.median)} / ${ms(content.with.median)}`,
  );
  row('Same page on a host it does not match', ms(content.withOnOtherHost.median));
  row('Added by the extension (median)', ms(content.addedMedian));
  row('Of which the content script (median)', ms(content.scriptMedian));
  writeFileSync(join(OUT, 'bench.md'), `${markdown.join('\n')}\n`);
  console.log(`\nWritten to bench-results/bench.json and bench-results/bench.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
