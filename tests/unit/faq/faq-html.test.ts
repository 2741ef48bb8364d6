import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bundled2020Faq } from '@/lib/faq/data';
import { DEFAULT_SECTION_TITLE } from '@/lib/faq/html';
import { parseFaqHtml as parseWith } from '@/lib/faq/html';
import { parseFaqHtmlForTests as parseFaqHtml } from './html-parser';
import type { Block, FaqEntry, Inline } from '@/lib/faq/schema';
import { answerText } from '@/lib/faq/text';

const BASE = 'https://apps.education.fr/faq/';

const DETAILS_PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8"><title>FAQ – apps.education.fr</title>
  <style>details { color: red } .x::before { content: "▼ Question cachée ?" }</style>
  <script>window.__tracker = "Ne doit pas apparaître";</script>
</head>
<body>
  <nav><ul><li><a href="/">Accueil</a></li><li><a href="/faq">FAQ</a></li></ul></nav>
  <main>
    <h1>Questions fréquentes</h1>
    <h2>Le projet</h2>
    <details open>
      <summary><span aria-hidden="true">▼</span> Qu'est-ce que c'est &laquo;&nbsp;apps.education.fr&nbsp;&raquo;&#8239;?</summary>
      <p>Apps.education.fr est une plateforme de <strong>services numériques</strong>
         destinée à l'ensemble des agents de l&#39;&Eacute;ducation nationale.</p>
      <p>Voir <a href="/donnees-personnelles">nos engagements</a> et
         <a href="mailto:apps@education.gouv.fr">écrire à l'équipe</a>.</p>
    </details>
    <details>
      <summary>Quelles applications ?</summary>
      <div class="answer">
        À ce jour :
        <ul>
          <li>Nextcloud</li>
          <li>Peertube <em>(vidéos)</em></li>
          <li>Etherpad
            <ul><li>MyPads</li></ul>
          </li>
        </ul>
        <ol><li>Premier</li><li>Second</li></ol>
      </div>
    </details>
    <h2>Problèmes fréquents</h2>
    <details>
      <summary>Je n'arrive pas à créer de compte</summary>
      <p>Êtes-vous bien sur l'instance de votre académie&nbsp;?<br>Exemple : une adresse en @ac-creteil.fr.</p>
      <script>document.body.innerHTML = "piégé"</script>
      <p onclick="alert(1)">Sinon <a href="javascript:alert(1)">cliquez ici</a> ou
        <a href=" JAVASCRIPT:alert(2)">là</a> ou <a href="data:text/html,<b>x</b>">ici</a>,
        <a href="https://apps.education.fr/aide" onclick="steal()">l'aide</a>.</p>
      <img src="x" onerror="alert(1)" alt="image">
      <iframe src="https://evil.example"></iframe>
    </details>
    <details><summary>Question sans réponse</summary></details>
  </main>
  <footer><p>© Ministère</p></footer>
</body>
</html>`;

const HEADINGS_PAGE = `<html><body>
  <header><h1>Aide</h1></header>
  <p>Introduction de la page, avant toute question.</p>
  <section>
    <h2>Compte</h2>
    <h3>Comment créer un compte ?</h3>
    <p>Allez sur <a href="https://portail.apps.education.fr">le portail</a>.</p>
    <p>Puis validez le courriel.</p>
    <h3>J'ai oublié mon mot de passe</h3>
    <ul><li>Cliquez sur « Mot de passe oublié »</li><li>Suivez le lien reçu</li></ul>
  </section>
  <section>
    <h2>Partage</h2>
    <h4>Partager avec une autre académie ?</h4>
    <div><div>Utilisez l'identifiant de cloud fédéré.</div></div>
    <table><tr><td>Lyon</td><td>Grenoble</td></tr></table>
  </section>
</body></html>`;

describe('parseFaqHtml: <details>/<summary>', () => {
  const entries = parseFaqHtml(DETAILS_PAGE, BASE);

  it('finds every answered question, in its section', () => {
    expect(entries.map((e) => [e.section, e.question])).toEqual([
      ['Le projet', "Qu'est-ce que c'est « apps.education.fr » ?"],
      ['Le projet', 'Quelles applications ?'],
      ['Problèmes fréquents', "Je n'arrive pas à créer de compte"],
    ]);
    expect(entries.map((e) => e.id)).toEqual([
      'qu-est-ce-que-c-est-apps-education-fr',
      'quelles-applications',
      'je-n-arrive-pas-a-creer-de-compte',
    ]);
  });

  it('keeps paragraphs, decodes entities, collapses whitespace and keeps links (resolved)', () => {
    expect(entries[0]?.answer).toEqual([
      {
        type: 'p',
        content: [
          {
            text: "Apps.education.fr est une plateforme de services numériques destinée à l'ensemble des agents de l'Éducation nationale.",
          },
        ],
      },
      {
        type: 'p',
        content: [
          { text: 'Voir ' },
          { text: 'nos engagements', href: 'https://apps.education.fr/donnees-personnelles' },
          { text: ' et ' },
          { text: "écrire à l'équipe", href: 'mailto:apps@education.gouv.fr' },
          { text: '.' },
        ],
      },
    ] satisfies Block[]);
  });

  it('keeps lists (nested items flattened) and loose text as a paragraph', () => {
    expect(entries[1]?.answer).toEqual([
      { type: 'p', content: [{ text: 'À ce jour :' }] },
      {
        type: 'ul',
        items: [
          [{ text: 'Nextcloud' }],
          [{ text: 'Peertube (vidéos)' }],
          [{ text: 'Etherpad' }],
          [{ text: 'MyPads' }],
        ],
      },
      { type: 'ol', items: [[{ text: 'Premier' }], [{ text: 'Second' }]] },
    ] satisfies Block[]);
  });

  it('drops scripts, styles, frames, images and dangerous links (keeping their text)', () => {
    const answer = entries[2]?.answer ?? [];
    expect(answer).toEqual([
      { type: 'p', content: [{ text: "Êtes-vous bien sur l'instance de votre académie ?" }] },
      { type: 'p', content: [{ text: 'Exemple : une adresse en @ac-creteil.fr.' }] },
      {
        type: 'p',
        content: [
          { text: 'Sinon cliquez ici ou là ou ici, ' },
          { text: "l'aide", href: 'https://apps.education.fr/aide' },
          { text: '.' },
        ],
      },
    ] satisfies Block[]);
    const all = JSON.stringify(entries);
    for (const word of [
      'tracker',
      'piégé',
      'innerHTML',
      'javascript',
      'JAVASCRIPT',
      'data:',
      'alert',
      'evil',
      'onclick',
      'Accueil',
      '©',
    ])
      expect(all, word).not.toContain(word);
  });

  it('treats a <details> that only groups questions as a section, and ignores headings inside answers', () => {
    const html = `
      <h2>Général</h2>
      <details><summary>Messagerie</summary>
        <details><summary>Où est mon webmail ?</summary><h3>Réponse courte</h3><p>Dans l'ENT.</p></details>
        <details><summary>Quota de la boîte ?</summary><p>Voir la DSI.</p></details>
      </details>
      <details><summary>Et ensuite ?</summary><p>Rien.</p></details>`;
    expect(parseFaqHtml(html, BASE).map((e) => [e.section, e.question, answerText(e)])).toEqual([
      ['Messagerie', 'Où est mon webmail ?', "Réponse courte\nDans l'ENT."],
      ['Messagerie', 'Quota de la boîte ?', 'Voir la DSI.'],
      ['Général', 'Et ensuite ?', 'Rien.'],
    ]);
  });
});

describe('parseFaqHtml: headings', () => {
  const entries = parseFaqHtml(HEADINGS_PAGE, BASE);

  it('reads h2–h4 followed by their blocks; empty headings title the sections', () => {
    expect(entries.map((e) => [e.section, e.question, answerText(e)])).toEqual([
      ['Compte', 'Comment créer un compte ?', 'Allez sur le portail.\nPuis validez le courriel.'],
      [
        'Compte',
        "J'ai oublié mon mot de passe",
        '- Cliquez sur « Mot de passe oublié »\n- Suivez le lien reçu',
      ],
      [
        'Partage',
        'Partager avec une autre académie ?',
        "Utilisez l'identifiant de cloud fédéré.\nLyon\nGrenoble",
      ],
    ]);
    expect(entries[0]?.answer[0]).toEqual({
      type: 'p',
      content: [
        { text: 'Allez sur ' },
        { text: 'le portail', href: 'https://portail.apps.education.fr/' },
        { text: '.' },
      ],
    });
  });

  it('uses a default section when there is no section heading', () => {
    const [only] = parseFaqHtml('<h3>Une question ?</h3><p>Une réponse.</p>', BASE);
    expect(only?.section).toBe(DEFAULT_SECTION_TITLE);
  });
});

describe('parseFaqHtml: tolerance and hostile input', () => {
  it.each([
    ['an empty string', ''],
    ['plain text', 'Pas de HTML ici.'],
    ['a page without questions', '<html><body><p>Maintenance en cours.</p></body></html>'],
    ['a truncated tag', '<details><summ'],
    ['only a script', '<script><details><summary>Q</summary><p>R</p></details></script>'],
    ['a commented-out FAQ', '<!-- <details><summary>Q ?</summary><p>R.</p></details> -->'],
    ['JSON', '{"entries": []}'],
  ])('returns [] for %s', (_, html) => {
    expect(parseFaqHtml(html, BASE)).toEqual([]);
  });

  it('reads upper-case and unclosed markup', () => {
    const entries = parseFaqHtml('<DETAILS><SUMMARY>Question ?</SUMMARY><P>Un<P>Deux', BASE);
    expect(entries.map((e) => [e.question, answerText(e)])).toEqual([['Question ?', 'Un\nDeux']]);
  });

  it('never lets script text escape, even with tricky closing tags', () => {
    const html =
      '<details><summary>Q ?</summary><p>Avant</p><script>var s = "</scr" + "ipt><p>faux</p>";</script>' +
      '<svg><script>alert(1)</script><text>svg</text></svg><noscript><p>noscript</p></noscript>' +
      '<template><p>modèle</p></template><style>p{}</style><p>Après</p></details>';
    const [entry] = parseFaqHtml(html, BASE);
    expect(answerText(entry as FaqEntry)).toBe('Avant\nAprès');
  });

  it('reads a list placed directly inside a list once', () => {
    const html =
      '<details><summary>Q ?</summary><ul><li>Un</li><ul><li>Deux</li></ul><li>Trois</li></ul></details>';
    expect(parseFaqHtml(html, BASE).map(answerText)).toEqual(['- Un\n- Deux\n- Trois']);
  });

  it('gives repeated questions distinct ids', () => {
    const html =
      '<details><summary>Même ?</summary><p>Un.</p></details><details><summary>Même ?</summary><p>Deux.</p></details>';
    expect(parseFaqHtml(html, BASE).map((e) => e.id)).toEqual(['meme', 'meme-2']);
  });

  it('flattens deep nesting, and gives up on absurd nesting', () => {
    const deep = `<details><summary>Profond ?</summary>${'<div>'.repeat(500)}fond${'</div>'.repeat(500)}</details>`;
    expect(parseFaqHtml(deep, BASE).map(answerText)).toEqual(['fond']);
    const absurd = `<details><summary>Profond ?</summary>${'<span>'.repeat(50_000)}fond</details>`;
    expect(parseFaqHtml(absurd, BASE)).toEqual([]);
  });

  it('leaves out links whose text is empty and unresolvable hrefs', () => {
    const html =
      '<details><summary>Q ?</summary><p><a href="https://a.example"><img src="x"></a>Texte <a href="http://[::1">cassé</a></p></details>';
    expect(parseFaqHtml(html, BASE)[0]?.answer).toEqual([{ type: 'p', content: [{ text: 'Texte cassé' }] }]);
  });
});

/** Renders entries the way a FAQ page would (escaped text, real links), for the round trip. */
function renderPage(entries: readonly FaqEntry[]): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const inlines = (content: readonly Inline[]) =>
    content
      .map((i) => ('href' in i ? `<a href="${escape(i.href)}">${escape(i.text)}</a>` : escape(i.text)))
      .join('');
  const blocks = (answer: readonly Block[]) =>
    answer
      .map((b) =>
        b.type === 'p'
          ? `<p>${inlines(b.content)}</p>`
          : `<${b.type}>${b.items.map((it) => `<li>${inlines(it)}</li>`).join('\n')}</${b.type}>`,
      )
      .join('\n');
  let html = '<html><body><h1>Questions fréquentes</h1>';
  let section = '';
  for (const entry of entries) {
    if (entry.section !== section) html += `\n<h2>${escape((section = entry.section))}</h2>`;
    html += `\n<details>\n<summary>▼ ${escape(entry.question)}</summary>\n${blocks(entry.answer)}\n</details>`;
  }
  return `${html}</body></html>`;
}

describe('parseFaqHtml: round trip of the bundled FAQ', () => {
  it('reads back exactly the bundled entries from their HTML rendering', () => {
    expect(parseFaqHtml(renderPage(bundled2020Faq), BASE)).toEqual(bundled2020Faq);
  });
});

describe('parseFaqHtml with a real DOMParser (happy-dom), as in the browsers', () => {
  const window = new Window();
  const domParse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

  it("reads the same entries as the tests' parser", () => {
    expect(parseWith(DETAILS_PAGE, BASE, domParse)).toEqual(parseFaqHtml(DETAILS_PAGE, BASE));
    expect(parseWith(HEADINGS_PAGE, BASE, domParse)).toEqual(parseFaqHtml(HEADINGS_PAGE, BASE));
  });

  it('round-trips the bundled FAQ', () => {
    expect(parseWith(renderPage(bundled2020Faq), BASE, domParse)).toEqual(bundled2020Faq);
  });
});
