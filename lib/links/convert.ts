import { bundledHostData, normalizeHostname } from '../platform/hosts';
import { instanceForUrl } from '../platform/instances';
import type { HostData } from '../platform/schemas';
import { bundledLinksData } from './data';
import type { LinksData } from './schema';

/**
 * Link converters (issue 18): a link of today's national platform → the forms teachers paste in an
 * ENT or Moodle. Pure; every result is a code, never words (components/links/ owns the words).
 *
 * - Nuage public share `https://nuageNN.apps.education.fr/s/<token>` → direct download
 *   (`…/s/<token>/download`), the public WebDAV address (`/public.php/webdav/`, the token as user name,
 *   and Nextcloud 29+'s `/public.php/dav/files/<token>/`; docs.nextcloud.com, WebDAV "Public shares").
 * - Tube `https://tube-<theme>.apps.education.fr/w/<id>` or `/videos/watch/<id>` → embed address and
 *   `<iframe>` code, with the start time of `?start=` / `?t=` (PeerTube's embed takes `start`).
 * - PodEduc (Esup-Pod) `/video/<slug>/` → `/video/<slug>/?is_iframe=true` and its `<iframe>`.
 * - CodiMD `/<noteId>` → `/<noteId>/download` (Markdown) and `/<noteId>/publish` (redirects to the
 *   published view `/s/<shortid>`); a published `/s/<shortid>` → its download and itself.
 *   (CodiMD's routes: `noteActions` / `publishNoteActions`, actions `download` and `publish`.)
 *
 * Hosts are recognised exactly (lib/platform/instances.ts, plus the data's tube themes): https only,
 * no port, no credentials; look-alikes are `foreign-host`.
 */

export type LinkKind =
  'nuage-share' | 'tube-video' | 'tube-playlist' | 'podeduc-video' | 'codimd-note' | 'codimd-published';

export type LinkFormId =
  'download' | 'webdav' | 'webdav-user' | 'dav' | 'embed-url' | 'iframe' | 'publish' | 'published';

export interface LinkForm {
  id: LinkFormId;
  value: string;
  /** The form is a reasonable guess, not verified (data marked `inferred`). */
  inferred?: boolean;
}

export type LinkErrorCode =
  | 'empty'
  | 'not-a-url'
  | 'not-https'
  | 'credentials'
  | 'port'
  /** A host of the 2020 platform, closed in 2021 (the rescue page explains). */
  | 'platform-2020'
  /** Not a host of the national platform (look-alikes included). */
  | 'foreign-host'
  /** A platform host whose links have no converted form here (portal, Forge…). */
  | 'unsupported-service'
  /** The right host, but not a share / video / note address. */
  | 'unsupported-path';

export type LinkConversion =
  { ok: true; kind: LinkKind; host: string; forms: LinkForm[] } | { ok: false; code: LinkErrorCode };

export interface ConvertOptions {
  /** The `title` of the `<iframe>` codes (the screen's language); an iframe needs one (RGAA 2.1). */
  iframeTitle?: string;
  hostData?: HostData;
  linksData?: LinksData;
}

/** Longer input is not a link anyone pasted. */
export const MAX_LINK_LENGTH = 2048;

/** Nextcloud share tokens: 15 letters and digits by default; up to 32 when chosen by an admin app. */
const NEXTCLOUD_TOKEN = /^[A-Za-z0-9]{5,64}$/;
/** PeerTube: a UUID, or its 22-character base58 short form (`/w/…` links since PeerTube 3.3). */
const PEERTUBE_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[1-9A-HJ-NP-Za-km-z]{22})$/;
/** PeerTube's start time: seconds, or 1h2m3s. */
const START_TIME = /^(?:\d{1,6}|(?=\d)(?:\d{1,3}h)?(?:\d{1,4}m)?(?:\d{1,6}s)?)$/;
/** Esup-Pod slugs: `<id>-<title>`, letters, digits, `-` and `_`. */
const POD_SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
/** CodiMD note ids (22-character base64url) and aliases; short ids of published notes. */
const CODIMD_ID = /^[A-Za-z0-9_-]{5,64}$/;
/** First path segments of CodiMD that are its own pages, not notes. */
const CODIMD_RESERVED = new Set([
  'new',
  's',
  'p',
  'features',
  'status',
  'login',
  'logout',
  'register',
  'auth',
  'me',
  'history',
  'uploads',
  'uploadimage',
  'build',
  'css',
  'js',
  'vendor',
  'docs',
  'fonts',
  'favicon.png',
  'robots.txt',
]);

const fail = (code: LinkErrorCode): LinkConversion => ({ ok: false, code });

/** Escapes an attribute value for the `<iframe>` code (the title comes from the screen, the URL is ours). */
const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function iframe(src: string, title: string, sandbox: boolean): string {
  // PeerTube's own share dialog uses this sandbox; Esup-Pod's iframe code has none.
  const sandboxAttr = sandbox ? ' sandbox="allow-same-origin allow-scripts allow-popups allow-forms"' : '';
  return (
    `<iframe title="${attr(title)}" width="560" height="315" src="${attr(src)}"` +
    ` style="border: 0" allow="fullscreen"${sandboxAttr}></iframe>`
  );
}

function isTubeHost(host: string, data: HostData, links: LinksData): boolean {
  const match = instanceForUrl(`https://${host}/`, data);
  if (match?.service === 'peertube' && match.platform === 'national') return true;
  const theme = /^tube-([a-z0-9-]+)\.apps\.education\.fr$/.exec(host)?.[1];
  return theme !== undefined && links.links.tubeThemes.includes(theme);
}

/** Path segments, percent-decoded; undefined when one does not decode. */
function segments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

export function convertLink(input: string, options: ConvertOptions = {}): LinkConversion {
  const data = options.hostData ?? bundledHostData;
  const links = options.linksData ?? bundledLinksData;
  const title = options.iframeTitle ?? 'Vidéo';
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return fail('empty');
  if (text.length > MAX_LINK_LENGTH) return fail('not-a-url');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('not-a-url');
  }
  if (url.protocol === 'http:') return fail('not-https');
  if (url.protocol !== 'https:') return fail('not-a-url');
  if (url.username !== '' || url.password !== '') return fail('credentials');
  if (url.port !== '') return fail('port');
  const host = normalizeHostname(url.hostname);
  const parts = segments(url.pathname);
  if (parts === undefined) return fail('unsupported-path');
  const origin = `https://${host}`;

  const instance = instanceForUrl(url.href, data);
  if (instance?.platform === 'beta') return fail('platform-2020');
  const service =
    instance?.platform === 'national'
      ? instance.service
      : isTubeHost(host, data, links)
        ? 'peertube'
        : undefined;
  if (service === undefined) return fail('foreign-host');

  if (service === 'nextcloud') {
    // /s/<token>, /index.php/s/<token>, optionally followed by /download or /.
    const rest = parts[0] === 'index.php' ? parts.slice(1) : parts;
    const token = rest[0] === 's' ? rest[1] : undefined;
    const tail = rest.slice(2);
    if (
      token === undefined ||
      !NEXTCLOUD_TOKEN.test(token) ||
      !(tail.length === 0 || (tail.length === 1 && tail[0] === 'download'))
    )
      return fail('unsupported-path');
    return {
      ok: true,
      kind: 'nuage-share',
      host,
      forms: [
        { id: 'download', value: `${origin}/s/${token}/download` },
        { id: 'webdav', value: `${origin}/public.php/webdav/` },
        { id: 'webdav-user', value: token },
        { id: 'dav', value: `${origin}/public.php/dav/files/${token}/` },
      ],
    };
  }

  if (service === 'peertube') {
    let id: string | undefined;
    let playlist = false;
    if (parts[0] === 'w') [id, playlist] = parts[1] === 'p' ? [parts[2], true] : [parts[1], false];
    else if (parts[0] === 'videos' && (parts[1] === 'watch' || parts[1] === 'embed'))
      [id, playlist] = parts[2] === 'playlist' ? [parts[3], true] : [parts[2], false];
    else if (parts[0] === 'video-playlists' && parts[1] === 'embed') [id, playlist] = [parts[2], true];
    const expected = playlist ? (parts[0] === 'w' ? 3 : 4) : parts[0] === 'w' ? 2 : 3;
    if (id === undefined || !PEERTUBE_ID.test(id) || parts.length !== expected)
      return fail('unsupported-path');
    const start = url.searchParams.get('start') ?? url.searchParams.get('t') ?? '';
    const query = start !== '' && START_TIME.test(start) ? `?start=${start}` : '';
    const embed = `${origin}/${playlist ? 'video-playlists' : 'videos'}/embed/${id}${query}`;
    return {
      ok: true,
      kind: playlist ? 'tube-playlist' : 'tube-video',
      host,
      forms: [
        { id: 'iframe', value: iframe(embed, title, true) },
        { id: 'embed-url', value: embed },
      ],
    };
  }

  if (service === 'podeduc') {
    const slug = parts[0] === 'video' && parts.length === 2 ? parts[1] : undefined;
    if (slug === undefined || !POD_SLUG.test(slug)) return fail('unsupported-path');
    const { value, inferred } = links.links.podeducEmbedQuery;
    const embed = `${origin}/video/${slug}/?${value}`;
    const mark = inferred ? { inferred: true } : {};
    return {
      ok: true,
      kind: 'podeduc-video',
      host,
      forms: [
        { id: 'iframe', value: iframe(embed, title, false), ...mark },
        { id: 'embed-url', value: embed, ...mark },
      ],
    };
  }

  if (service === 'codimd') {
    if (parts[0] === 's') {
      const id = parts[1];
      const tail = parts.slice(2);
      if (
        id === undefined ||
        !CODIMD_ID.test(id) ||
        !(tail.length === 0 || (tail.length === 1 && tail[0] === 'download'))
      )
        return fail('unsupported-path');
      return {
        ok: true,
        kind: 'codimd-published',
        host,
        forms: [
          { id: 'published', value: `${origin}/s/${id}` },
          { id: 'download', value: `${origin}/s/${id}/download` },
        ],
      };
    }
    const id = parts[0];
    const tail = parts.slice(1);
    if (
      id === undefined ||
      CODIMD_RESERVED.has(id.toLowerCase()) ||
      !CODIMD_ID.test(id) ||
      !(tail.length === 0 || (tail.length === 1 && (tail[0] === 'download' || tail[0] === 'publish')))
    )
      return fail('unsupported-path');
    return {
      ok: true,
      kind: 'codimd-note',
      host,
      forms: [
        { id: 'publish', value: `${origin}/${id}/publish` },
        { id: 'download', value: `${origin}/${id}/download` },
      ],
    };
  }

  return fail('unsupported-service');
}

/** The one form the context menu copies: the one pasted most (download link, embed code, published view). */
export function primaryForm(conversion: Extract<LinkConversion, { ok: true }>): LinkForm {
  const wanted: Record<LinkKind, LinkFormId> = {
    'nuage-share': 'download',
    'tube-video': 'iframe',
    'tube-playlist': 'iframe',
    'podeduc-video': 'iframe',
    'codimd-note': 'publish',
    'codimd-published': 'published',
  };
  return conversion.forms.find((f) => f.id === wanted[conversion.kind]) ?? conversion.forms[0]!;
}
