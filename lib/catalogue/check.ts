/**
 * The catalogue's zod schemas (./schema.ts, the source of truth) as plain checks, for the background
 * worker, which loads no zod (issue 16): it reads the cached remote catalogue and the cached policy
 * (whose academy overrides add catalogue services) at start-up, and validates a remote catalogue it
 * fetches. Property-tested against the schemas (tests/unit/catalogue/checks.test.ts).
 */
import { isHttpsSourceUrl } from '../platform/url';
import { PLATFORMS, SERVICE_IDS } from '../platform/schema-parts';
import { arr, bool, type Check, NO, num, obj, oneOf, opt, record, refine, str } from '../util/check';
import { isObject } from '../util/object';
import {
  type AcademyOverride,
  type AcademyOverrides,
  type Catalogue,
  type CatalogueCache,
  type CatalogueService,
  type LocalizedText,
  platformHostProblem,
} from './schema';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@/-]*$/;

export const checkKebab = str(0, 63, (s) => KEBAB.test(s));
export const checkHttpsUrl = str(0, 2048, isHttpsSourceUrl);
const text = str(1, 200);
const localized = obj<LocalizedText>({ fr: text, en: opt(text) });
const path = str(0, 200, (s) => PATH.test(s));
const source = opt(str(0, 500));
const flag = opt(bool);

/** Every rule of a service but the platform-host one (kept apart to tell « foreign host » from « invalid »). */
const serviceShape = obj<CatalogueService>({
  id: checkKebab,
  name: localized,
  nationalName: opt(localized),
  description: localized,
  nationalDescription: opt(localized),
  icon: opt(checkKebab),
  instance: opt(oneOf(SERVICE_IDS)),
  path: opt(path),
  url: opt(checkHttpsUrl),
  external: flag,
  platforms: opt(arr(oneOf(PLATFORMS))),
  inferred: flag,
  source,
  listInstances: flag,
  search: opt(
    obj<NonNullable<CatalogueService['search']>>({
      path,
      param: str(0, Infinity, (s) => /^[A-Za-z0-9_.-]{1,50}$/.test(s)),
      inferred: flag,
      source,
    }),
  ),
});
const serviceWithoutHostRule = refine(
  serviceShape,
  (s) => (s.instance === undefined) !== (s.url === undefined),
);

export const checkCatalogueService: Check<CatalogueService> = refine(
  serviceWithoutHostRule,
  (s) => platformHostProblem(s) === undefined,
);

export const checkAcademyOverride = obj<AcademyOverride>({
  hide: opt(arr(checkKebab, 0, 50)),
  add: opt(arr(checkCatalogueService, 0, 50)),
  support: opt(obj<NonNullable<AcademyOverride['support']>>({ url: checkHttpsUrl, name: opt(localized) })),
  deskAliases: opt(arr(str(1, 100), 0, 20)),
});
export const checkAcademyOverrides = record(checkKebab, checkAcademyOverride) as Check<AcademyOverrides>;

export const checkCatalogue: Check<Catalogue> = obj<Catalogue>({
  version: oneOf([1]),
  services: refine(
    arr(checkCatalogueService, 1, 100),
    (list) => new Set(list.map((s) => s.id)).size === list.length,
  ),
  overrides: opt(checkAcademyOverrides),
});

/**
 * Why a remote catalogue is refused: `foreign-host` when one of its services would be valid but for
 * its platform link outside *.education.fr, else `invalid`. (zod reports the host rule even beside
 * some other faults of the same service; here another fault makes the file simply `invalid`.)
 */
export function catalogueRefusal(raw: unknown): 'foreign-host' | 'invalid' {
  const services: unknown[] = [];
  if (isObject(raw)) {
    if (Array.isArray(raw.services)) services.push(...(raw.services as unknown[]));
    if (isObject(raw.overrides))
      for (const o of Object.values(raw.overrides))
        if (isObject(o) && Array.isArray(o.add)) services.push(...(o.add as unknown[]));
  }
  return services.some((s) => {
    const parsed = serviceWithoutHostRule(s);
    return parsed !== NO && platformHostProblem(parsed) !== undefined;
  })
    ? 'foreign-host'
    : 'invalid';
}

const REASONS = [
  'network',
  'http',
  'too-large',
  'not-json',
  'invalid',
  'foreign-host',
  'redirected',
] as const;

export const checkCatalogueCache: Check<CatalogueCache> = obj<CatalogueCache>({
  catalogue: opt(checkCatalogue),
  url: opt(str()),
  fetchedAt: opt(num()),
  lastError: opt(
    obj<NonNullable<CatalogueCache['lastError']>>({ url: str(), at: num(), reason: oneOf(REASONS) }),
  ),
});
