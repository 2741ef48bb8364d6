import catalogueJson from '../../assets/data/catalogue.json';
import { academyById, academyForAddress } from '../platform/academies';
import { academyServiceHost, bundledHostData } from '../platform/hosts';
import type { Lang } from '../i18n';
import type { CatalogueCache, CatalogueFailure } from './remote';
import type { AcademyOverride, AcademyOverrides, Catalogue, CatalogueService, LocalizedText } from './schema';
import type { Academy, HostData, Platform, ServiceId } from '../platform/schemas';
import type { Settings } from '../settings/settings';

/**
 * The services catalogue of the popup: which services an academy sees, with their names, one-line
 * descriptions and links. Pure data (assets/data/catalogue.json), optionally replaced by a remote
 * JSON file of the same shape (data only: icons are names of the bundled set, links are https URLs).
 * The zod schemas are in catalogue-schema.ts: this module is on the popup's first paint, the schemas
 * are only needed to read a remote catalogue or an administrator's policy.
 */
export type { AcademyOverride, AcademyOverrides, Catalogue, CatalogueService, LocalizedText };

/**
 * The bundled catalogue. Not parsed at run time (keeps zod's work off the popup's first paint):
 * tests/unit/catalogue/catalogue.test.ts validates the file against `catalogueSchema`, which makes the cast safe.
 */
export const bundledCatalogue = catalogueJson as Catalogue;

/** A service ready to show: texts in one language, a concrete https link. */
export interface ResolvedService {
  id: string;
  name: string;
  description: string;
  icon?: string;
  url: string;
  host: string;
  external: boolean;
  inferred: boolean;
  /** More links of the same service (national platform: the thematic tubes), in data order. */
  links?: ServiceLink[];
  /** The service's search page (`url` + `?<param>=<query>`), when the catalogue gives one. */
  search?: ServiceSearch;
}

export interface ServiceLink {
  name: string;
  url: string;
  host: string;
}

export interface ServiceSearch {
  /** The search page, e.g. https://tubes.apps.education.fr/search */
  url: string;
  param: string;
  inferred: boolean;
}

export interface SupportLink {
  url: string;
  name: string;
}

export interface ResolveOptions {
  catalogue: Catalogue;
  academy: Academy;
  platform: Platform;
  lang: Lang;
  /** Administrator overrides (managed storage), applied after the catalogue's own. */
  extraOverrides?: AcademyOverrides;
  hostData?: HostData;
  /**
   * The user's own Nextcloud host, when known. On the national platform each user is assigned a
   * Nuage server by load, so the listed one is only a default.
   */
  ownNextcloudHost?: string;
}

const pick = (t: LocalizedText, lang: Lang) => (lang === 'en' ? (t.en ?? t.fr) : t.fr);

/** The user's academy: the one picked, else the one of the address. */
export function profileAcademy(
  profile: Settings['profile'],
  data: HostData = bundledHostData,
): Academy | undefined {
  if (profile.academyId) {
    const picked = academyById(profile.academyId, data);
    if (picked) return picked;
  }
  return profile.address ? academyForAddress(profile.address, data) : undefined;
}

/** The host of a platform service for this academy and platform, or undefined when there is none. */
export function serviceHost(
  service: ServiceId,
  academy: Academy,
  platform: Platform,
  data: HostData = bundledHostData,
): string | undefined {
  if (platform === 'national') return data.national.instances.find((i) => i.service === service)?.host;
  return academyServiceHost(academy, service, data);
}

function overridesFor(options: ResolveOptions): AcademyOverride[] {
  const id = options.academy.id;
  return [options.catalogue.overrides?.[id], options.extraOverrides?.[id]].filter(
    (o): o is AcademyOverride => o !== undefined,
  );
}

/**
 * The services this academy sees on this platform, in catalogue order, then the academy's additions.
 * An added service with the id of a catalogue service replaces it in place; hidden ids are dropped
 * (the administrator's hide list applies to additions too); services without a host are left out.
 */
export function resolveCatalogue(options: ResolveOptions): ResolvedService[] {
  const { academy, platform, lang, hostData = bundledHostData } = options;
  const overrides = overridesFor(options);
  const hidden = new Set(overrides.flatMap((o) => o.hide ?? []));
  const services: CatalogueService[] = [...options.catalogue.services];
  for (const added of overrides.flatMap((o) => o.add ?? [])) {
    const index = services.findIndex((s) => s.id === added.id);
    if (index === -1) services.push(added);
    else services[index] = added;
  }
  const out: ResolvedService[] = [];
  for (const service of services) {
    if (hidden.has(service.id)) continue;
    if (service.platforms && !service.platforms.includes(platform)) continue;
    let url: string | undefined;
    if (service.url !== undefined) {
      url = service.url;
    } else if (service.instance !== undefined) {
      let host = serviceHost(service.instance, academy, platform, hostData);
      if (service.instance === 'nextcloud' && platform === 'national' && options.ownNextcloudHost) {
        host = options.ownNextcloudHost;
      }
      if (host !== undefined) url = `https://${host}${service.path ?? '/'}`;
    }
    if (url === undefined) continue;
    const national = platform === 'national';
    const name = national && service.nationalName ? service.nationalName : service.name;
    const description =
      national && service.nationalDescription ? service.nationalDescription : service.description;
    const parsed = new URL(url);
    const links =
      national && service.listInstances && service.instance !== undefined
        ? instanceLinks(service.instance, parsed.host, lang, hostData)
        : [];
    out.push({
      id: service.id,
      name: pick(name, lang),
      description: pick(description, lang),
      ...(service.icon !== undefined ? { icon: service.icon } : {}),
      url,
      host: parsed.host,
      external: service.external === true,
      inferred: service.inferred === true,
      ...(links.length > 0 ? { links } : {}),
      ...(service.search
        ? {
            search: {
              url: `${parsed.origin}${service.search.path}`,
              param: service.search.param,
              inferred: service.search.inferred === true,
            },
          }
        : {}),
    });
  }
  return out;
}

/** Every labelled national instance of a service but the main one (the thematic tubes). */
function instanceLinks(service: ServiceId, mainHost: string, lang: Lang, data: HostData): ServiceLink[] {
  return data.national.instances
    .filter((i) => i.service === service && i.host !== mainHost && i.label !== undefined)
    .map((i) => ({
      name: lang === 'en' ? (i.labelEn ?? i.label ?? i.host) : (i.label ?? i.host),
      url: `https://${i.host}/`,
      host: i.host,
    }));
}

/** The academy's support (DANE) link: the administrator's, else the catalogue's, else the academy data's. */
export function supportLink(options: Omit<ResolveOptions, 'platform'>): SupportLink | undefined {
  const overrides = overridesFor({ ...options, platform: 'beta' }).reverse();
  const fromOverride = overrides.find((o) => o.support)?.support;
  if (fromOverride) {
    return {
      url: fromOverride.url,
      name: fromOverride.name ? pick(fromOverride.name, options.lang) : `DANE ${options.academy.name}`,
    };
  }
  if (options.academy.support) return { url: options.academy.support, name: `DANE ${options.academy.name}` };
  return undefined;
}

/** The PeerTube search page of the academy's (or the national) instance, or undefined without one. */
export function peertubeSearchUrl(host: string, query: string): string {
  return serviceSearchUrl({ url: `https://${host}/search`, param: 'search' }, query);
}

/** A service's search page for a query (the catalogue's `search`: page and parameter are data). */
export function serviceSearchUrl(search: Pick<ServiceSearch, 'url' | 'param'>, query: string): string {
  const url = new URL(search.url);
  url.searchParams.set(search.param, query.trim());
  return url.toString();
}

export { CATALOGUE_CACHE_KEY } from '../storage-keys';

export type CatalogueSource =
  | { kind: 'bundled'; catalogue: Catalogue }
  | { kind: 'remote'; catalogue: Catalogue; url: string; fetchedAt?: number; error?: CatalogueFailure }
  | { kind: 'fallback'; catalogue: Catalogue; url: string; error?: CatalogueFailure };

/**
 * The catalogue to show. Without a URL: the bundled one. With one: the last good remote catalogue
 * (even from a previous URL: "keeps the last good one"), else the bundled one; `error` tells the
 * user when the last attempt for the current URL failed.
 */
export function activeCatalogue(cache: CatalogueCache, url: string | undefined): CatalogueSource {
  if (!url) return { kind: 'bundled', catalogue: bundledCatalogue };
  const error = cache.lastError && cache.lastError.url === url ? cache.lastError.reason : undefined;
  const errorPart = error ? { error } : {};
  if (cache.catalogue && cache.url !== undefined) {
    return {
      kind: 'remote',
      catalogue: cache.catalogue,
      url: cache.url,
      ...(cache.fetchedAt !== undefined ? { fetchedAt: cache.fetchedAt } : {}),
      ...errorPart,
    };
  }
  return { kind: 'fallback', catalogue: bundledCatalogue, url, ...errorPart };
}
