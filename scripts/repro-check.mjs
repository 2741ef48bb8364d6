// Reproducible packages (issue 17): builds the store zips twice from this checkout, into two fresh
// output folders (WXT_OUT_DIR, read by wxt.config.ts), and compares their SHA-256. On a difference it
// names the entries that differ.
//   node scripts/repro-check.mjs [--keep]
// Also usable to compare a rebuilt package with a published one: scripts/compare-packages.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffZips } from './compare-packages.mjs';

const keep = process.argv.includes('--keep');
const dirs = ['.output-repro-1', '.output-repro-2'].map((d) => resolve(d));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

const started = Date.now();
const timings = [];
for (const dir of dirs) {
  rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  // The same commands as `npm run zip`, with the output elsewhere.
  for (const browserArgs of [[], ['-b', 'firefox']]) {
    try {
      execFileSync('npx', ['wxt', 'zip', ...browserArgs], {
        stdio: 'pipe',
        env: { ...process.env, WXT_OUT_DIR: dir, NODE_ENV: 'production' },
      });
    } catch (error) {
      console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw error;
    }
  }
  timings.push(Date.now() - t0);
}

const zipsOf = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
const [a, b] = dirs.map(zipsOf);
let failed = JSON.stringify(a) !== JSON.stringify(b) || a.length !== 3;
if (failed) console.error(`Not the same packages: ${a.join(', ')} / ${b.join(', ')}`);
for (const name of a.filter((n) => b.includes(n))) {
  const [ha, hb] = dirs.map((d) => sha256(join(d, name)));
  console.log(`${ha === hb ? '=' : '≠'} ${ha}  ${name}`);
  if (ha !== hb) {
    failed = true;
    for (const line of await diffZips(join(dirs[0], name), join(dirs[1], name))) console.error(`    ${line}`);
  }
}
console.log(
  `Two builds in ${timings.map((t) => `${(t / 1000).toFixed(1)} s`).join(' + ')} ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s in all): ${failed ? 'NOT reproducible' : 'byte-identical'}`,
);
if (!keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
if (failed) process.exit(1);
