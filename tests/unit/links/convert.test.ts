import { describe, expect, it } from 'vitest';
import { convertLink, primaryForm, type LinkConversion } from '@/lib/links/convert';
import { linksFileSchema } from '@/lib/links/schema';
import linksJson from '@/assets/data/links.json';

const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d';
const SHORT = 'kkGMgK9ZtnKfYAgnEtQxbv';
const TOKEN = 'Ab3dE6gH9jK2mN5';

const forms = (result: LinkConversion) =>
  result.ok ? Object.fromEntries(result.forms.map((f) => [f.id, f.value])) : result.code;

describe('the bundled links data', () => {
  it('matches its schema', () => {
    expect(linksFileSchema.safeParse(linksJson).success).toBe(true);
  });
});

describe('Nuage public share links', () => {
  it.each([
    `https://nuage03.apps.education.fr/s/${TOKEN}`,
    `https://nuage03.apps.education.fr/s/${TOKEN}/`,
    `https://nuage03.apps.education.fr/index.php/s/${TOKEN}`,
    `https://nuage03.apps.education.fr/s/${TOKEN}/download`,
    `  https://NUAGE03.apps.education.fr/s/${TOKEN}?dir=/  `,
  ])('%s → download, WebDAV (token as user) and the Nextcloud 29+ public DAV', (link) => {
    const result = convertLink(link);
    expect(result).toMatchObject({ ok: true, kind: 'nuage-share', host: 'nuage03.apps.education.fr' });
    expect(forms(result)).toEqual({
      download: `https://nuage03.apps.education.fr/s/${TOKEN}/download`,
      webdav: 'https://nuage03.apps.education.fr/public.php/webdav/',
      'webdav-user': TOKEN,
      dav: `https://nuage03.apps.education.fr/public.php/dav/files/${TOKEN}/`,
    });
  });

  it('any Nuage node (nuageNN), not only the listed one', () => {
    expect(forms(convertLink(`https://nuage15.apps.education.fr/s/${TOKEN}`))).toMatchObject({
      download: `https://nuage15.apps.education.fr/s/${TOKEN}/download`,
    });
  });

  it.each([
    [`https://nuage03.apps.education.fr/apps/files/?dir=/`, 'unsupported-path'],
    [`https://nuage03.apps.education.fr/s/`, 'unsupported-path'],
    [`https://nuage03.apps.education.fr/s/ab`, 'unsupported-path'],
    [`https://nuage03.apps.education.fr/s/${TOKEN}/preview`, 'unsupported-path'],
    [`https://nuage03.apps.education.fr/s/${TOKEN}%2F..`, 'unsupported-path'],
  ])('%s → %s', (link, code) => {
    expect(convertLink(link)).toEqual({ ok: false, code });
  });
});

describe('Tube watch links', () => {
  it.each([
    [
      `https://tube-cycle-3.apps.education.fr/w/${UUID}`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}`,
    ],
    [
      `https://tube-cycle-3.apps.education.fr/videos/watch/${UUID}`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}`,
    ],
    [
      `https://tube-maternelle.apps.education.fr/w/${SHORT}`,
      `https://tube-maternelle.apps.education.fr/videos/embed/${SHORT}`,
    ],
    // A theme of the data that is not in the catalogue's instances list.
    [
      `https://tube-langues-vivantes.apps.education.fr/w/${UUID}`,
      `https://tube-langues-vivantes.apps.education.fr/videos/embed/${UUID}`,
    ],
    [
      `https://tube-cycle-3.apps.education.fr/w/${UUID}?start=1m30s`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}?start=1m30s`,
    ],
    [
      `https://tube-cycle-3.apps.education.fr/w/${UUID}?t=90`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}?start=90`,
    ],
    [
      `https://tube-cycle-3.apps.education.fr/videos/watch/${UUID}?start=1h2m3s&autoplay=1`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}?start=1h2m3s`,
    ],
    // An unreadable start time is dropped, not copied.
    [
      `https://tube-cycle-3.apps.education.fr/w/${UUID}?start=x"><script>`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}`,
    ],
    [
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}`,
      `https://tube-cycle-3.apps.education.fr/videos/embed/${UUID}`,
    ],
  ])('%s → %s', (link, embed) => {
    const result = convertLink(link, { iframeTitle: 'Vidéo « Les fractions »' });
    expect(result).toMatchObject({ ok: true, kind: 'tube-video' });
    expect(forms(result)).toEqual({
      'embed-url': embed,
      iframe:
        `<iframe title="Vidéo « Les fractions »" width="560" height="315" src="${embed}" style="border: 0" ` +
        'allow="fullscreen" sandbox="allow-same-origin allow-scripts allow-popups allow-forms"></iframe>',
    });
  });

  it('playlists embed as playlists', () => {
    const result = convertLink(`https://tube-cycle-3.apps.education.fr/w/p/${SHORT}`);
    expect(result).toMatchObject({ ok: true, kind: 'tube-playlist' });
    expect(forms(result)).toMatchObject({
      'embed-url': `https://tube-cycle-3.apps.education.fr/video-playlists/embed/${SHORT}`,
    });
  });

  it('the iframe title is escaped', () => {
    const result = convertLink(`https://tube-cycle-3.apps.education.fr/w/${UUID}`, {
      iframeTitle: 'a"b<c>&',
    });
    expect(forms(result)).toMatchObject({
      iframe: expect.stringContaining('title="a&quot;b&lt;c&gt;&amp;"'),
    });
  });

  it.each([
    [`https://tube-cycle-3.apps.education.fr/w/not-an-id`, 'unsupported-path'],
    [`https://tube-cycle-3.apps.education.fr/c/dane/videos`, 'unsupported-path'],
    [`https://tube-cycle-3.apps.education.fr/w/${UUID}/extra`, 'unsupported-path'],
    [`https://tube-atlantis.apps.education.fr/w/${UUID}`, 'foreign-host'],
    [`https://tube-cycle-3.apps.education.fr.evil.example/w/${UUID}`, 'foreign-host'],
    [`https://evil-tube-cycle-3.apps.education.fr/w/${UUID}`, 'foreign-host'],
    [`https://tube-lyon.beta.education.fr/videos/watch/${UUID}`, 'platform-2020'],
  ])('%s → %s', (link, code) => {
    expect(convertLink(link)).toEqual({ ok: false, code });
  });
});

describe('PodEduc videos', () => {
  it.each([
    'https://podeduc.apps.education.fr/video/12345-les-fractions/',
    'https://podeduc.apps.education.fr/video/12345-les-fractions',
    'https://podeduc.apps.education.fr/video/12345-les-fractions/?is_iframe=true',
  ])('%s → its ?is_iframe=true form and iframe', (link) => {
    const result = convertLink(link, { iframeTitle: 'Vidéo PodEduc' });
    const embed = 'https://podeduc.apps.education.fr/video/12345-les-fractions/?is_iframe=true';
    expect(result).toMatchObject({ ok: true, kind: 'podeduc-video' });
    expect(forms(result)).toEqual({
      'embed-url': embed,
      iframe: `<iframe title="Vidéo PodEduc" width="560" height="315" src="${embed}" style="border: 0" allow="fullscreen"></iframe>`,
    });
  });

  it.each([
    ['https://podeduc.apps.education.fr/', 'unsupported-path'],
    ['https://podeduc.apps.education.fr/video/', 'unsupported-path'],
    ['https://podeduc.apps.education.fr/video/a/b/', 'unsupported-path'],
    ['https://podeduc.apps.education.fr.evil.example/video/123-x/', 'foreign-host'],
  ])('%s → %s', (link, code) => {
    expect(convertLink(link)).toEqual({ ok: false, code });
  });
});

describe('CodiMD notes', () => {
  const NOTE = 'Qm9uam91ci1sZXMtZWxldmVz';
  it.each([
    `https://codimd.apps.education.fr/${NOTE}`,
    `https://codimd.apps.education.fr/${NOTE}?both`,
    `https://codimd.apps.education.fr/${NOTE}?view#Titre`,
    `https://codimd.apps.education.fr/${NOTE}/download`,
  ])('%s → publish (→ /s/…) and download', (link) => {
    const result = convertLink(link);
    expect(result).toMatchObject({ ok: true, kind: 'codimd-note' });
    expect(forms(result)).toEqual({
      publish: `https://codimd.apps.education.fr/${NOTE}/publish`,
      download: `https://codimd.apps.education.fr/${NOTE}/download`,
    });
  });

  it('a published note → itself and its download', () => {
    expect(forms(convertLink('https://codimd.apps.education.fr/s/S1ok9no3f'))).toEqual({
      published: 'https://codimd.apps.education.fr/s/S1ok9no3f',
      download: 'https://codimd.apps.education.fr/s/S1ok9no3f/download',
    });
  });

  it.each([
    ['https://codimd.apps.education.fr/', 'unsupported-path'],
    ['https://codimd.apps.education.fr/new', 'unsupported-path'],
    ['https://codimd.apps.education.fr/features', 'unsupported-path'],
    [`https://codimd.apps.education.fr/${NOTE}/slide`, 'unsupported-path'],
    [`https://codimd.apps.education.fr.evil.example/${NOTE}`, 'foreign-host'],
  ])('%s → %s', (link, code) => {
    expect(convertLink(link)).toEqual({ ok: false, code });
  });
});

describe('what is not a platform link gets a clear reason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['nuage03.apps.education.fr/s/abc', 'not-a-url'],
    ['ftp://nuage03.apps.education.fr/s/abcdef', 'not-a-url'],
    ['javascript:alert(1)', 'not-a-url'],
    [`https://x/${'a'.repeat(3000)}`, 'not-a-url'],
    [`http://nuage03.apps.education.fr/s/${TOKEN}`, 'not-https'],
    [`https://user:pw@nuage03.apps.education.fr/s/${TOKEN}`, 'credentials'],
    // The platform's host as a user name, a classic disguise.
    [`https://nuage03.apps.education.fr@evil.example/s/${TOKEN}`, 'credentials'],
    [`https://nuage03.apps.education.fr:8443/s/${TOKEN}`, 'port'],
    [`https://nuage03.apps.education.fr.evil.example/s/${TOKEN}`, 'foreign-host'],
    [`https://evil.example/?u=https://nuage03.apps.education.fr/s/${TOKEN}`, 'foreign-host'],
    [`https://nuage.apps.education.fr.example/s/${TOKEN}`, 'foreign-host'],
    ['https://portail.apps.education.fr/services', 'unsupported-service'],
    ['https://forge.apps.education.fr/group/project', 'unsupported-service'],
    [`https://cloud-lyon.beta.education.fr/s/${TOKEN}`, 'platform-2020'],
  ])('%j → %s', (link, code) => {
    expect(convertLink(link)).toEqual({ ok: false, code });
  });
});

describe('primaryForm: what the context menu copies', () => {
  it.each([
    [`https://nuage03.apps.education.fr/s/${TOKEN}`, 'download'],
    [`https://tube-cycle-3.apps.education.fr/w/${UUID}`, 'iframe'],
    ['https://podeduc.apps.education.fr/video/123-x/', 'iframe'],
    ['https://codimd.apps.education.fr/Qm9uam91ci1sZXMtZWxldmVz', 'publish'],
    ['https://codimd.apps.education.fr/s/S1ok9no3f', 'published'],
  ])('%s → %s', (link, id) => {
    const result = convertLink(link);
    if (!result.ok) throw new Error(result.code);
    expect(primaryForm(result).id).toBe(id);
  });
});
