/** Stream fakes for the remote-body tests (FAQ and catalogue). */
/**
 * A body that streams `chunkBytes` of spaces a pull, `totalBytes` in all (endless by default), with no
 * Content-Length; counts the bytes handed out.
 */
export function streamedBody(chunkBytes = 64 * 1024, totalBytes = Number.POSITIVE_INFINITY) {
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const counter = { sent: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.sent >= totalBytes) return controller.close();
        counter.sent += chunkBytes;
        controller.enqueue(chunk);
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}
