import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import nuageLearningJson from '@/assets/data/nuage-learning.json';
import { createMessageRouter } from '@/entrypoints/background/router';
import { NUAGE_INCLUDE_GLOBS, NUAGE_MATCHES } from '@/entrypoints/platform.content/index';
import { bundledHostData } from '@/lib/platform/hosts';
import {
  bundledNuageLearning,
  isNuageNode,
  nuageContentScriptMatches,
  nuageNodeFromUrl,
  nuageNodeName,
  parseNuageInput,
} from '@/lib/platform/nuage';
import { nuageLearningSchema } from '@/lib/platform/schemas';
import { readUserSettings, updateSettings } from '@/lib/settings/settings';

describe('the learning data (assets/data/nuage-learning.json)', () => {
  it('validates, is marked inferred and says where it comes from', () => {
    const result = nuageLearningSchema.safeParse(nuageLearningJson);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(nuageLearningJson.inferred).toBe(true);
    expect(nuageLearningJson.source.length).toBeGreaterThan(20);
  });
});

describe('isNuageNode / nuageNodeName', () => {
  it.each([
    ['nuage06.apps.education.fr', true],
    ['nuage99.apps.education.fr', true],
    ['nuage1.apps.education.fr', true],
    ['nuage123.apps.education.fr', true],
    ['nuage.apps.education.fr', false],
    ['nuagex.apps.education.fr', false],
    ['nuage06.apps.education.fr.evil.example', false],
    ['nuage06.evil.apps.education.fr', false],
    ['xnuage06.apps.education.fr', false],
    ['cloud-grenoble.beta.education.fr', false],
  ])('%s → %s', (host, expected) => {
    expect(isNuageNode(host)).toBe(expected);
  });

  it('names a node by its first label', () => {
    expect(nuageNodeName('nuage06.apps.education.fr')).toBe('nuage06');
    expect(nuageNodeName('portail.apps.education.fr')).toBe('portail.apps.education.fr');
  });
});

describe('nuageNodeFromUrl: what proves « Mon Nuage »', () => {
  it.each([
    ['https://nuage06.apps.education.fr/apps/files/', 'nuage06.apps.education.fr'],
    ['https://nuage06.apps.education.fr/apps/files/?dir=/Documents', 'nuage06.apps.education.fr'],
    ['https://nuage99.apps.education.fr/apps/dashboard/', 'nuage99.apps.education.fr'],
    ['https://nuage100.apps.education.fr/index.php/apps/files/', 'nuage100.apps.education.fr'],
    ['https://NUAGE06.apps.education.fr./apps/files/', 'nuage06.apps.education.fr'],
    ['https://nuage06.apps.education.fr:443/apps/files/', 'nuage06.apps.education.fr'],
    ['https://nuage02.apps.education.fr/settings/user/sharing', 'nuage02.apps.education.fr'],
    ['https://nuage06.apps.education.fr/apps/files/#top', 'nuage06.apps.education.fr'],
  ])('%s → %s', (url, node) => {
    expect(nuageNodeFromUrl(url)).toBe(node);
  });

  it.each([
    ['https://nuage.apps.education.fr/apps/files/', 'the entry point is no node'],
    ['https://nuage.apps.education.fr.evil.example/apps/files/', 'look-alike suffix'],
    ['https://nuage06.apps.education.fr.evil.example/apps/files/', 'node name, foreign domain'],
    ['https://nuage06.apps.education.fr@evil.example/apps/files/', 'node name as credentials'],
    ['https://user:pw@nuage06.apps.education.fr/apps/files/', 'credentials on the node'],
    ['http://nuage06.apps.education.fr/apps/files/', 'http:'],
    ['https://nuage06.apps.education.fr:8443/apps/files/', 'another port'],
    ['https://evil.example/?u=https://nuage06.apps.education.fr/apps/files/', 'in the query'],
    ['https://evil.example/nuage06.apps.education.fr/apps/files/', 'in the path'],
    ['https://nuage06.evil.apps.education.fr/apps/files/', 'extra label'],
    ['https://xnuage06.apps.education.fr/apps/files/', 'prefixed'],
    ['https://nuage0\u0441.apps.education.fr/apps/files/', 'IDN look-alike'],
    ['https://nuage06.apps.education.fr/login', 'the login page'],
    ['https://nuage06.apps.education.fr/login?redirect_url=/apps/files/', 'the login page, with a redirect'],
    ['https://nuage06.apps.education.fr/index.php/login', 'the login page without pretty URLs'],
    ['https://nuage06.apps.education.fr/login/flow', 'the login flow'],
    ['https://nuage06.apps.education.fr/apps/user_saml/saml/login', 'a sign-in app'],
    ['https://nuage06.apps.education.fr/apps/oidc_login/oidc', 'a sign-in app'],
    ['https://nuage06.apps.education.fr/apps/registration/', 'the registration app'],
    ['https://nuage02.apps.education.fr/s/AbCdEf', 'a colleague’s public share link'],
    ['https://nuage02.apps.education.fr/index.php/s/AbCdEf', 'a public share link, no pretty URLs'],
    ['https://nuage02.apps.education.fr/apps/files_sharing/publicpreview/AbC', 'a public preview'],
    ['https://nuage02.apps.education.fr/apps/forms/s/AbC', 'a public form'],
    ['https://nuage02.apps.education.fr/apps/calendar/p/AbC', 'a public calendar'],
    ['https://nuage06.apps.education.fr/', 'the root (a redirect, signed in or not)'],
    ['not a url', 'garbage'],
    ['', 'empty'],
  ])('%s is not learned (%s)', (url) => {
    expect(nuageNodeFromUrl(url)).toBeUndefined();
  });

  it('follows the data: a pattern or paths changed by data change what is learned', () => {
    const data = {
      ...bundledHostData,
      national: {
        ...bundledHostData.national,
        nextcloudHostPattern: { prefix: 'nc', suffix: '.example.fr' },
      },
    };
    expect(nuageNodeFromUrl('https://nc7.example.fr/apps/files/', data)).toBe('nc7.example.fr');
    const onlyDashboard = { ...bundledNuageLearning, paths: ['/apps/dashboard/**'] };
    expect(nuageNodeFromUrl('https://nuage06.apps.education.fr/apps/files/', undefined, onlyDashboard)).toBe(
      undefined,
    );
  });
});

describe('parseNuageInput (the options’ field)', () => {
  it.each([
    ['nuage06', 'nuage06.apps.education.fr'],
    [' Nuage06 ', 'nuage06.apps.education.fr'],
    ['nuage06.apps.education.fr', 'nuage06.apps.education.fr'],
    ['https://nuage06.apps.education.fr/apps/files/', 'nuage06.apps.education.fr'],
    ['nuage', undefined],
    ['nuage.apps.education.fr', undefined],
    ['http://nuage06.apps.education.fr/', undefined],
    ['https://nuage06.apps.education.fr@evil.example/', undefined],
    ['https://nuage06.apps.education.fr.evil.example/', undefined],
    ['cloud-grenoble.beta.education.fr', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseNuageInput(text)).toBe(expected);
  });
});

describe('the content script of the nodes', () => {
  it('matches what the data says, inside the *.education.fr host permission', () => {
    expect(nuageContentScriptMatches()).toEqual({
      matches: NUAGE_MATCHES,
      includeGlobs: NUAGE_INCLUDE_GLOBS,
    });
    for (const pattern of NUAGE_MATCHES) expect(pattern).toMatch(/^https:\/\/\*\.[a-z.]*education\.fr\/\*$/);
  });
});

describe('background: platform:nuage-seen', () => {
  const route = createMessageRouter();
  const store = fakeBrowser.storage.local;
  const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  const from = (url: string, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
    id: fakeBrowser.runtime.id,
    url,
    tab,
    frameId: 0,
    ...extra,
  });

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('learns the node from the sender’s URL and keeps it in the settings', async () => {
    await expect(
      route({ type: 'platform:nuage-seen' }, from('https://nuage06.apps.education.fr/apps/files/')),
    ).resolves.toEqual({ learned: 'nuage06.apps.education.fr' });
    expect((await readUserSettings(store)).myNuage).toBe('nuage06.apps.education.fr');
  });

  it('keeps the profile, platform and everything else', async () => {
    await updateSettings(store, { profile: { address: 'prenom.nom@ac-lyon.fr' }, platform: 'beta' });
    await route({ type: 'platform:nuage-seen' }, from('https://nuage15.apps.education.fr/apps/files/'));
    expect(await readUserSettings(store)).toMatchObject({
      profile: { address: 'prenom.nom@ac-lyon.fr' },
      platform: 'beta',
      myNuage: 'nuage15.apps.education.fr',
    });
  });

  it('learns nothing from a login page, and ignores a node named in the message', async () => {
    await expect(
      route({ type: 'platform:nuage-seen' }, from('https://nuage06.apps.education.fr/login')),
    ).resolves.toEqual({});
    // A message with a body is not this message at all (strict schema): no answer.
    expect(
      route(
        { type: 'platform:nuage-seen', host: 'nuage66.apps.education.fr' },
        from('https://nuage06.apps.education.fr/apps/files/'),
      ),
    ).toBeUndefined();
    expect((await readUserSettings(store)).myNuage).toBeUndefined();
  });

  it.each([
    ['a sub-frame', from('https://nuage06.apps.education.fr/apps/files/', { frameId: 3 })],
    [
      'no tab (another extension page)',
      { id: fakeBrowser.runtime.id, url: 'https://nuage06.apps.education.fr/apps/files/' },
    ],
    ['another extension', from('https://nuage06.apps.education.fr/apps/files/', { id: 'someone-else' })],
    ['a page that is no instance', from('https://evil.example/apps/files/')],
  ])('refuses %s', async (_label, sender) => {
    const answer = route({ type: 'platform:nuage-seen' }, sender as Runtime.MessageSender);
    if (answer !== undefined) await expect(answer).resolves.toEqual({});
    expect((await readUserSettings(store)).myNuage).toBeUndefined();
  });
});
