// Store packages that two builds of the same commit reproduce byte for byte (issue 17).
// WXT's `wxt zip` (JSZip) stamps every entry with the current time and adds the files in the order the
// file system lists them; `rewriteZip` re-packs a zip with its entries sorted by name, one fixed date,
// no directory entries and DEFLATE level 9. Used by the zip hooks in wxt.config.ts.
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';

/** Every entry's modification time. DOS times start in 1980; a round date after it, in UTC (JSZip writes UTC). */
export const ZIP_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Returns new bytes for an entry, or undefined to keep it as is. */
export type EntryTransform = (name: string, content: Uint8Array) => Uint8Array | undefined;

/** The zip's bytes, re-packed deterministically (see above). */
export async function deterministicZip(input: Uint8Array, transform?: EntryTransform): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]!.dir)
    .sort();
  const out = new JSZip();
  for (const name of names) {
    const content = await source.files[name]!.async('uint8array');
    out.file(name, transform?.(name, content) ?? content, { date: ZIP_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

/** Rewrites the zip file at `path` in place. */
export async function rewriteZip(path: string, transform?: EntryTransform): Promise<void> {
  await writeFile(path, await deterministicZip(await readFile(path), transform));
}

/**
 * Removes the manifest's `key`: the Chrome Web Store refuses a package whose manifest has one and
 * assigns its own id. The unpacked build (.output/chrome-mv3) keeps it for a fixed id.
 */
export const stripManifestKey: EntryTransform = (name, content) => {
  if (name !== 'manifest.json') return undefined;
  const manifest = JSON.parse(Buffer.from(content).toString('utf8')) as Record<string, unknown>;
  if (!('key' in manifest)) return undefined;
  delete manifest.key;
  return Buffer.from(JSON.stringify(manifest), 'utf8');
};
