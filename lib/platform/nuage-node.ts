import { bundledHostData, matchesHostPattern } from './hosts';
import type { HostData } from './schemas';

/**
 * What a Nuage node is, apart from how one is learned (./nuage.ts): the settings validate « Mon Nuage »
 * with it, and the popup shows it, without carrying the learning data.
 */

/** Whether `host` is a Nuage node (nuage06.apps.education.fr, nuage99…), not the entry point. */
export function isNuageNode(host: string, data: HostData = bundledHostData): boolean {
  const pattern = data.national.nextcloudHostPattern;
  return typeof host === 'string' && pattern !== undefined && matchesHostPattern(host, pattern);
}

/** "nuage06.apps.education.fr" → "nuage06" (what the popup shows); other hosts as they are. */
export function nuageNodeName(host: string, data: HostData = bundledHostData): string {
  const suffix = data.national.nextcloudHostPattern?.suffix;
  return suffix && isNuageNode(host, data) ? host.slice(0, -suffix.length) : host;
}
