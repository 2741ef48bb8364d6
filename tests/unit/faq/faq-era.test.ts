import { describe, expect, it } from 'vitest';
import { bundled2020Faq, bundledTodayFaq } from '@/lib/faq/data';
import {
  eraBoost,
  eraOf,
  faqParts,
  localizeEntry,
  preferredEra,
  PREFERRED_ERA_BOOST,
  withTodayPart,
} from '@/lib/faq/era';
import { coversQuery, MIN_SHARE_OF_BEST, relevantHits, requiredWords } from '@/lib/faq/relevance';
import { faqEntrySchema, type FaqEntry } from '@/lib/faq/schema';
import { NARROW_NBSP, NBSP, typesetEnglish, typesetFrench } from '@/lib/faq/typography';

const entry = (id: string, era?: 'today' | '2020'): FaqEntry => ({
  id,
  question: `Question ${id}`,
  section: 'Section',
  answer: [{ type: 'p', content: [{ text: 'Réponse.' }] }],
  ...(era ? { era } : {}),
});

describe('era', () => {
  it('an entry without era is a 2020 one; the schema accepts both and keeps the data as it is', () => {
    expect(eraOf(entry('a'))).toBe('2020');
    expect(eraOf(entry('b', 'today'))).toBe('today');
    expect(faqEntrySchema.parse(entry('a'))).toEqual(entry('a'));
    expect(faqEntrySchema.safeParse({ ...entry('a'), era: '2030' }).success).toBe(false);
    expect(faqEntrySchema.safeParse({ ...entry('a'), en: { question: 'Q' } }).success).toBe(false);
  });

  it('the platform in force decides which part ranks first', () => {
    expect(preferredEra('national')).toBe('today');
    expect(preferredEra('beta')).toBe('2020');
    expect(eraBoost('today', 'today')).toBe(PREFERRED_ERA_BOOST);
    expect(eraBoost('2020', 'today')).toBe(1);
    expect(eraBoost('2020', undefined)).toBe(1);
  });

  it('a remote FAQ without today entries gets the bundled ones in front; one with them is kept as is', () => {
    const remote = [entry('r1'), entry('r2')];
    expect(withTodayPart(remote, bundledTodayFaq)).toEqual([...bundledTodayFaq, ...remote]);
    const own = [entry('t1', 'today'), entry('r1')];
    expect(withTodayPart(own, bundledTodayFaq)).toEqual(own);
    // An id the remote FAQ already uses stays the remote one's.
    const clash = [{ ...entry(bundledTodayFaq[0]!.id), question: 'Autre' }];
    expect(withTodayPart(clash, bundledTodayFaq).filter((e) => e.id === clash[0]!.id)).toEqual(clash);
    // The bundled copy itself is unchanged.
    const bundled = [...bundledTodayFaq, ...bundled2020Faq];
    expect(withTodayPart(bundled, bundledTodayFaq)).toEqual(bundled);
  });

  it('splits the parts and shows an entry in English only where it has English', () => {
    const { today, past } = faqParts([...bundledTodayFaq, ...bundled2020Faq]);
    expect(today).toEqual(bundledTodayFaq);
    expect(past).toEqual(bundled2020Faq);
    const nuage = bundledTodayFaq[0]!;
    expect(localizeEntry(nuage, 'en').question).toBe(nuage.en!.question);
    expect(localizeEntry(nuage, 'en').section).toBe(nuage.en!.section);
    expect(localizeEntry(nuage, 'fr')).toBe(nuage);
    expect(localizeEntry(bundled2020Faq[0]!, 'en')).toBe(bundled2020Faq[0]);
  });
});

describe('minimum relevance', () => {
  it('asks for two words (all when fewer), and half of a long query', () => {
    expect([1, 2, 3, 4, 5, 6, 8].map(requiredWords)).toEqual([1, 2, 2, 2, 3, 3, 4]);
  });

  it('counts a word matched by any of its terms, and ignores filler words', () => {
    const words = [['voudrais'], ['fichiers', 'fichier'], ['corbeille']];
    expect(coversQuery(words, ['fichier', 'corbeille'])).toBe(true);
    expect(coversQuery(words, ['fichier'])).toBe(false);
    expect(coversQuery([['fiche'], ['paie']], ['fiche'])).toBe(false);
    expect(coversQuery([], [])).toBe(false);
  });

  it('drops the tail far below the best hit', () => {
    const words = [['quota']];
    const results = [
      { id: 'a', score: 100, queryTerms: ['quota'] },
      { id: 'b', score: 100 * MIN_SHARE_OF_BEST, queryTerms: ['quota'] },
      { id: 'c', score: 100 * MIN_SHARE_OF_BEST - 1, queryTerms: ['quota'] },
    ];
    expect(relevantHits(results, words).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('French typography (presentation only)', () => {
  it('typographic apostrophes and no-break spaces before ? ! : ;', () => {
    expect(typesetFrench('Qu\'est-ce que c\'est "apps.education.fr"?')).toBe(
      `Qu’est-ce que c’est "apps.education.fr"${NARROW_NBSP}?`,
    );
    expect(typesetFrench('Je veux participer!')).toBe(`Je veux participer${NARROW_NBSP}!`);
    expect(typesetFrench('Et après ? Quelles')).toBe(`Et après${NARROW_NBSP}? Quelles`);
    expect(typesetFrench('champ « ID de Fédération Nextcloud »')).toBe(
      `champ «${NBSP}ID de Fédération Nextcloud${NBSP}»`,
    );
    expect(typesetFrench('un produit : la plateforme ; et')).toBe(
      `un produit${NBSP}: la plateforme${NARROW_NBSP}; et`,
    );
  });

  it('leaves addresses, times and glued colons alone, and keeps one character for one otherwise', () => {
    for (const text of ['https://apps.education.fr/', 'à 10:30', 'room/#apps.education.fr:agent', 'x?y=1'])
      expect(typesetFrench(text)).toBe(text);
    const text = "l'académie : oui ; non ? bien !";
    expect(typesetFrench(text)).toHaveLength(text.length);
  });

  it('English keeps its own punctuation', () => {
    expect(typesetEnglish("Where's my ID? Here: it's")).toBe('Where’s my ID? Here: it’s');
  });
});
