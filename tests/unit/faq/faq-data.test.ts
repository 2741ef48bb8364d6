import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import faqJson from '@/assets/data/faq.json';
import { bundled2020Faq, bundledFaqDocument } from '@/lib/faq/data';
import { faqDocumentSchema, type Inline, isSafeHref } from '@/lib/faq/schema';
import { slugify, uniqueSlugs } from '@/lib/faq/slug';
import { entryText } from '@/lib/faq/text';

const SEED = '/work/shared/seed/faq-apps-education-fr.txt';

function allInlines(): { id: string; inline: Inline }[] {
  return bundled2020Faq.flatMap((entry) =>
    entry.answer.flatMap((block) =>
      (block.type === 'p' ? [block.content] : block.items).flatMap((inlines) =>
        inlines.map((inline) => ({ id: entry.id, inline })),
      ),
    ),
  );
}
const links = () =>
  allInlines().flatMap(({ id, inline }) =>
    'href' in inline ? [{ id, text: inline.text, href: inline.href }] : [],
  );
const allText = () => bundled2020Faq.map(entryText).join('\n');

describe('bundled FAQ data (assets/data/faq.json)', () => {
  it('is a valid FAQ document, unchanged by validation', () => {
    const parsed = faqDocumentSchema.safeParse(faqJson);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(faqJson);
    expect(bundledFaqDocument).toBe(faqJson);
  });

  it('holds every question of the seed, in its sections', () => {
    expect(bundled2020Faq).toHaveLength(23);
    expect(bundledFaqDocument.sections.map((s) => s.title)).toEqual([
      'Le projet',
      'Écosystème',
      'Institution',
      'Futur',
      'Peertube',
      'Webconf',
      'Problèmes fréquents',
      "Contacter l'équipe",
    ]);
    const titles = new Set(bundledFaqDocument.sections.map((s) => s.title));
    for (const entry of bundled2020Faq) expect(titles.has(entry.section), entry.id).toBe(true);
  });

  it('has unique ids, each the slug of its question', () => {
    const ids = bundled2020Faq.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(uniqueSlugs(bundled2020Faq.map((e) => e.question)));
    expect(ids).toContain('pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte');
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(80);
  });

  it('has whole, safe URLs (every href parses with new URL)', () => {
    expect(links()).toHaveLength(13);
    for (const { href } of links()) {
      expect(() => new URL(href), href).not.toThrow();
      // Canonical, as the HTML parser writes them, so both sources compare equal.
      expect(new URL(href).href).toBe(href);
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('has link texts that agree with their targets when they are addresses', () => {
    for (const { text, href } of links()) {
      const url = new URL(href);
      if (url.protocol === 'mailto:') {
        expect(url.pathname).toBe(text);
      } else if (/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(text)) {
        const shown = new URL(/^https?:/i.test(text) ? text : `http://${text}`);
        expect(url.hostname, text).toBe(shown.hostname);
      }
    }
  });

  it('repairs the URL split in two', () => {
    expect(links().map((l) => l.href)).toContain('https://gitlab.mim-libre.fr/alphabet/laboite');
    expect(allText()).not.toMatch(/mim-\s/);
  });

  it('repairs the hyphens lost at line breaks', () => {
    expect(allText()).toContain('@ac-creteil.fr');
    expect(allText()).not.toContain('accreteil');
    const hrefs = links().map((l) => l.href);
    expect(hrefs).toContain('https://apps-versailles.beta.education.fr/');
    // Links in answers are https only (issue 15, item 10).
    expect(hrefs.filter((h) => !h.startsWith('https://') && !h.startsWith('mailto:'))).toEqual([]);
    expect(hrefs).toContain('https://www.education.gouv.fr/la-messagerie-professionnelle-3446');
  });

  it('has no word broken across lines or paragraphs', () => {
    const text = allText();
    // A hyphenation artefact: letters, hyphen, space, lower-case letters ("mim- libre").
    expect(text).not.toMatch(/\p{L}- \p{Ll}/u);
    expect(text).not.toMatch(/\p{L}-\n/u);
    for (const entry of bundled2020Faq) {
      const paragraphs = entry.answer.flatMap((b) =>
        b.type === 'p' ? [b.content.map((i) => i.text).join('')] : [],
      );
      for (let i = 1; i < paragraphs.length; i++) {
        // A paragraph that stops mid-sentence and a next one that starts in lower case: one sentence cut in two.
        const brokenSentence =
          /\p{L}$/u.test(paragraphs[i - 1] ?? '') && /^\p{Ll}/u.test(paragraphs[i] ?? '');
        expect(brokenSentence, `${entry.id} §${i}`).toBe(false);
      }
    }
    expect(text).toContain('à différents titres dans les établissements');
  });

  it('keeps the repeated sentence once', () => {
    const sentence = 'Dans sa version cible, le projet Apps offrira un';
    expect(allText().split(sentence)).toHaveLength(2);
    expect(allText()).toContain(
      'les instances sont différentes dans toutes les académies. Dans sa version cible, le projet Apps offrira un environnement unifié',
    );
  });

  it('keeps no extraction markers (▼, "(http…)" annotations, tab counters)', () => {
    const text = allText();
    expect(text).not.toContain('▼');
    expect(text).not.toMatch(/\((?:https?:|mailto:)/);
    for (const entry of bundled2020Faq) expect(entry.question).not.toMatch(/^[-\s]|\(http/);
    expect(bundledFaqDocument.sections.map((s) => s.group)).not.toContain('(2) Un problème?');
  });

  it('keeps lists as lists and links as links', () => {
    const apps = bundled2020Faq.find((e) => e.id === 'y-a-t-il-des-interlocuteurs-designes-localement');
    const list = apps?.answer.find((b) => b.type === 'ul');
    expect(list?.type === 'ul' && list.items.map((item) => item.map((i) => i.text).join(''))).toEqual([
      'Nextcloud',
      'Peertube',
      'Etherpad / MyPads',
      'CodiMD',
      'Blogs',
      'Discourse',
      'JitsiMeet (webconférence, lien vers un service externe)',
      'Ma classe à la maison (lien vers un service externe)',
    ]);
    const rgpd = bundled2020Faq.find((e) => e.id === 'est-ce-que-vous-respectez-le-rgpd');
    expect(rgpd?.answer[0]).toEqual({
      type: 'p',
      content: [
        { text: 'Oui. Le ' },
        {
          text: 'RGPD',
          href: 'https://www.economie.gouv.fr/entreprises/reglement-general-sur-protection-des-donnees-rgpd',
        },
        {
          text: ' protège les données personnelles des citoyens et résidents européens. Vous pouvez consulter ',
        },
        { text: 'ici', href: 'https://apps.education.fr/donnees-personnelles' },
        { text: ' notre délcaration concernant la gestion des données personnelles.' },
      ],
    });
  });

  it('slugify folds accents and cuts long questions at a word', () => {
    expect(slugify('Pourquoi mes élèves ne peuvent pas créer de compte ?')).toBe(
      'pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte',
    );
    const long = slugify('mot '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^(mot-)*mot$/);
    expect(slugify('?!')).toBe('question');
  });

  it.skipIf(!existsSync(SEED))('is what scripts/extract-faq.ts makes of the seed text', () => {
    const script = fileURLToPath(new URL('../../../scripts/extract-faq.ts', import.meta.url));
    const out = join(mkdtempSync(join(tmpdir(), 'faq-')), 'faq.json');
    execFileSync(process.execPath, ['--import', 'tsx', script, SEED, out], { stdio: 'ignore' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(faqJson);
  });
});
