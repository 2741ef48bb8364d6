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

/**
 * Whether a response's final address (after redirects) may be stored under the requested one: the
 * same origin, over https (issue 15, item 10). `fetch` follows redirects to any origin, so without
 * this a source could hand its address over to any server. `allowHttp` only for the e2e hook, whose
 * server is http://127.0.0.1. A response without a final address (a fake, or a `Response` built
 * in code) is taken as not redirected.
 */
export function isAcceptedFinalUrl(
  requested: string,
  response: { url?: string; redirected?: boolean },
  { allowHttp = false }: { allowHttp?: boolean } = {},
): boolean {
  let from: URL;
  try {
    from = new URL(requested);
  } catch {
    return false;
  }
  const httpsOk = (url: URL) => url.protocol === 'https:' || (allowHttp && url.protocol === 'http:');
  if (!httpsOk(from)) return false;
  if (!response.url) return response.redirected !== true;
  let to: URL;
  try {
    to = new URL(response.url);
  } catch {
    return false;
  }
  return httpsOk(to) && to.origin === from.origin;
}
