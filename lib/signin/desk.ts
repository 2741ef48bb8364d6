import desks from '../../assets/data/signin-desks.json';
import { academyById, academyForAddress, academyForDomain } from '../platform/academies';
import { bundledHostData } from '../platform/hosts';
import type { Academy, HostData } from '../platform/schemas';
import { matchesSignInPath, type SignInPathEntry } from './paths';

/**
 * The academy sign-in desks of today's platform (issue 13), as pure decisions: which academy an entry of
 * the desk list stands for (`deskAcademy`), whether a page shows that list (`isDeskPage`), whether an
 * academy has a desk at all (`hasDesk`). The content script (entrypoints/signin.content/desk.ts) only
 * reads the entries and shows the result. No zod at run time (bundled into the content script):
 * tests/unit/signin/signin-data.test.ts validates assets/data/signin-desks.json with lib/signin/data.ts.
 */

/** An extra name of an academy's entry (assets/data/signin-desks.json). */
export interface DeskAlias {
  academy: string;
  names: readonly string[];
  inferred?: boolean;
  source?: string;
}

/** assets/data/signin-desks.json. */
export interface DeskData {
  hosts: readonly string[];
  paths: readonly SignInPathEntry[];
  ignoredWords: readonly string[];
  aliases: readonly DeskAlias[];
}

export const bundledDeskData: DeskData = desks;

/** What the page says about one entry of the list. */
export interface DeskEntryInput {
  /** The visible name (« Académie de Créteil »). */
  name?: string | null;
  /** The provider alias (`ac-creteil`, from `a#social-ac-creteil`) or an option's value. */
  alias?: string | null;
  /** Where the entry leads (a Keycloak broker URL, or the academy's own site). */
  href?: string | null;
}

/** Longer strings are not names: not looked at (a hostile page cannot make us normalise megabytes). */
const MAX_NAME_LENGTH = 200;

/**
 * A name as words: accents, case and separators (spaces, hyphens, underscores, apostrophes) do not
 * count; leading ignored words (« Académie de la ») are dropped. Other characters are kept, so
 * `ac-creteil.evil` stays `creteil.evil` and `Créteil2` stays `creteil2`.
 */
export function deskKey(text: string, ignored: readonly string[] = bundledDeskData.ignoredWords): string {
  if (typeof text !== 'string' || text.length > MAX_NAME_LENGTH) return '';
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s_\-'’]+/u)
    .filter((w) => w !== '');
  let start = 0;
  while (start < words.length - 1 && ignored.includes(words[start]!)) start++;
  return words.slice(start).join(' ');
}

/** Whether the academy has a sign-in desk of its own (overseas territories and the administration do not). */
export const hasDesk = (academy: Academy | undefined): academy is Academy => academy?.kind === 'academie';

/** What the profile says of the user's academy (SignInState's fields of the same names). */
export interface DeskProfile {
  address?: string;
  academyId?: string;
}

/** The user's academy, if it has a desk: the profile address's, else the academy chosen in the profile. */
export function profileDeskAcademy(
  profile: DeskProfile,
  data: HostData = bundledHostData,
): Academy | undefined {
  const academy =
    (profile.address ? academyForAddress(profile.address, data) : undefined) ??
    (profile.academyId ? academyById(profile.academyId, data) : undefined);
  return hasDesk(academy) ? academy : undefined;
}

const indexes = new WeakMap<DeskData, WeakMap<HostData, Map<string, Academy | null>>>();

/** Key → academy (null: the key names two academies, so it names none). */
function deskIndex(desk: DeskData, data: HostData): Map<string, Academy | null> {
  let byData = indexes.get(desk);
  if (!byData) indexes.set(desk, (byData = new WeakMap()));
  let index = byData.get(data);
  if (index) return index;
  index = new Map();
  const add = (name: string, academy: Academy): void => {
    const key = deskKey(name, desk.ignoredWords);
    if (key === '') return;
    const known = index!.get(key);
    index!.set(key, known === undefined || known?.id === academy.id ? academy : null);
  };
  for (const academy of data.academies.filter(hasDesk)) {
    for (const name of [academy.name, academy.id, ...academy.domains.map((d) => d.replace(/\.fr$/, ''))])
      add(name, academy);
  }
  for (const alias of desk.aliases) {
    const academy = data.academies.find((a) => a.id === alias.academy);
    if (hasDesk(academy)) for (const name of alias.names) add(name, academy);
  }
  byData.set(data, index);
  return index;
}

/** The provider alias of a Keycloak broker URL (`…/broker/<alias>/login`), or the URL's own host. */
function hrefAcademy(href: string, desk: DeskData, data: HostData): Academy | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const broker = /\/broker\/([^/]+)\//.exec(url.pathname)?.[1];
  if (broker !== undefined) {
    try {
      return deskIndex(desk, data).get(deskKey(decodeURIComponent(broker), desk.ignoredWords)) ?? undefined;
    } catch {
      return undefined;
    }
  }
  // The academy's own site: a host under its mail domain (id.ac-creteil.fr), anchored at the end.
  const labels = url.hostname.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const academy = academyForDomain(labels.slice(i).join('.'), data);
    if (academy) return hasDesk(academy) ? academy : undefined;
  }
  return undefined;
}

/**
 * The academy an entry of the desk list stands for, from its visible name, its alias and its link; undefined
 * when none of them names an academy exactly, or when they name different ones. Never throws.
 */
export function deskAcademy(
  entry: DeskEntryInput,
  desk: DeskData = bundledDeskData,
  data: HostData = bundledHostData,
): Academy | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const index = deskIndex(desk, data);
  const found: (Academy | undefined)[] = [];
  for (const text of [entry.name, entry.alias]) {
    if (typeof text === 'string') found.push(index.get(deskKey(text, desk.ignoredWords)) ?? undefined);
  }
  if (typeof entry.href === 'string' && entry.href !== '') found.push(hrefAcademy(entry.href, desk, data));
  const ids = new Set(found.filter((a) => a !== undefined).map((a) => a.id));
  return ids.size === 1 ? found.find((a) => a !== undefined) : undefined;
}

/** Whether the page at `url` may show the desk list: a desk host (https) and one of the desk paths. */
export function isDeskPage(url: string, desk: DeskData = bundledDeskData): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    deskHosts(desk).includes(parsed.hostname) &&
    desk.paths.some((p) => matchesSignInPath(parsed.pathname, p.path))
  );
}

/** The desk hosts, only those under education.fr (the extension's host permission). */
export function deskHosts(desk: DeskData = bundledDeskData): string[] {
  return desk.hosts.filter((h) => /^[a-z0-9.-]+\.education\.fr$/.test(h));
}
