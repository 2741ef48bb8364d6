// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturePageOf, captureFromNuageSharing, captureFromProfile, captureMyId } from '@/lib/share/capture';

// Served copies of the relevant markup of the two pages (also served by the e2e tests).
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/capture', name), 'utf8');
const PROFILE = fixture('laboite-profile.html');
const NUAGE = fixture('nuage-sharing.html');

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('capturePageOf: only the two pages', () => {
  it.each([
    ['https://portail.apps.education.fr/profile', 'profile'],
    ['https://portail.apps.education.fr/profile/', 'profile'],
    ['https://nuage06.apps.education.fr/settings/user/sharing', 'nuage-sharing'],
    ['https://nuage15.apps.education.fr/index.php/settings/user/sharing', 'nuage-sharing'],
    ['https://portail.apps.education.fr/services', undefined],
    ['http://portail.apps.education.fr/profile', undefined],
    ['https://portail.apps.education.fr:8443/profile', undefined],
    ['https://x@portail.apps.education.fr/profile', undefined],
    ['https://portail.apps.education.fr.evil.example/profile', undefined],
    ['https://nuage06.apps.education.fr/apps/files/', undefined],
    ['https://nuage.apps.education.fr/settings/user/sharing', undefined],
    ['https://evil.example/settings/user/sharing', undefined],
    ['pas une url', undefined],
  ])('%s → %s', (url, page) => {
    expect(capturePageOf(url)).toBe(page);
  });
});

describe('capture on La Boîte’s profile', () => {
  it('reads the read-only #nclocator field', () => {
    expect(captureFromProfile(doc(PROFILE))).toBe('jdupont@nuage06.apps.education.fr');
    expect(captureMyId('https://portail.apps.education.fr/profile', doc(PROFILE))).toEqual({
      id: 'jdupont@nuage06.apps.education.fr',
      page: 'profile',
    });
  });

  it('never reads an editable field, nor an ID off the Nuage nodes', () => {
    expect(captureFromProfile(doc(PROFILE.replace('readonly', '')))).toBeUndefined();
    expect(
      captureFromProfile(doc(PROFILE.replace('nuage06.apps.education.fr', 'evil.example'))),
    ).toBeUndefined();
    expect(
      captureFromProfile(doc('<p id="nclocator">jdupont@nuage06.apps.education.fr</p>')),
    ).toBeUndefined();
    expect(captureFromProfile(doc('<p>nothing</p>'))).toBeUndefined();
    expect(captureMyId('https://portail.apps.education.fr/services', doc(PROFILE))).toBeUndefined();
  });
});

describe('capture on Nuage’s sharing settings', () => {
  it('reads the server’s initial state', () => {
    expect(captureFromNuageSharing(doc(NUAGE), 'nuage06.apps.education.fr')).toBe(
      'jdupont@nuage06.apps.education.fr',
    );
  });

  it('falls back on the ID shown in the federated section, never a field’s value', () => {
    const withoutState = NUAGE.replace(/<input\s+type="hidden"[^>]*\/>/, '');
    expect(captureFromNuageSharing(doc(withoutState), 'nuage06.apps.education.fr')).toBe(
      'jdupont@nuage06.apps.education.fr',
    );
    const onlyTyped = withoutState.replace(/<p class="cloud-id-text">[\s\S]*?<\/p>/, '');
    expect(captureFromNuageSharing(doc(onlyTyped), 'nuage06.apps.education.fr')).toBeUndefined();
  });

  it('the ID must be on the node the page is served from', () => {
    expect(captureFromNuageSharing(doc(NUAGE), 'nuage03.apps.education.fr')).toBeUndefined();
    expect(
      captureMyId('https://nuage03.apps.education.fr/settings/user/sharing', doc(NUAGE)),
    ).toBeUndefined();
  });
});
