/**
 * Today's answers (assets/data/faq-today.json): valid, marked, French and English, sourced, linking
 * only to the platform's real hosts over https; and the 2020 FAQ beside them unchanged.
 */
import { describe, expect, it } from 'vitest';
import faqJson from '@/assets/data/faq.json';
import faqTodayJson from '@/assets/data/faq-today.json';
import {
  bundled2020Faq,
  bundledFaq,
  bundledFaqChanged,
  bundledTodayFaq,
  bundledTodayFaqDocument,
} from '@/lib/faq/data';
import { eraOf } from '@/lib/faq/era';
import { type Block, faqDocumentSchema, type Inline, isLinkInline } from '@/lib/faq/schema';
import { blocksText } from '@/lib/faq/text';

/** The hosts of docs/domain-facts.md §6.1 (verified), the only ones today's answers may link to. */
const REAL_HOSTS = new Set([
  'apps.education.fr',
  'portail.apps.education.fr',
  'auth.apps.education.fr',
  'nuage.apps.education.fr',
  'tubes.apps.education.fr',
  'codimd.apps.education.fr',
  'blog.apps.education.fr',
  'forge.apps.education.fr',
  'docs.forge.apps.education.fr',
  'podeduc.apps.education.fr',
  'visio-agents.education.fr',
  ...[
    'action-educative',
    'arts-lettres-sciences-humaines',
    'cycle-2',
    'cycle-3',
    'education-physique-et-sportive',
    'enseignement-professionnel',
    'institutionnel',
    'langues-vivantes',
    'maternelle',
    'numerique-educatif',
    'sciences-technologies',
  ].map((theme) => `tube-${theme}.apps.education.fr`),
]);

const inlinesOf = (blocks: readonly Block[]): Inline[] =>
  blocks.flatMap((block) => (block.type === 'p' ? block.content : block.items.flat()));

describe("today's answers (assets/data/faq-today.json)", () => {
  it('is a valid FAQ document, unchanged by validation, with its date', () => {
    const parsed = faqDocumentSchema.safeParse(faqTodayJson);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(faqTodayJson);
    expect(bundledTodayFaqDocument.changed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bundledFaqChanged).toBe(bundledTodayFaqDocument.changed);
  });

  it('answers the questions of issue 19, every entry marked "today"', () => {
    expect(bundledTodayFaq.map((e) => e.id)).toEqual([
      'comment-ouvrir-mon-nuage-et-quel-est-mon-serveur',
      'ou-trouver-mon-identifiant-de-federation-et-partager-avec-une-autre-academie',
      'je-n-arrive-pas-a-me-connecter-quel-guichet-academique-choisir',
      'ou-sont-les-videos-aujourd-hui',
      'ou-sont-la-visio-des-agents-codimd-le-blog-la-forge-et-podeduc',
      'combien-de-temps-sont-gardes-la-corbeille-du-nuage-et-les-enregistrements',
      'que-sont-devenues-les-adresses-beta-education-fr-de-2020-et-mes-donnees',
    ]);
    for (const entry of bundledTodayFaq) expect(entry.era, entry.id).toBe('today');
    for (const entry of bundled2020Faq) expect(eraOf(entry), entry.id).toBe('2020');
  });

  it('is part of bundledFaq, first, with ids unique across both parts', () => {
    expect(bundledFaq).toEqual([...bundledTodayFaq, ...bundled2020Faq]);
    const ids = bundledFaq.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles2020 = new Set(bundled2020Faq.map((e) => e.section));
    for (const entry of bundledTodayFaq) expect(titles2020.has(entry.section), entry.section).toBe(false);
  });

  it('has every entry in French and in English, with the same links and lists', () => {
    for (const entry of bundledTodayFaq) {
      expect(entry.en, entry.id).toBeDefined();
      const en = entry.en!;
      expect(en.section, entry.id).toBeDefined();
      expect(en.answer.map((b) => b.type)).toEqual(entry.answer.map((b) => b.type));
      const hrefs = (blocks: readonly Block[]) =>
        inlinesOf(blocks).flatMap((inline) => (isLinkInline(inline) ? [inline.href] : []));
      expect(hrefs(en.answer), entry.id).toEqual(hrefs(entry.answer));
      const section = bundledTodayFaqDocument.sections.find((s) => s.title === entry.section);
      expect(section?.titleEn, entry.id).toBe(en.section);
    }
  });

  it('links over https to the real hosts only', () => {
    const links = bundledTodayFaq.flatMap((entry) =>
      [...inlinesOf(entry.answer), ...inlinesOf(entry.en?.answer ?? [])].filter(isLinkInline),
    );
    expect(links.length).toBeGreaterThan(20);
    for (const { text, href } of links) {
      const url = new URL(href);
      expect(url.protocol, href).toBe('https:');
      expect(REAL_HOSTS.has(url.hostname), href).toBe(true);
      expect(url.href).toBe(href);
      // A link text that is an address names the link's own host.
      if (/^[\w-]+(\.[\w-]+)+$/.test(text)) expect(url.hostname, text).toBe(text);
    }
    // No 2020 (beta) address is ever a link: those hosts are gone.
    for (const { href } of links) expect(href).not.toContain('beta.education.fr');
  });

  it('names its sources at the end of every answer, and says what is inferred, in both languages', () => {
    for (const entry of bundledTodayFaq) {
      const last = (blocks: readonly Block[]) => blocksText(blocks.slice(-1));
      expect(last(entry.answer), entry.id).toMatch(/^Sources? : /);
      expect(last(entry.en!.answer), entry.id).toMatch(/^Sources?: /);
      const fr = blocksText(entry.answer);
      const en = blocksText(entry.en!.answer);
      const inferredFr = (fr.match(/déduction|n'est pas vérifié|non vérifié/g) ?? []).length;
      const inferredEn = (en.match(/inferred|not verified/g) ?? []).length;
      expect(inferredEn, entry.id).toBe(inferredFr);
    }
  });

  it('gives the retention periods and the hosts of §6', () => {
    const text = bundledTodayFaq.map((e) => blocksText(e.answer)).join('\n');
    expect(text).toContain('90 jours');
    expect(text).toContain('12 mois');
    expect(text).toContain('« ID de Fédération Nextcloud »');
    expect(text).toContain('« Cloud fédéré »');
    expect(text).toContain('fermé en 2021');
  });

  it('leaves the 2020 FAQ as it was: no era, no English, the same file', () => {
    expect(bundled2020Faq).toBe(faqJson.entries);
    for (const entry of bundled2020Faq) {
      expect(entry.era).toBeUndefined();
      expect(entry.en).toBeUndefined();
    }
  });
});
