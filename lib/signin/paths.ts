/** One path pattern of assets/data/signin.json. */
export interface SignInPathEntry {
  path: string;
  inferred?: boolean;
  source?: string;
}

/** Path segments, lower-cased, without empty ones (so `/login/` is `/login` and `//x` is `/x`). */
function segments(path: string): string[] {
  return path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '');
}

/** Whether a URL path matches a signin.json pattern (`*`: one segment; final `**`: any rest). */
export function matchesSignInPath(pathname: string, pattern: string): boolean {
  const have = segments(pathname);
  const want = segments(pattern);
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if (w === '**' && i === want.length - 1) return true;
    const h = have[i];
    if (h === undefined || (w !== '*' && w !== h)) return false;
  }
  return have.length === want.length;
}
