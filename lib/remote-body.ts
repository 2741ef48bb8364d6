/**
 * Reading a remote body (FAQ, catalogue) under a size limit, without holding more than the limit:
 * `response.text()` reads everything first, so a 50 MB body without Content-Length, or an endless one,
 * could exhaust the background's memory before any size check (issue 15, item 5). The body is streamed
 * and the stream cancelled as soon as it passes the limit; a Content-Length above it stops at once.
 */

/** What is read of a fetch `Response` (the real one fits; tests pass fakes). */
export interface RemoteBody {
  headers?: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type LimitedText = { ok: true; text: string } | { ok: false; reason: 'too-large' };

/** The body as UTF-8 text, or `too-large` as soon as more than `maxBytes` bytes arrived or are announced. */
export async function readLimitedText(response: RemoteBody, maxBytes: number): Promise<LimitedText> {
  const announced = Number(response.headers?.get('Content-Length') ?? '');
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'too-large' };
  }
  if (!response.body) {
    // No stream (a fake, or an empty body): the text is whatever the object gives.
    const text = await response.text();
    return text.length > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, text };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
