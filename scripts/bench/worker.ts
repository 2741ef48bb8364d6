/**
 * The service worker's rows of `npm run bench` (issue 16), called from scripts/bench.ts
 * (`BENCH_ONLY=worker` runs them alone):
 *
 *   - cold start → a handled message: the worker stopped (CDP `ServiceWorker.stopAllWorkers`), then
 *     `signin:get-state` sent from the sign-in content script's own world (CDP `Runtime.evaluate` in
 *     its isolated context) on an instance page, until the answer arrives: the browser starts the
 *     worker, evaluates background.js, runs its start-up wiring, routes the message and reads the
 *     settings. Against a minimal worker (a copy of the build whose background.js is one onMessage
 *     handler answering at once), loaded in the same browser run, timed the same way, interleaved.
 *   - context-menu click → clipboard, worker running: the e2e build's hook calls the handler the
 *     menu's onClicked listener calls (handleShareClick) with a selection, timed in the worker: the
 *     settings in force, the IDs, the copy through the offscreen document (kept open), the history
 *     write and the notification. Not included: the browser's menu and the event's dispatch to the
 *     worker (no extension API can click a menu item).
 *
 * BENCH_WORKER_SKIP_E2E_BUILD=1 reuses an e2e build already in the build directory (a quicker loop).
 */
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchOptions, median, stats } from './common';

// The academy desk of today's platform (a page the sign-in warning runs on; no rescue rule there).
const SIGNIN_PAGE = 'https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth';
const PAGE =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion</title></head>' +
  '<body><form><label>Courriel <input type="email" name="email"></label></form></body></html>';

/** The minimal worker: a copy of the release build whose worker only answers, under another id. */
function minimalCopy(release: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(release, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  delete manifest.key; // another extension id beside the real one
  manifest.name = 'minimal worker';
  writeFileSync(manifestFile, JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'background.js'),
    'chrome.runtime.onMessage.addListener((message, sender, sendResponse) => { sendResponse({}); });\n',
  );
}

async function workerIds(context: BrowserContext, count: number): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  while (context.serviceWorkers().length < count && Date.now() < deadline)
    await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
  return context.serviceWorkers().map((sw) => new URL(sw.url()).host);
}

/** The content scripts' isolated worlds of a page, by extension id (CDP execution contexts). */
async function isolatedWorlds(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const origin = String(context.origin ?? '');
    const ours = !String(context.name ?? '').startsWith('__playwright');
    if (ours && origin.startsWith('chrome-extension://') && context.auxData?.type === 'isolated')
      worlds.set(new URL(origin).host, context.id);
  });
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

async function benchColdStart(executablePath: string, release: string, minimal: string, rounds: number) {
  const context = await chromium.launchPersistentContext(
    '',
    launchOptions(executablePath, [release, minimal]),
  );
  try {
    const ids = await workerIds(context, 2);
    // The welcome page the real extension opens at install would keep its process alive, which the
    // minimal one's is not: both are measured with no page of theirs open, as after an idle stop.
    await context
      .waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html'), timeout: 5_000 })
      .catch(() => undefined);
    for (const p of context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    const realId = 'lajkedahicaecflaofdgokgbfjjldmcc';
    const minimalId = ids.find((id) => id !== realId);
    if (!ids.includes(realId) || !minimalId) throw new Error(`two workers expected, got ${ids.join(', ')}`);
    await context.route(/^https:\/\/auth\.apps\.education\.fr\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    const page = await context.newPage();
    const { cdp, worlds } = await isolatedWorlds(page);
    await page.goto(SIGNIN_PAGE, { waitUntil: 'load' });
    const deadline = Date.now() + 10_000;
    while ((!worlds.has(realId) || !worlds.has(minimalId)) && Date.now() < deadline)
      await page.waitForTimeout(50);
    if (!worlds.has(realId) || !worlds.has(minimalId))
      throw new Error(`content scripts not found: ${[...worlds.keys()].join(', ')}`);
    // The page's own start-up (the bootstrap's question, the sign-in UI injected and its first read)
    // settles before the first stop, so that no message of the page's lands inside a measured start.
    await page.waitForTimeout(1500);

    // Workers are stopped through the browser's own service-worker bookkeeping, then confirmed stopped.
    const running = new Map<string, string>();
    const starts = new Map<string, number>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions as { scriptURL: string; runningStatus: string }[]) {
        const id = new URL(v.scriptURL).host;
        if (v.runningStatus === 'starting' && running.get(id) !== 'starting')
          starts.set(id, (starts.get(id) ?? 0) + 1);
        running.set(id, v.runningStatus);
      }
    });
    const waitFor = async (ids: string[], status: string) => {
      const until = Date.now() + 5_000;
      while (ids.some((id) => running.get(id) !== status) && Date.now() < until)
        await page.waitForTimeout(10);
      if (ids.some((id) => running.get(id) !== status)) {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as {
          targetInfos: { type: string; url: string }[];
        };
        const targets = targetInfos.map((t) => `${t.type} ${t.url}`).join('; ');
        throw new Error(`a worker is not ${status}: ${JSON.stringify([...running])}; targets: ${targets}`);
      }
    };
    await cdp.send('ServiceWorker.enable');
    const stopAll = async () => {
      // A worker still busy (a message of the page's in flight) may refuse the first stop: once more.
      for (let attempt = 1; ; attempt++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        try {
          await waitFor([realId, minimalId], 'stopped');
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      await page.waitForTimeout(50); // let the stop settle before the next start
    };
    const send = async (id: string): Promise<number> => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: worlds.get(id)!,
        awaitPromise: true,
        returnByValue: true,
        expression: `(async () => {
          const t = performance.now();
          const answer = await chrome.runtime.sendMessage({ type: 'signin:get-state' });
          if (typeof answer !== 'object' || answer === null) throw new Error('no answer');
          return performance.now() - t;
        })()`,
      });
      if (exceptionDetails) throw new Error(`sendMessage failed: ${JSON.stringify(exceptionDetails)}`);
      return result.value as number;
    };
    const real: number[] = [];
    const min: number[] = [];
    const warm: number[] = [];
    let redone = 0;
    for (let i = 0; i < rounds + 1; i++) {
      // Alternate which one goes first, so drift and caches weigh on both alike.
      for (const id of i % 2 === 0 ? [realId, minimalId] : [minimalId, realId]) {
        // A start that something else also caused (the page's UI asking meanwhile) is not a clean
        // measure: redone, at most a few times, and counted.
        for (let attempt = 1; ; attempt++) {
          await stopAll();
          const before = starts.get(id) ?? 0;
          const t = await send(id);
          // The status the events report must be fresh before the next stop: this worker runs again.
          await waitFor([id], 'running');
          if ((starts.get(id) ?? 0) === before + 1) {
            if (i > 0) (id === realId ? real : min).push(t);
            break;
          }
          if (attempt === 3)
            throw new Error(`the message did not start the worker once: ${id} ${before} → ${starts.get(id)}`);
          redone += 1;
        }
      }
      // The same message to the real worker once it runs: the handler alone.
      if (i > 0) warm.push(await send(realId));
    }
    return {
      real: stats(real),
      minimal: stats(min),
      warm: stats(warm),
      ratio: median(real) / median(min),
      redone,
    };
  } finally {
    await context.close();
  }
}

async function benchMenuCopy(executablePath: string, e2e: string, rounds: number) {
  const context = await chromium.launchPersistentContext('', launchOptions(executablePath, [e2e]));
  try {
    await workerIds(context, 1);
    const sw = context.serviceWorkers()[0]!;
    // No named inner functions: tsx would wrap them in its `__name` helper, unknown in the worker.
    return await sw.evaluate(async (n) => {
      const g = globalThis as unknown as {
        chrome: typeof chrome;
        __compagnonTest: { handleShareClick(info: unknown): Promise<{ copied?: string }> };
      };
      // The 2020 platform: the ID is built from an academy address (the national one needs the book).
      await g.chrome.storage.local.set({
        settingsStorage: { version: 3, platform: 'beta', platformChosen: true, profile: {} },
      });
      const info = { menuItemId: 'compagnon-share-selection', selectionText: 'jean.dupont@ac-grenoble.fr' };
      const times: number[] = [];
      for (let i = 0; i < n + 1; i++) {
        const t = performance.now();
        const result = await g.__compagnonTest.handleShareClick(info);
        if (!result.copied) throw new Error('nothing copied');
        if (i > 0) times.push(performance.now() - t); // the first click opens the offscreen document
      }
      return times;
    }, rounds);
  } finally {
    await context.close();
  }
}

/**
 * Both measures. `buildDir` holds the release build (chrome-mv3, built by scripts/bench.ts); the
 * minimal copy and the e2e build (for its hook) are made beside it.
 */
export async function benchWorker(executablePath: string, buildDir: string, rounds: number) {
  const release = join(buildDir, 'chrome-mv3');
  const minimal = join(buildDir, 'chrome-mv3-minimal-worker');
  minimalCopy(release, minimal);
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_OUT_DIR: buildDir, NODE_ENV: 'production' },
  });
  const coldStart = await benchColdStart(executablePath, release, minimal, rounds);
  const menuCopy = stats(await benchMenuCopy(executablePath, join(buildDir, 'chrome-mv3-e2e'), rounds));
  return { coldStart, menuCopy };
}

export type WorkerBench = Awaited<ReturnType<typeof benchWorker>>;

/** The table's rows. */
export function workerRows(w: WorkerBench, row: (label: string, value: string, target?: string) => void) {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const { coldStart: c, menuCopy: m } = w;
  row('Worker cold start → handled message (median / p95)', `${ms(c.real.median)} / ${ms(c.real.p95)}`);
  row(
    'Minimal worker, same (median / p95)',
    `${ms(c.minimal.median)} / ${ms(c.minimal.p95)}`,
    'same browser run',
  );
  row('Worker cold start / minimal worker (median)', `${c.ratio.toFixed(2)} ×`, 'target ≤ 1.15 ×');
  row('Same message, worker running (median)', ms(c.warm.median));
  row(
    'Menu click → clipboard, worker running (median / p95)',
    `${ms(m.median)} / ${ms(m.p95)}`,
    'target ≤ 20 ms',
  );
}
