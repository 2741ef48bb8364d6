// What an addons.mozilla.org reviewer does (docs/store/AMO-REVIEWER-NOTES.md), automated: unpack the
// sources zip into an empty folder, `npm ci`, `npm run zip`, and check that the rebuilt Firefox package
// is byte-identical to the one built here. Needs the npm registry (or a warm npm cache) and ~1 minute.
//   node scripts/amo-rebuild-check.mjs [--out .output] [--keep]
// Run by .ci/run after `npm test` (which builds the packages into .output).
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { diffZips } from './compare-packages.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : (process.env.WXT_OUT_DIR ?? '.output'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const base = `${pkg.name}-${pkg.version}`;
const wanted = readFileSync('.nvmrc', 'utf8').trim();
const started = Date.now();

if (process.versions.node !== wanted)
  console.warn(`Note: Node ${process.versions.node} here, .nvmrc says ${wanted} (the reviewer's version).`);

const dir = mkdtempSync(join(tmpdir(), 'amo-rebuild-'));
try {
  const zip = await JSZip.loadAsync(readFileSync(join(out, `${base}-sources.zip`)));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  // A clean environment: no output folder override from the caller.
  const env = { ...process.env };
  delete env.WXT_OUT_DIR;
  const run = (cmd, cmdArgs) => {
    try {
      execFileSync(cmd, cmdArgs, { cwd: dir, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      console.error(`${cmd} ${cmdArgs.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw error;
    }
  };
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  run('npm', ['run', 'zip']);
  let failed = false;
  for (const kind of ['firefox', 'sources']) {
    const name = `${base}-${kind}.zip`;
    const [a, b] = [join(out, name), join(dir, '.output', name)];
    const same = readFileSync(a).equals(readFileSync(b));
    console.log(`${same ? '=' : '≠'} ${name}`);
    if (!same) {
      failed = true;
      for (const line of await diffZips(a, b)) console.error(`    ${line}`);
    }
  }
  console.log(
    `Rebuilt from the sources zip in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      (failed ? 'DIFFERENT from the packages in .output' : 'byte-identical'),
  );
  if (failed) process.exitCode = 1;
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
