/**
 * Relevance of today's answers: queries a teacher would type (with accents, without, with one typo,
 * half typed), and the entry that answers them, chosen by reading the entries. On the national
 * platform the expected entry must be the FIRST hit (top-1) for every query and among the first
 * three on the 2020 platform too (top-3), where only a 2020 entry that answers as well may pass it.
 * Then queries the FAQ has no answer for: no hit at all (the minimum-relevance rule).
 */
import { describe, expect, it } from 'vitest';
import { bundledFaq } from '@/lib/faq/data';
import { localizeFaq } from '@/lib/faq/era';
import type { FaqEra } from '@/lib/faq/schema';
import { createFaqIndex } from '@/lib/faq/search';
import {
  BETA,
  FEDERATION,
  NUAGE,
  RETENTION,
  SERVICES,
  SIGN_IN,
  TODAY_NO_ANSWER,
  TODAY_RELEVANCE as TABLE,
  VIDEOS,
} from '@/tests/fixtures/faq-relevance-today';

const fr = createFaqIndex(bundledFaq);
const en = createFaqIndex(localizeFaq(bundledFaq, 'en'));
const ids = (query: string, prefer: FaqEra, index = fr) =>
  index.search(query, { prefer }).map((hit) => hit.id);

describe("today's answers: relevance on realistic queries", () => {
  it.each(TABLE)('national platform, top-1: %j → %s', (query, expected) => {
    expect(ids(query, 'today')[0]).toBe(expected);
  });

  it.each(TABLE)('2020 platform, top-3: %j → %s', (query, expected) => {
    expect(ids(query, '2020').slice(0, 3)).toContain(expected);
  });

  it('sums up: every query top-1 on the national platform, top-3 on the 2020 one', () => {
    const top1 = TABLE.filter(([query, expected]) => ids(query, 'today')[0] === expected).length;
    const top3 = TABLE.filter(([query, expected]) =>
      ids(query, '2020').slice(0, 3).includes(expected),
    ).length;
    expect({ queries: TABLE.length, top1, top3 }).toEqual({
      queries: TABLE.length,
      top1: TABLE.length,
      top3: TABLE.length,
    });
  });

  it('on the national platform, ranks today first where the 2020 FAQ answers the old way', () => {
    // The 2020 answer (rebuild the ID from the address) is wrong today: it comes after.
    const share = ids("partager avec un collègue d'une autre académie", 'today');
    expect(share[0]).toBe(FEDERATION);
    expect(share).toContain('comment-partager-des-documents-avec-mes-collegues-de-la-region-academique');
    // Visio: the staff visio today, the Scaleway webconference of 2020 after it.
    expect(ids('visio', 'today').slice(0, 2)).toEqual([
      SERVICES,
      'quelles-sont-vos-relations-avec-scaleway-pourquoi-le-service-de-webconference-de',
    ]);
    // Password: the academy's sign-in desk today; the 2020 validation e-mail on the 2020 platform.
    expect(ids('mot de passe', 'today')[0]).toBe(SIGN_IN);
    expect(ids('mot de passe', '2020')[0]).toBe(
      'je-n-ai-pas-recu-le-courriel-de-validation-ou-je-n-ai-pas-pu-le-valider-dans-l',
    );
  });

  it.each([
    ['where is my federation ID', FEDERATION],
    ['share with a colleague from another academy', FEDERATION],
    ['how do I open my Nuage', NUAGE],
    ['which server is mine', NUAGE],
    ['I cannot sign in', SIGN_IN],
    ['academy desk', SIGN_IN],
    ['where are the videos', VIDEOS],
    ['staff video calls', SERVICES],
    ['how long are recordings kept', RETENTION],
    ['bin', RETENTION],
    ['old beta addresses', BETA],
  ])('English UI, top-1: %j → %s', (query, expected) => {
    expect(ids(query, 'today', en)[0]).toBe(expected);
  });
});

describe('no answer in the FAQ: no hit (minimum relevance)', () => {
  it.each(TODAY_NO_ANSWER)('%j', (query) => {
    expect(ids(query, 'today')).toEqual([]);
    expect(ids(query, '2020')).toEqual([]);
  });
});
