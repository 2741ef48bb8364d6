import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZIP_DATE, deterministicZip, stripManifestKey } from '@/scripts/deterministic-zip';

// Issue 17: the store zips are re-packed so that two builds give the same bytes.

async function zipOf(files: Record<string, string>, date: Date) {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('deterministicZip', () => {
  it('gives the same bytes whatever the entries’ order and dates', async () => {
    const a = await zipOf(
      { 'b/x.js': 'x', 'a.json': '{}', 'manifest.json': '{"v":1}' },
      new Date(2024, 1, 2),
    );
    const b = await zipOf({ 'manifest.json': '{"v":1}', 'a.json': '{}', 'b/x.js': 'x' }, new Date());
    const [ra, rb] = [await deterministicZip(a), await deterministicZip(b)];
    expect(ra.equals(rb)).toBe(true);
    const back = await JSZip.loadAsync(ra);
    expect(Object.keys(back.files)).toEqual(['a.json', 'b/x.js', 'manifest.json']);
    expect(back.files['a.json']!.date.getTime()).toBe(ZIP_DATE.getTime());
    expect(await back.files['b/x.js']!.async('string')).toBe('x');
  });

  it('stripManifestKey removes the key from manifest.json only', async () => {
    const input = await zipOf(
      { 'manifest.json': JSON.stringify({ name: 'n', key: 'MIIB…' }), 'other.json': '{"key":1}' },
      new Date(),
    );
    const out = await JSZip.loadAsync(await deterministicZip(input, stripManifestKey));
    expect(JSON.parse(await out.files['manifest.json']!.async('string'))).toEqual({ name: 'n' });
    expect(await out.files['other.json']!.async('string')).toBe('{"key":1}');
  });
});
