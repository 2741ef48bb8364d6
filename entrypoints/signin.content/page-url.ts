import { isValidHostname } from '@/lib/platform/hosts';

/**
 * The URL the sign-in warning judges: the page's own URL, except in the end-to-end test build, where a
 * page served by the tests' local server (http://127.0.0.1 or localhost, which instanceForUrl rightly
 * refuses) may impersonate an instance with `?compagnon-e2e-as=<instance host>`. The whole branch is
 * compiled out of release builds (`import.meta.env.MODE` is a build-time constant); the e2e specs check
 * that the parameter's name does not occur in the release bundle.
 */
export function effectivePageUrl(
  location: Pick<Location, 'href' | 'protocol' | 'hostname' | 'pathname' | 'search'>,
): string {
  if (import.meta.env.MODE === 'e2e') {
    const local = location.hostname === '127.0.0.1' || location.hostname === 'localhost';
    const as = new URLSearchParams(location.search).get('compagnon-e2e-as');
    if (local && location.protocol === 'http:' && as !== null && isValidHostname(as)) {
      return `https://${as}${location.pathname}`;
    }
  }
  return location.href;
}
