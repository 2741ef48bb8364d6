import whatsNewJson from '../../assets/data/whats-new.json';
import type { Lang } from '../i18n';

/** A release in assets/data/whats-new.json; `notice` only when the change matters to users. */
export interface Release {
  version: string;
  notice?: { fr: string; en: string };
}

export const bundledReleases: readonly Release[] = (whatsNewJson as { releases: Release[] }).releases;

/** "1.10.0" > "1.9.2": numeric parts compared in turn; a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The one line to show after an update from `previous` to `current`: the notice of the newest release
 * in (previous, current] that has one, or undefined (most updates say nothing). The install itself
 * (no previous version) gets the welcome page instead.
 */
export function whatsNewLine(
  previous: string | undefined,
  current: string,
  lang: Lang,
  releases: readonly Release[] = bundledReleases,
): string | undefined {
  if (!previous || compareVersions(current, previous) <= 0) return undefined;
  const newest = releases
    .filter(
      (r) => r.notice && compareVersions(r.version, previous) > 0 && compareVersions(r.version, current) <= 0,
    )
    .sort((a, b) => compareVersions(b.version, a.version))[0];
  return newest?.notice?.[lang];
}
