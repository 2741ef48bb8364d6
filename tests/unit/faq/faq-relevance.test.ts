/**
 * The questions people really ask, and the entry of the 2020 FAQ that answers them best (chosen by
 * reading the FAQ, not by running the search). Each must be the FIRST hit, on the 2020 FAQ alone and
 * on the whole bundled FAQ when the platform in force is the 2020 one (today's answers present,
 * the 2020 part preferred). Today's answers have their own table: faq-relevance-today.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { bundled2020Faq, bundledFaq } from '@/lib/faq/data';
import { eraOf } from '@/lib/faq/era';
import { createFaqIndex } from '@/lib/faq/search';

const alone = createFaqIndex(bundled2020Faq);
const whole = createFaqIndex(bundledFaq);
const era2020 = new Set(bundled2020Faq.map((entry) => entry.id));

describe.each([
  ['the 2020 FAQ alone', (query: string, limit = 10) => alone.search(query, { limit }).map((hit) => hit.id)],
  [
    'the whole FAQ on the 2020 platform',
    (query: string, limit = 10) =>
      // Among the 2020 entries; that one comes first overall is checked below.
      whole
        .search(query, { limit: limit + 10, prefer: '2020' })
        .map((hit) => hit.id)
        .filter((id) => era2020.has(id))
        .slice(0, limit),
  ],
] as const)('%s', (_, ids) => {
  const PASSWORD = 'je-n-ai-pas-recu-le-courriel-de-validation-ou-je-n-ai-pas-pu-le-valider-dans-l';
  const PUPILS = 'pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte';
  const QUOTA = 'le-quotas-de-cloud-ou-tube-ne-sont-pas-suffisants';
  const SHARE = 'comment-partager-des-documents-avec-mes-collegues-de-la-region-academique';
  const COLLABORATE = 'est-il-possible-de-collaborer-avec-des-collegues-d-autres-academies';
  const DATA_LOST = 'le-deploiement-etant-temporaire-les-donnees-seront-elles-perdues';
  const CANNOT_SIGN_UP = 'je-n-arrive-pas-a-creer-de-compte';
  const NO_VALIDATION_MAIL = 'je-ne-recois-pas-le-courriel-de-validation';
  const TEMPORARY = 'la-plateforme-est-temporaire-ou-ce-sera-perennise';
  const SCALEWAY = 'quelles-sont-vos-relations-avec-scaleway-pourquoi-le-service-de-webconference-de';

  describe('FAQ relevance: best answer first', () => {
    it.each([
      // The FAQ has no "forgotten password" entry: the only one about the password says to ask for a
      // password reset to get the validation e-mail again.
      ['mot de passe', PASSWORD],
      ['élèves', PUPILS],
      ['quota', QUOTA],
      // How to share with another academy, today (rebuild the colleague's federated cloud ID).
      ["partager avec un collègue d'une autre académie", SHARE],
      ['données perdues', DATA_LOST],
      // The general sign-up problem (wrong academy instance), before the pupils' case.
      ['créer un compte', CANNOT_SIGN_UP],
      // The question that is exactly this one (check the address form), before the resend-it entry.
      ['courriel de validation', NO_VALIDATION_MAIL],
      // The only entry using the word: today's external infrastructure, internal hosting as the target.
      ['hebergement', TEMPORARY],
    ])('%j → %s', (query, expected) => {
      expect(ids(query)[0]).toBe(expected);
    });

    it('ranks the other relevant entries right after', () => {
      expect(ids("partager avec un collègue d'une autre académie", 2)).toEqual([SHARE, COLLABORATE]);
      expect(ids('courriel de validation', 2)).toEqual([NO_VALIDATION_MAIL, PASSWORD]);
      expect(ids('créer un compte', 2)).toEqual([CANNOT_SIGN_UP, PUPILS]);
      // Scaleway "héberge" part of the services: the other hosting entry.
      expect(ids('hebergement', 2)).toEqual([TEMPORARY, SCALEWAY]);
    });

    it.each([
      ['RGPD', 'est-ce-que-vous-respectez-le-rgpd'],
      ['peertube', 'comment-chercher-dans-toutes-les-instances-peertube-du-projet-apps'],
      ['contacter', 'contacter-l-equipe'],
      ['visio', SCALEWAY],
      ['webconférence', SCALEWAY],
      ["pas d'adresse de courriel", 'je-suis-en-etablissement-scolaire-mais-sans-adresse-de-courriel'],
      [
        'applications manquantes dans mon académie',
        'mon-academie-ne-beneficie-pas-de-toutes-les-applications-signalees-dans-apps',
      ],
      ['étranger', 'et-pour-l-etranger-l-agriculture-autre'],
      ['participer', 'je-veux-participer'],
      ['identifiant', SHARE],
      ['mail', NO_VALIDATION_MAIL],
    ])('%j → %s', (query, expected) => {
      expect(ids(query)[0]).toBe(expected);
    });

    it('folds case and accents', () => {
      for (const query of ['ELEVES', 'eleves', 'Élèves', 'élève']) expect(ids(query)[0], query).toBe(PUPILS);
      for (const query of ['DONNEES PERDUES', 'donnees perdues'])
        expect(ids(query)[0], query).toBe(DATA_LOST);
    });

    it('stems: "hébergées" finds the entries saying "héberge" and "hébergement"', () => {
      expect(ids('hébergées').sort()).toEqual([SCALEWAY, TEMPORARY].sort());
    });

    it('follows typing with prefix search', () => {
      expect(ids('quo')[0]).toBe(QUOTA);
      expect(ids('élè')[0]).toBe(PUPILS);
      expect(ids('héberg')).toEqual(expect.arrayContaining([TEMPORARY, SCALEWAY]));
      expect(ids('mot de pas')[0]).toBe(PASSWORD);
      expect(ids('partager avec un coll')[0]).toBe(SHARE);
    });

    it('forgives one typo in longer words', () => {
      expect(ids('quotta')[0]).toBe(QUOTA);
      expect(ids('mot de pase')[0]).toBe(PASSWORD);
      expect(ids('hébergment')[0]).toBe(TEMPORARY);
      expect(ids('courriel de valdation')[0]).toBe(NO_VALIDATION_MAIL);
      expect(ids('donées perdues')[0]).toBe(DATA_LOST);
    });
  });
});

describe('the whole FAQ on the 2020 platform', () => {
  it.each([
    'mot de passe',
    'élèves',
    'quota',
    "partager avec un collègue d'une autre académie",
    'données perdues',
    'créer un compte',
    'courriel de validation',
    'hebergement',
    'visio',
    'webconférence',
    // Not "identifiant": today's question about the federation ID names it, the 2020 entry only
    // mentions it in its answer, so today's answer is the better one even on the 2020 platform.
    'peertube',
  ])('%j: a 2020 entry comes first', (query) => {
    const [first] = whole.search(query, { prefer: '2020' });
    expect(first && eraOf(bundledFaq.find((entry) => entry.id === first.id) ?? {}), first?.id).toBe('2020');
  });
});
