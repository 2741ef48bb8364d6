import nuageLearningJson from '../../assets/data/nuage-learning.json';
import { bundledHostData, normalizeHostname } from './hosts';
import { isNuageNode } from './nuage-node';
import { matchesSignInPath as matchesPathPattern } from '../signin/paths';
import type { HostData, NuageLearning } from './schemas';
import { platformPageHost } from './hostname';

export { isNuageNode, nuageNodeName } from './nuage-node';

/**
 * assets/data/nuage-learning.json. Not parsed at run time: tests/unit/platform/nuage.test.ts validates
 * it against `nuageLearningSchema`, which makes the cast safe.
 */
export const bundledNuageLearning: NuageLearning = nuageLearningJson as NuageLearning;

/**
 * « Mon Nuage »: on the national platform each user's files live on their own Nuage node
 * (`nuageNN.apps.education.fr`, chosen by load when the account is made); `nuage.apps.education.fr`
 * sends a signed-in user there. The extension learns the node from the page the browser is on once
 * the user is past the login, and opens it directly from then on. Pure decisions, on data
 * (assets/data/instances.json's `nextcloudHostPattern`, assets/data/nuage-learning.json).
 */

/**
 * The Nuage node a page proves the user is signed in to, or undefined. Learned only from an `https:`
 * URL, on the default port, without credentials, whose host is exactly a node (so
 * `nuage.apps.education.fr.evil.example`, `nuage06.apps.education.fr@evil.example` and look-alikes
 * are not), on a signed-in path of the learning data (never the login page, a sign-in app or a public
 * share link, which a colleague's node serves). Never throws.
 */
export function nuageNodeFromUrl(
  url: string,
  data: HostData = bundledHostData,
  learning: NuageLearning = bundledNuageLearning,
): string | undefined {
  const page = platformPageHost(url);
  if (!page || !isNuageNode(page.host, data)) return undefined;
  const { host, path } = page;
  if (!learning.paths.some((p) => matchesPathPattern(path, p))) return undefined;
  if (learning.ignorePaths.some((p) => matchesPathPattern(path, p))) return undefined;
  return host;
}

/**
 * What the user typed in the options for « Mon Nuage » → the node's host, or undefined: a node name
 * (`nuage06`, `Nuage06`), its host, or any https URL on it (`https://nuage06.apps.education.fr/apps/files/`).
 */
export function parseNuageInput(text: string, data: HostData = bundledHostData): string | undefined {
  if (typeof text !== 'string') return undefined;
  const value = text.trim().toLowerCase();
  if (value === '' || value.length > 300) return undefined;
  const suffix = data.national.nextcloudHostPattern?.suffix ?? '';
  const candidates = [value, `${value}${suffix}`];
  for (const candidate of candidates) {
    if (isNuageNode(candidate, data)) return candidate;
  }
  if (!value.startsWith('https://')) return undefined;
  try {
    const url = new URL(value);
    if (url.username !== '' || url.password !== '' || url.port !== '') return undefined;
    const host = normalizeHostname(url.hostname);
    return isNuageNode(host, data) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the « Mon Nuage » content script runs, within the `https://*.apps.education.fr/*`, `https://*.beta.education.fr/*`, `https://visio-agents.education.fr/*` host permission:
 * match patterns cannot say `nuage<digits>`, so `matches` takes the nodes' parent domain and
 * `include_globs` narrows it to `nuage*` hosts (Chrome MV3 and Firefox MV2 both honour include_globs;
 * the background judges the exact host anyway).
 */
export function nuageContentScriptMatches(data: HostData = bundledHostData): {
  matches: string[];
  includeGlobs: string[];
} {
  const pattern = data.national.nextcloudHostPattern;
  if (!pattern) return { matches: [], includeGlobs: [] };
  return {
    matches: [`https://*${pattern.suffix}/*`],
    includeGlobs: [`https://${pattern.prefix}*${pattern.suffix}/*`],
  };
}
