import { bundledHostData } from '../platform/hosts';
import { allInstanceHosts } from '../platform/instances';
import type { HostData } from '../platform/schemas';

/**
 * The one declarativeNetRequest rule of the rescue (issue 18): a main-frame navigation to a 2020
 * instance host (`<service>-<slug>.beta.education.fr`) is redirected to the extension's rescue page,
 * with the old URL in the fragment (the page reads it locally; nothing is sent anywhere).
 *
 * Two conditions must both hold, so that no other host is ever redirected:
 * - `requestDomains`: the 2020 hosts of the data, listed one by one (it also matches their subdomains);
 * - `regexFilter`: `https://` + a host built from the data's host templates, whose slug part has no
 *   dot (so no subdomain), followed directly by the path (so no port and no `user@`).
 * The regular expression stays small (RE2, Chrome's 2 KB budget): one alternative per host template.
 */

export const RESCUE_RULE_ID = 1;
const BETA_SUFFIX = '.beta.education.fr';

/** The parts of a declarativeNetRequest rule used here (the same shape in Chrome and Firefox). */
export interface RescueRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    /** Host names are lower-case once parsed: a case-sensitive regex is half the size. */
    isUrlFilterCaseSensitive: true;
    requestDomains: string[];
    resourceTypes: ['main_frame'];
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every 2020 instance host of the data (beta platform), sorted. */
export function betaHosts(data: HostData = bundledHostData): string[] {
  return allInstanceHosts(data).filter((host) => host.endsWith(BETA_SUFFIX));
}

/**
 * `^https://(?:apps-|blog-|…|tube-)[a-z0-9-]+\.beta\.education\.fr/.*`: only the data's own host
 * shapes. The templates are grouped by what follows the slug, so the slug's class appears once per
 * group: Chrome compiles each regex within 2 KB (one alternative per template did not fit).
 */
export function rescueRegexFilter(data: HostData = bundledHostData): string {
  const prefixesBySuffix = new Map<string, Set<string>>();
  for (const entry of Object.values(data.beta.hostTemplates)) {
    if (!entry?.template.endsWith(BETA_SUFFIX)) continue;
    const [prefix = '', suffix = ''] = entry.template.split('{slug}');
    const prefixes = prefixesBySuffix.get(suffix) ?? new Set<string>();
    prefixes.add(escapeRegex(prefix));
    prefixesBySuffix.set(suffix, prefixes);
  }
  const shapes = [...prefixesBySuffix].map(
    ([suffix, prefixes]) => `(?:${[...prefixes].sort().join('|')})[a-z0-9-]+${escapeRegex(suffix)}`,
  );
  // Per-academy replacements of a host (none today): listed literally.
  for (const services of Object.values(data.overrides ?? {})) {
    for (const host of Object.values(services)) {
      if (typeof host === 'string' && host.endsWith(BETA_SUFFIX)) shapes.push(escapeRegex(host));
    }
  }
  return `^https://(?:${shapes.sort().join('|')})/.*`;
}

/** The rule redirecting to `pageUrl` (`runtime.getURL('/rescue.html')`), the old URL after `#`. */
export function rescueRule(pageUrl: string, data: HostData = bundledHostData): RescueRule {
  return {
    id: RESCUE_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}#\\0` } },
    condition: {
      regexFilter: rescueRegexFilter(data),
      isUrlFilterCaseSensitive: true,
      requestDomains: betaHosts(data),
      resourceTypes: ['main_frame'],
    },
  };
}

/** Whether the rule is wanted: on the national platform (where 2020 hosts are dead), unless turned off. */
export function rescueEnabled(settings: {
  platform: 'beta' | 'national';
  rescueDeadLinks: boolean;
}): boolean {
  return settings.platform === 'national' && settings.rescueDeadLinks;
}

/**
 * The rescue page's view of its own URL: the old link is everything after the first `#`. Undefined
 * when there is none. Anyone can open the page with any fragment: the caller checks it (rescueFor).
 */
export function oldUrlFromFragment(hash: string): string | undefined {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return text === '' ? undefined : text;
}
