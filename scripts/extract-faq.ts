/**
 * Regenerates assets/data/faq.json from the text extraction of the apps.education.fr FAQ page
 * (default: /work/shared/seed/faq-apps-education-fr.txt).
 *
 *   npx tsx scripts/extract-faq.ts [seed.txt] [out.json]
 *
 * The seed is a copy-paste of the web page, with extraction defects. Every repair below is listed
 * explicitly (no guessing), so a reviewer can check each one against the text; the output is then
 * hand-checked and the JSON, not this script, is what ships. tests/unit/faq/faq-data.test.ts keeps the
 * JSON honest (valid, unique ids, whole URLs, no broken words, the repeated sentence once).
 * The data test also runs this script on the seed and compares the result with the JSON. Entry and
 * section ids come from lib/faq/slug.ts, the extension's own slug.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaqDocument, FaqEntry, FaqSection, Inline, ListBlock, ParagraphBlock } from '@/lib/faq/schema';
import { slugify, uniqueSlugs } from '@/lib/faq/slug';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = process.argv[2] ?? '/work/shared/seed/faq-apps-education-fr.txt';
const outPath = process.argv[3] ?? resolve(root, 'assets/data/faq.json');

/**
 * Literal repairs of the extraction, applied to the raw text before parsing.
 * Each one restores text the extractor damaged; none changes the FAQ's wording.
 */
const REPAIRS: [from: string, to: string][] = [
  // A URL split in two across lines (the hyphen is part of the host name "mim-libre.fr").
  ['(https://gitlab.mim-\n\nlibre.fr/alphabet/laboite)', '(https://gitlab.mim-libre.fr/alphabet/laboite)'],
  // A sentence broken across two paragraphs in the middle ("à différents titres").
  ['à différents\n\ntitres dans les établissements', 'à différents titres dans les établissements'],
  // Hyphens eaten at former line breaks: the Créteil domain is ac-creteil.fr, the link text of the
  // Versailles portal says apps-versailles, and the ministry's page is la-messagerie-professionnelle-3446.
  ['@accreteil.fr', '@ac-creteil.fr'],
  ['(http://appsversailles.beta.education.fr)', '(http://apps-versailles.beta.education.fr)'],
  ['/la-messagerieprofessionnelle-3446)', '/la-messagerie-professionnelle-3446)'],
];

/**
 * The end of the "collaborer" answer was extracted twice: the second paragraph starts by repeating the
 * tail of the first one. `dropOverlap` removes the longest such repetition (at least MIN_OVERLAP chars).
 */
const MIN_OVERLAP = 20;

/** Tab titles of the page; the "(2)" counter is an extraction artefact. */
const GROUPS = new Map([
  ['Questions générales', 'Questions générales'],
  ['(2) Un problème?', 'Un problème ?'],
]);

/** Section headings as they appear in the text → their title ("A " is a stray icon letter). */
const SECTIONS = new Map([
  ['Le projet', 'Le projet'],
  ['Écosystème', 'Écosystème'],
  ['A Institution', 'Institution'],
  ['Futur', 'Futur'],
  ['Peertube', 'Peertube'],
  ['Webconf', 'Webconf'],
  ['Problèmes fréquents', 'Problèmes fréquents'],
  ["Contacter l'équipe", "Contacter l'équipe"],
]);

/** Sections that hold no question: their content becomes one entry whose question is the title. */
const HEADING_ONLY_SECTIONS = new Set(["Contacter l'équipe"]);

/** Questions whose answer was glued to the question line: the exact question text. */
const FUSED_QUESTIONS = [
  "Est-il possible de collaborer avec des collègues d'autres académies ?",
  'Comment chercher dans toutes les instances peertube du projet Apps?',
  'Je suis en établissement scolaire mais sans adresse de courriel',
  "Je n'ai pas reçu le courriel de validation ou je n'ai pas pu le valider dans l'heure",
  'Comment partager des documents avec mes collègues de la région académique ?',
];

const IGNORED_LINES = new Set(['Questions fréquentes']);

/** `text (https://…)` → text + link. The link text is the word just before the parenthesis. */
const LINK = /(\S+) \(((?:https?:\/\/|mailto:)[^\s()]+)\)/g;
const LEADING_PUNCT = /^["'«“(]+/;

function toInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = inlines[inlines.length - 1];
    if (last && !('href' in last)) last.text += t;
    else inlines.push({ text: t });
  };
  let index = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, word = '', href = ''] = match;
    const lead = LEADING_PUNCT.exec(word)?.[0] ?? '';
    pushText(text.slice(index, match.index) + lead);
    // Canonical form (as `new URL` writes it), the same as lib/faq/html.ts produces. Links in answers
    // are https only (lib/faq/schema.ts): the seed's few http: links go to hosts that serve https.
    const url = new URL(href);
    if (url.protocol === 'http:') url.protocol = 'https:';
    inlines.push({ text: word.slice(lead.length), href: url.href });
    index = match.index + whole.length;
  }
  pushText(text.slice(index));
  return inlines;
}

/** Plain form of a question: link annotations dropped, the link text kept. */
function plainQuestion(text: string): string {
  return text.replace(LINK, '$1').trim();
}

function dropOverlap(previous: string, next: string): string | null {
  for (let length = Math.min(previous.length, next.length); length >= MIN_OVERLAP; length--) {
    const tail = previous.slice(previous.length - length);
    const startsAtWord =
      length === previous.length || /\s/.test(previous[previous.length - length - 1] ?? '');
    if (startsAtWord && next.startsWith(tail)) return next.slice(length).trimStart();
  }
  return null;
}

export function parse(raw: string): FaqDocument {
  let text = raw.replace(/\r\n?/g, '\n');
  for (const [from, to] of REPAIRS) {
    if (!text.includes(from))
      throw new Error(`Repair not applicable (seed changed?): ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }

  const sections: FaqSection[] = [];
  const entries: FaqEntry[] = [];
  let group: string | undefined;
  let section: FaqSection | undefined;
  let entry: FaqEntry | undefined;
  let lastParagraph: { raw: string; block: ParagraphBlock } | undefined;
  let list: ListBlock | undefined;
  let answerIsListItem = false;

  const newEntry = (question: string) => {
    if (!section) throw new Error(`Question outside a section: ${question}`);
    entry = { id: '', question: plainQuestion(question), answer: [], section: section.title };
    entries.push(entry);
    lastParagraph = undefined;
    list = undefined;
    answerIsListItem = false;
  };
  const addParagraph = (content: string) => {
    if (!entry) throw new Error(`Text outside an entry: ${content}`);
    if (lastParagraph) {
      const rest = dropOverlap(lastParagraph.raw, content);
      if (rest !== null) {
        lastParagraph.raw = `${lastParagraph.raw} ${rest}`;
        lastParagraph.block.content = toInlines(lastParagraph.raw);
        return;
      }
    }
    const block: ParagraphBlock = { type: 'p', content: toInlines(content) };
    entry.answer.push(block);
    lastParagraph = { raw: content, block };
    list = undefined;
  };
  const addListItem = (content: string) => {
    if (!entry) throw new Error(`List item outside an entry: ${content}`);
    if (!list) {
      list = { type: 'ul', items: [] };
      entry.answer.push(list);
    }
    list.items.push(toInlines(content));
    lastParagraph = undefined;
  };

  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || IGNORED_LINES.has(line)) continue;

    if (GROUPS.has(line)) {
      group = GROUPS.get(line);
      continue;
    }
    const title = SECTIONS.get(line);
    if (title !== undefined) {
      section = { id: slugify(title), title, group };
      sections.push(section);
      entry = undefined;
      if (HEADING_ONLY_SECTIONS.has(title)) newEntry(title);
      continue;
    }

    const question = /^(-\s*)?▼\s*(.*)$/.exec(line);
    if (question) {
      const [, dash, body = ''] = question;
      const fused = FUSED_QUESTIONS.find((q) => body.startsWith(q) && body.length > q.length);
      newEntry(fused ?? body);
      answerIsListItem = Boolean(dash);
      if (fused) addParagraph(body.slice(fused.length).trim());
      continue;
    }

    const bullet = /^(?:-|•)\s+(.*)$/.exec(line)?.[1];
    if (bullet !== undefined) {
      // In the "Problèmes fréquents" list the questions themselves were list items, so the first
      // "- …" line after such a question is its answer paragraph, not a list.
      if (answerIsListItem && entry && entry.answer.length === 0) addParagraph(bullet);
      else addListItem(bullet);
      continue;
    }
    addParagraph(line);
  }

  const ids = uniqueSlugs(entries.map((e) => e.question));
  entries.forEach((e, i) => {
    e.id = ids[i] ?? '';
    if (e.answer.length === 0) throw new Error(`Empty answer: ${e.question}`);
  });
  return { version: 1, sections, entries };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const doc = parse(readFileSync(seedPath, 'utf8'));
  writeFileSync(outPath, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`${doc.entries.length} entries in ${doc.sections.length} sections → ${outPath}`);
}
