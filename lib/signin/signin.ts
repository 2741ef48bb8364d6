import { services as signInServices } from '../../assets/data/signin.json';
import { academyForDomain } from '../platform/academies';
import { bundledHostData } from '../platform/hosts';
import { allInstanceHosts, instanceForUrl, instanceUrl } from '../platform/instances';
import type { InstanceMatch } from '../platform/instances';
import type { Academy, HostData, ServiceId } from '../platform/schemas';
import { bundledDeskData, deskHosts, type DeskData } from './desk';
import { matchesSignInPath, type SignInPathEntry } from './paths';

export { matchesSignInPath, type SignInPathEntry } from './paths';

/**
 * The wrong-academy warning of the sign-in and sign-up pages (issue 5), as pure decisions:
 * `checkSignIn` says what is wrong with an address on a page, `isSignInPage` whether a page is a
 * sign-in or sign-up page. The content script (entrypoints/signin.content) only reads the page and
 * shows the result.
 *
 * Deliberately free of zod at run time (this module is bundled into the content script): the bundled
 * assets/data/signin.json is checked against `signInDataSchema` (lib/signin/data.ts) by the unit tests.
 */

export type SignInWarningKind = 'wrong-academy' | 'not-staff-address' | 'address-form';

export interface SignInWarning {
  kind: SignInWarningKind;
  /** The page's instance (from instanceForUrl). */
  instance: InstanceMatch;
  /** The academy the address belongs to (absent for 'not-staff-address'). */
  expected?: Academy;
  /** 'wrong-academy' only: the same service on the address's academy instance (else its portal). */
  suggestedUrl?: string;
}

export interface SignInInput {
  url: string;
  address?: string;
}

/** assets/data/signin.json: the sign-in and sign-up page paths of each service. */
export interface SignInData {
  services: Partial<Record<ServiceId, readonly SignInPathEntry[]>>;
}

/** Not parsed at run time: tests/unit/signin/signin-data.test.ts validates the file (see signInDataSchema). */
export const bundledSignInData: SignInData = { services: signInServices as SignInData['services'] };

/** RFC 5321: a forward path holds at most 254 characters of address. */
const MAX_ADDRESS_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// The `\p{…}` patterns are made at first use, not when the module loads: Chrome takes ~0.5 ms to create
// one, which weighed on every start of the service worker and of the content script (issue 16).
let addressPatterns: { forbiddenLocal: RegExp; domainLabel: RegExp; tld: RegExp } | undefined;
function addressPatternsNow() {
  return (addressPatterns ??= {
    /** Characters that cannot be in a bare address typed in a field (quoted local parts are not supported). */
    forbiddenLocal: /[\s<>()[\],;:"\\@\p{Cc}\p{Cf}]/u,
    domainLabel: /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u,
    tld: /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u,
  });
}

/**
 * `local@domain` of a complete, bare address, with the domain lower-cased (one trailing dot dropped);
 * undefined while the address is still being typed (`jean.dupont@ac-cr`) or is not an address at all.
 * Incomplete input gives no warning, so the banner does not flicker as the user types.
 */
export function splitAddress(text: string): { local: string; domain: string } | undefined {
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_LENGTH + 20) return undefined;
  const address = text.trim().normalize('NFC');
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  let domain = address.slice(at + 1).toLowerCase();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  const { forbiddenLocal, domainLabel, tld } = addressPatternsNow();
  if (local.length > MAX_LOCAL_LENGTH || forbiddenLocal.test(local)) return undefined;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => domainLabel.test(label))) return undefined;
  if (!tld.test(labels[labels.length - 1] ?? '')) return undefined;
  return { local, domain };
}

/** A school's functional address: `ce.` + UAI (7 digits and a letter), e.g. ce.0690001A. */
const SCHOOL_LOCAL = /^ce\.[0-9]{7}[a-z]$/;
/**
 * `prenom.nom`: ASCII letters, hyphens inside compound names (`jean-pierre.martin-dupont`), more than
 * one dot allowed (`marie.claire.dupont`), and up to three digits at the end for homonyms (`prenom.nom2`).
 */
const PERSON_LOCAL = /^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+[0-9]{0,3}$/;

/** Whether a staff address's local part has the usual form (the FAQ: "prenom.nom@ac-academie.fr"). */
export function hasStaffAddressForm(local: string): boolean {
  const lower = local.toLowerCase();
  return SCHOOL_LOCAL.test(lower) || PERSON_LOCAL.test(lower);
}

/**
 * What is wrong with signing in (or up) with `address` on the page at `url`, or undefined when nothing
 * is: the page is not an instance, the address is empty or incomplete, or it is a staff address of an
 * academy this instance serves (the shared overseas instance serves every overseas academy, the
 * central administration's instance education.gouv.fr), or any staff address on the national platform.
 *
 * - 'not-staff-address': accounts are for Éducation nationale staff only (the FAQ: pupils cannot
 *   register);
 * - 'wrong-academy': a staff address of another academy than the beta instance's; suggestedUrl is the
 *   same service on the right instance (or that academy's portal when it has no such service);
 * - 'address-form': right place, but the local part does not look like `prenom.nom` (a hint).
 *
 * Does not look at the path: whether the page is a sign-in page is isSignInPage's question. Never throws.
 */
export function checkSignIn(input: SignInInput, data: HostData = bundledHostData): SignInWarning | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const instance = instanceForUrl(input.url, data);
  if (!instance || typeof input.address !== 'string') return undefined;
  const parts = splitAddress(input.address);
  if (!parts) return undefined;
  const academy = academyForDomain(parts.domain, data);
  if (!academy) return { kind: 'not-staff-address', instance };
  const served = instance.academies ?? [];
  if (instance.platform === 'beta' && served.length > 0 && !served.some((a) => a.id === academy.id)) {
    const suggestedUrl = instanceUrl(academy, instance.service, data) ?? instanceUrl(academy, 'portal', data);
    return suggestedUrl === undefined
      ? { kind: 'wrong-academy', instance, expected: academy }
      : { kind: 'wrong-academy', instance, expected: academy, suggestedUrl };
  }
  if (!hasStaffAddressForm(parts.local)) return { kind: 'address-form', instance, expected: academy };
  return undefined;
}

/**
 * Whether the page at `url` is a sign-in or sign-up page of an instance: its host is an instance
 * (instanceForUrl) and its path one of its service's patterns. Never throws.
 */
export function isSignInPage(
  url: string,
  signInData: SignInData = bundledSignInData,
  data: HostData = bundledHostData,
): boolean {
  const instance = instanceForUrl(url, data);
  if (!instance) return false;
  const entries = signInData.services[instance.service] ?? [];
  const { pathname } = new URL(url);
  return entries.some((entry) => matchesSignInPath(pathname, entry.path));
}

/**
 * The content script's `matches`: `https://<host>/*` for every instance host whose service has
 * sign-in paths (beta hosts of every academy, and the national ones), and every host of the academy
 * desk list (assets/data/signin-desks.json), all under education.fr.
 */
export function signInMatchPatterns(
  signInData: SignInData = bundledSignInData,
  data: HostData = bundledHostData,
  deskData: DeskData = bundledDeskData,
): string[] {
  const hosts = allInstanceHosts(data).filter((host) => {
    const service = instanceForUrl(`https://${host}/`, data)?.service;
    return service !== undefined && (signInData.services[service]?.length ?? 0) > 0;
  });
  for (const host of deskHosts(deskData)) if (!hosts.includes(host)) hosts.push(host);
  return hosts.map((host) => `https://${host}/*`);
}
