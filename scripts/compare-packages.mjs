// Does a rebuilt package match the one submitted? (AMO review, docs/store/AMO-REVIEWER-NOTES.md)
//   node scripts/compare-packages.mjs <submitted.zip> <rebuilt.zip>
// Exit 0 when the two files are byte-identical. Otherwise it lists the entries that differ, and says
// whether the contents match even though the zip bytes do not (e.g. re-zipped by another tool).
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/** The entries (files) of a zip: name → SHA-256 of the content. */
async function entries(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, sha256(await zip.files[name].async('nodebuffer')));
  return out;
}

/** Human-readable differences between two zips' entries (empty when the contents are the same). */
export async function diffZips(pathA, pathB) {
  const [a, b] = [await entries(pathA), await entries(pathB)];
  const lines = [];
  for (const [name, hash] of a) {
    if (!b.has(name)) lines.push(`only in the first: ${name}`);
    else if (b.get(name) !== hash) lines.push(`content differs: ${name}`);
  }
  for (const name of b.keys()) if (!a.has(name)) lines.push(`only in the second: ${name}`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (!first || !second) {
    console.error('usage: node scripts/compare-packages.mjs <submitted.zip> <rebuilt.zip>');
    process.exit(2);
  }
  const [ha, hb] = [first, second].map((f) => sha256(readFileSync(f)));
  console.log(`${ha}  ${first}\n${hb}  ${second}`);
  if (ha === hb) {
    console.log('Byte-identical: the rebuilt package is the submitted one.');
    process.exit(0);
  }
  const lines = await diffZips(first, second);
  if (lines.length === 0)
    console.log('Same files and contents, but not the same zip bytes (zip metadata differ).');
  else for (const line of lines) console.log(`  ${line}`);
  process.exit(1);
}
