import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OffscreenApi, withOffscreenDocument } from '@/entrypoints/background/offscreen';

function fakeOffscreen() {
  let open = false;
  const calls: string[] = [];
  const api: OffscreenApi = {
    createDocument: vi.fn(async ({ reasons }: { reasons: string[] }) => {
      calls.push(`create ${reasons.join('+')}`);
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    }),
    closeDocument: vi.fn(async () => {
      calls.push('close');
      open = false;
    }),
  };
  return { api, calls, isOpen: () => open, close: () => (open = false) };
}

describe('the shared offscreen document (Chrome)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is created once for tasks that follow each other, and closed after the idle period', async () => {
    const fake = fakeOffscreen();
    expect(await withOffscreenDocument(fake.api, 'x', async () => 1, 1000)).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(await withOffscreenDocument(fake.api, 'x', async () => 2, 1000)).toBe(2);
    expect(fake.calls).toEqual(['create CLIPBOARD+DOM_PARSER']);
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toEqual(['create CLIPBOARD+DOM_PARSER', 'close']);
    await withOffscreenDocument(fake.api, 'x', async () => 3, 1000);
    expect(fake.calls.at(-1)).toBe('create CLIPBOARD+DOM_PARSER');
  });

  it('is never closed while a task runs', async () => {
    const fake = fakeOffscreen();
    let finish: () => void = () => undefined;
    const long = withOffscreenDocument(fake.api, 'x', () => new Promise<void>((r) => (finish = r)), 10);
    await withOffscreenDocument(fake.api, 'x', async () => undefined, 10);
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.isOpen()).toBe(true);
    finish();
    await long;
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.isOpen()).toBe(false);
  });

  it('opens the document again when it was closed under it, and retries the task once', async () => {
    const fake = fakeOffscreen();
    await withOffscreenDocument(fake.api, 'x', async () => undefined, 1000);
    fake.close(); // e.g. closed by the browser
    let tries = 0;
    const task = async () => {
      tries++;
      if (!fake.isOpen()) throw new Error('Receiving end does not exist.');
      return 'ok';
    };
    expect(await withOffscreenDocument(fake.api, 'x', task, 1000)).toBe('ok');
    expect(tries).toBe(2);
  });
});
