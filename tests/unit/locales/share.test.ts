import { describe, expect, it } from 'vitest';
import { bundledHostData, buildShareId, SHARE_ID_ERROR_CODES, type ShareIdResult } from '@/lib';
import type { Lang } from '@/lib/i18n';
import { shareIdsFromText, type ShareItem } from '@/lib/share/share';
import { describeShareError, shareReason, shareTexts } from '@/locales/share';

// The core returns codes and parameters; locales/share.ts says them, in French and in English alike.

type Failure = Extract<ShareIdResult, { ok: false }>;

function failure(result: ShareIdResult): Failure {
  if (result.ok) return expect.fail(`expected an error, got ${result.id}`);
  return result;
}

const longHost = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(38)}.fr`;
const noNextcloud = { ...bundledHostData, overrides: { lyon: { nextcloud: null } } };

/** One real error per code (and per cause of no-host), with the values its text must carry. */
const cases: [string, Failure, string[]][] = [
  ['no-address', failure(buildShareId('Bonjour')), []],
  [
    'several-addresses',
    failure(buildShareId('a@ac-lyon.fr, b@ac-nice.fr, c@ac-caen.fr, d@ac-lyon.fr')),
    ['a@ac-lyon.fr', 'b@ac-nice.fr', 'c@ac-caen.fr', '…'],
  ],
  ['not-staff', failure(buildShareId('bob@gmail.com')), ['bob@gmail.com']],
  ['invalid-chars', failure(buildShareId('prénom@ac-lyon.fr')), ['prénom@ac-lyon.fr', 'é']],
  ['no-host (national)', failure(buildShareId('a@ac-lyon.fr', { platform: 'national' })), []],
  ['no-host (beta)', failure(buildShareId('a@ac-lyon.fr', { data: noNextcloud })), ['@ac-lyon.fr']],
  ['invalid-host', failure(buildShareId('a@ac-lyon.fr', { host: 'pas un serveur' })), ['pas un serveur']],
  ['too-long', failure(buildShareId('jean.dupont@ac-lyon.fr', { host: longHost })), ['255']],
  ['unknown-server', pageFailure('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr.evil.example'), []],
];

/** The error a page's text gives through the context menu's path (shareIdsFromText, fromPage). */
function pageFailure(text: string): Failure {
  const [item] = shareIdsFromText(text, { platform: 'beta', fromPage: true });
  if (item?.kind !== 'error') return expect.fail(`expected an error, got ${JSON.stringify(item)}`);
  const { kind: _kind, ...rest } = item;
  return { ok: false, ...rest };
}

/** Addresses, host names and numbers a text names: the facts that both languages must give alike. */
function facts(text: string): string[] {
  const found = text.match(
    /[\p{L}\p{N}._+'-]*@[\p{L}\p{N}.-]*[\p{L}\p{N}]|[a-z0-9-]+(?:\.[a-z0-9-]+)+|\d+/gu,
  );
  return [...new Set(found ?? [])].sort();
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the share dictionary', () => {
  it('has the same keys in French and English, none empty, with the same placeholders', () => {
    expect(Object.keys(shareTexts.en).sort()).toEqual(Object.keys(shareTexts.fr).sort());
    for (const [key, fr] of Object.entries(shareTexts.fr)) {
      const en = shareTexts.en[key as keyof typeof shareTexts.en];
      expect(fr.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholdersOf(en), key).toEqual(placeholdersOf(fr));
      expect(facts(en), key).toEqual(facts(fr));
    }
  });

  it('covers every error code of the core', () => {
    expect([...new Set(cases.map(([, error]) => error.code))].sort()).toEqual(
      [...SHARE_ID_ERROR_CODES].sort(),
    );
  });
});

describe.each(cases)('%s', (_name, error, values) => {
  const item: Extract<ShareItem, { kind: 'error' }> = { ...error, kind: 'error' };
  const texts = (lang: Lang) => ({
    full: describeShareError(error.code, error, lang),
    short: shareReason(item, lang),
  });

  it.each(['fr', 'en'] as const)('has a full and a short text in %s, every placeholder filled', (lang) => {
    for (const text of Object.values(texts(lang))) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the same values in French and in English', () => {
    const fr = texts('fr');
    const en = texts('en');
    for (const value of values) {
      expect(fr.full).toContain(value);
      expect(en.full).toContain(value);
    }
    expect(facts(en.full)).toEqual(facts(fr.full));
    expect(facts(en.short)).toEqual(facts(fr.short));
  });
});

describe('the short reasons of the context menu', () => {
  it('tell the two causes of no-host apart, in both languages', () => {
    const [national] = shareIdsFromText('a@ac-lyon.fr', { platform: 'national' });
    const [beta] = shareIdsFromText('a@ac-lyon.fr', { platform: 'beta', data: noNextcloud });
    if (national?.kind !== 'error' || beta?.kind !== 'error') throw new Error('expected two errors');
    expect(shareReason(national, 'fr')).toContain('plateforme nationale');
    expect(shareReason(national, 'en')).toContain('national platform');
    expect(shareReason(beta, 'fr')).toContain('@ac-lyon.fr');
    expect(shareReason(beta, 'en')).toContain('@ac-lyon.fr');
  });
});
