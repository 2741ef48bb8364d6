/** What every part of `npm run bench` shares: one definition of its statistics and of Chromium's launch. */

/** Linear interpolation between the closest ranks (the same p95 in every row of the table). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);

export const stats = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95), n: xs.length });

/** Headless Chromium with these unpacked extensions (none: the browser alone), quiet and offline-ish. */
export function launchOptions(executablePath: string, extensions: string[]) {
  const loaded = extensions.join(',');
  return {
    executablePath,
    headless: true,
    ignoreDefaultArgs: extensions.length > 0 ? ['--disable-extensions'] : [],
    args: [
      ...(extensions.length > 0
        ? [`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
