import { describe, expect, it } from 'vitest';
import {
  foldFrench,
  FRENCH_STOP_WORDS,
  processFrenchTerm,
  stemFrench,
  tokenizeFrench,
} from '@/lib/faq/french';

describe('foldFrench', () => {
  it.each([
    ['Élèves', 'eleves'],
    ['HÉBERGÉES', 'hebergees'],
    ['ça', 'ca'],
    ['Cœur', 'coeur'],
    ['ex æquo', 'ex aequo'],
    ['l’académie', "l'academie"],
    ['Boîte', 'boite'],
  ])('%s → %s', (input, expected) => {
    expect(foldFrench(input)).toBe(expected);
  });
});

describe('tokenizeFrench', () => {
  it('splits on apostrophes, hyphens, dots and @, keeps digits', () => {
    expect(tokenizeFrench("l'académie d’Aix-Marseille, prenom.nom@ac-lyon.fr en 2019 !")).toEqual([
      'l',
      'académie',
      'd',
      'Aix',
      'Marseille',
      'prenom',
      'nom',
      'ac',
      'lyon',
      'fr',
      'en',
      '2019',
    ]);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenizeFrench(' ?! … -- ')).toEqual([]);
  });
});

describe('stemFrench', () => {
  it.each([
    ['eleves', 'elev'],
    ['eleve', 'elev'],
    ['hebergees', 'heberg'],
    ['hebergee', 'heberg'],
    ['hebergement', 'heberg'],
    ['heberger', 'heberg'],
    ['heberge', 'heberg'],
    ['quotas', 'quota'],
    ['quota', 'quota'],
    ['collegues', 'collegu'],
    ['academies', 'academi'],
    ['partager', 'partag'],
    ['partages', 'partag'],
    ['creer', 'cre'],
    ['creee', 'cre'],
    ['creez', 'cre'],
    ['journaux', 'journal'],
    ['bureaux', 'bureau'],
    ['mots', 'mot'],
    ['acces', 'acc'],
    ['process', 'process'],
    ['courriel', 'courriel'],
  ])('%s → %s', (word, stem) => {
    expect(stemFrench(word)).toBe(stem);
  });

  it('keeps words of three letters or less', () => {
    expect(stemFrench('ent')).toBe('ent');
    expect(stemFrench('mes')).toBe('mes');
  });

  it('never leaves a stem shorter than three letters', () => {
    // "-ement" would leave "el"
    expect(stemFrench('element')).toBe('element');
    expect(stemFrench('cree')).toBe('cre');
  });

  it('gives the same stem to the forms people type and the forms the FAQ uses', () => {
    const same = (a: string, b: string) => stemFrench(foldFrench(a)) === stemFrench(foldFrench(b));
    expect(same('hébergement', 'hébergées')).toBe(true);
    expect(same('élèves', 'élève')).toBe(true);
    expect(same('collègue', 'collègues')).toBe(true);
    expect(same('données', 'donnée')).toBe(true);
  });
});

describe('processFrenchTerm', () => {
  it('folds and returns the word and its stem', () => {
    expect(processFrenchTerm('Élèves')).toEqual(['eleves', 'elev']);
    expect(processFrenchTerm('quota')).toEqual(['quota']);
  });

  it('drops stop words, single letters and elisions', () => {
    for (const word of ['de', 'la', 'Les', 'pour', 'Comment', 'pourquoi', 'à', 'où', 'l', 'd', 'été']) {
      expect(processFrenchTerm(word), word).toBeNull();
    }
    expect(processFrenchTerm("l'académie")).toEqual(['academie', 'academi']);
    expect(processFrenchTerm('qu’il')).toBeNull();
  });

  it('keeps content words that look like stop words', () => {
    expect(processFrenchTerm('passe')).toEqual(['passe', 'pass']);
    expect(processFrenchTerm('mot')).toEqual(['mot']);
    expect(processFrenchTerm('compte')).toEqual(['compte', 'compt']);
  });

  it('has a folded stop word list', () => {
    for (const word of FRENCH_STOP_WORDS) expect(word).toBe(foldFrench(word));
  });
});
