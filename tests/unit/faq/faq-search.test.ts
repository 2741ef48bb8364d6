import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundled2020Faq } from '@/lib/faq/data';
import { foldFrench } from '@/lib/faq/french';
import type { FaqEntry } from '@/lib/faq/schema';
import { createFaqIndex, makeSnippet } from '@/lib/faq/search';

const index = createFaqIndex(bundled2020Faq);

const entry = (id: string, question: string, answer: string, section = 'Section'): FaqEntry => ({
  id,
  question,
  answer: [{ type: 'p', content: [{ text: answer }] }],
  section,
});

describe('createFaqIndex().search', () => {
  it.each(['', '   ', '\n\t', '!!!', '?', '…', '-- ** --', 'xqzwvk', 'de la', 'le la les des', '🙂🙂'])(
    'returns [] for %j',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );

  it('returns [] for a non-string query instead of throwing', () => {
    for (const query of [undefined, null, 42, {}, ['mot']] as unknown as string[]) {
      expect(index.search(query)).toEqual([]);
    }
  });

  it('never throws, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
        const hits = index.search(query);
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a very long pasted query', () => {
    const hits = index.search(`${'quota '.repeat(5000)}`);
    expect(hits[0]?.id).toBe('le-quotas-de-cloud-ou-tube-ne-sont-pas-suffisants');
  });

  it('returns hits with id, question, section, snippet and a decreasing score', () => {
    const hits = index.search('compte');
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      const source = bundled2020Faq.find((e) => e.id === hit.id);
      expect(hit.question).toBe(source?.question);
      expect(hit.section).toBe(source?.section);
      expect(hit.snippet.length).toBeGreaterThan(0);
      expect(hit.score).toBeGreaterThan(0);
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('respects the limit (default 10)', () => {
    // Fifteen entries that answer equally well (the 2020 FAQ has fewer than ten good answers to any
    // one word since the minimum-relevance rule).
    const many = createFaqIndex(
      Array.from({ length: 15 }, (_, i) => entry(`e${i}`, `Question ${i} sur l'académie`, 'Réponse.')),
    );
    expect(many.search('académie')).toHaveLength(10);
    expect(many.search('académie', { limit: 3 })).toHaveLength(3);
    expect(many.search('académie', { limit: 0 })).toEqual([]);
    expect(many.search('académie', { limit: 100 })).toHaveLength(15);
    expect(many.search('académie', { limit: Number.NaN })).toHaveLength(10);
    expect(many.search('académie', { limit: -5 })).toEqual([]);
  });

  it('boosts questions over answers', () => {
    const small = createFaqIndex([
      entry('dans-la-reponse', 'Autre sujet', 'Il est question de tableur ici, tableur encore.'),
      entry('dans-la-question', 'Le tableur', 'Une réponse sans le mot.'),
    ]);
    expect(small.search('tableur').map((h) => h.id)).toEqual(['dans-la-question', 'dans-la-reponse']);
  });

  it('searches section titles too, with a low weight', () => {
    const small = createFaqIndex([
      entry('a', 'Premier', 'Texte.', 'Messagerie'),
      entry('b', 'Second', 'Texte.', 'Agenda'),
    ]);
    expect(small.search('messagerie').map((h) => h.id)).toEqual(['a']);
  });

  it('survives an empty corpus and duplicate ids', () => {
    expect(createFaqIndex([]).search('quota')).toEqual([]);
    const dup = createFaqIndex([entry('x', 'Quota', 'Un.'), entry('x', 'Quota bis', 'Deux.')]);
    expect(dup.search('quota').map((h) => h.question)).toEqual(['Quota']);
  });

  it('takes the snippet around the best match and marks the matched words', () => {
    const [hit] = index.search('webcourriel');
    expect(hit?.snippet).toMatch(/^….* le service de webcourriel de votre académie\.$/);
    expect(hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end))).toEqual(['webcourriel']);
  });

  it('highlights each matched word form in the snippet', () => {
    const [hit] = index.search('mot de passe');
    const marked = hit?.highlights.map((h) => foldFrench(hit.snippet.slice(h.start, h.end)));
    expect(marked).toEqual(['mot', 'passe']);
  });

  it('starts the snippet at the answer when only the question matched', () => {
    const [hit] = index.search('peertube projet chercher');
    expect(hit?.id).toBe('comment-chercher-dans-toutes-les-instances-peertube-du-projet-apps');
    expect(hit?.snippet.startsWith('Toutes les instances')).toBe(true);
  });
});

describe('makeSnippet', () => {
  const text =
    'Premier paragraphe sans intérêt particulier pour la recherche. Il continue encore un peu pour remplir. ' +
    'Ensuite vient le quota de Cloud et Tube, que la DANE peut ajuster. Puis une fin assez longue pour couper ici et là.';

  it('cuts at word boundaries with ellipses, within the length', () => {
    const { snippet, highlights } = makeSnippet(text, new Set(['quota']), 80);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(82);
    expect(snippet).toContain('quota de Cloud');
    expect(snippet).not.toMatch(/^…\S*\s{2}/);
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['quota']);
  });

  it('prefers the window with the most distinct matched terms', () => {
    const { snippet } = makeSnippet(text, new Set(['premier', 'quota', 'cloud', 'tube']), 80);
    expect(snippet).toContain('quota de Cloud et Tube');
  });

  it('returns the beginning when nothing matches, and the whole text when short', () => {
    expect(makeSnippet(text, new Set(), 40).snippet).toBe('Premier paragraphe sans intérêt…');
    expect(makeSnippet('Court.', new Set(['court'])).snippet).toBe('Court.');
  });
});
