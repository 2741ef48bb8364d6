import * as z from 'zod/mini';
import { isHttpsSourceUrl } from './url';

export { isHttpsSourceUrl as isHttpsDataUrl } from './url';

/**
 * Building blocks shared by the host-data schemas (./schemas), the catalogue schemas
 * (./catalogue-schema) and the settings (./settings). Kept apart and small on purpose: the catalogue schemas are in the popup's bundle,
 * which must not pull in the host-data schemas with them.
 */

/** The services the beta platform ran for each academy (the national platform adds forge, podeduc, auth). */
export const ACADEMY_SERVICE_IDS = [
  'portal',
  'nextcloud',
  'peertube',
  'pads',
  'codimd',
  'blog',
  'forum',
] as const;
export type AcademyServiceId = (typeof ACADEMY_SERVICE_IDS)[number];

/** Every service the extension knows, on either platform. */
export const SERVICE_IDS = [...ACADEMY_SERVICE_IDS, 'forge', 'podeduc', 'auth'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** 'beta': one instance per academy and service (2020); 'national': shared instances (since 2021). */
export const PLATFORMS = ['beta', 'national'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Kebab-case ASCII, e.g. "nancy-metz". */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const kebabSchema = z.string().check(z.maxLength(63), z.regex(KEBAB, 'kebab-case ASCII expected'));

/**
 * THE schema of every URL that comes from data (catalogue links, support pages, FAQ and catalogue
 * sources, policy): `isHttpsSourceUrl` (lib/platform/url.ts, zod-free, so the settings' plain checks
 * use the very same rule).
 */
export const httpsUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine((s) => isHttpsSourceUrl(s), 'https URL to a host name, without credentials expected'),
);
