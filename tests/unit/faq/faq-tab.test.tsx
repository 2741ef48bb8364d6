// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaqClient, FaqSnapshot } from '@/components/faq/client';
import { Highlighted } from '@/components/faq/FaqItem';
import { FaqTab } from '@/components/faq/FaqTab';
import {
  bundled2020Faq,
  bundledFaq,
  bundledFaqMeta,
  bundledTodayFaq,
  type FaqEntry,
  type FaqMeta,
  typesetFrench,
} from '@/lib/faq';
import { faqIndexKey, openFaqIndexDb } from '@/lib/faq/index-cache';
import { localizeFaq } from '@/lib/faq/era';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import type { Lang } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

// Noon UTC: the same calendar day in every time zone the tests may run in.
const UPDATED_AT = Date.UTC(2026, 10, 28, 12, 0);
const QUOTA_ID = 'le-quotas-de-cloud-ou-tube-ne-sont-pas-suffisants';
const NO_MAIL_ID = 'je-suis-en-etablissement-scolaire-mais-sans-adresse-de-courriel';
const SHARE_2020_ID = 'comment-partager-des-documents-avec-mes-collegues-de-la-region-academique';
const FEDERATION_ID = 'ou-trouver-mon-identifiant-de-federation-et-partager-avec-une-autre-academie';
const SOURCE = 'https://faq.example.education.fr/faq.json';
/** A FAQ source is set: "Mettre à jour" is offered. */
const withSource: Settings = { ...defaultSettings, faqUrl: SOURCE };

function snapshot(
  entries: FaqEntry[] = bundledFaq,
  meta: Partial<FaqMeta> = {},
  storage: FaqSnapshot['storage'] = 'indexeddb',
): FaqSnapshot {
  return {
    entries,
    meta: { ...bundledFaqMeta(entries, UPDATED_AT), ...meta },
    storage,
  };
}

/** A client whose cache and refresh outcome the test sets; `refresh` may swap the cache. */
function mockClient(
  first: FaqSnapshot = snapshot(),
  outcome: FaqRefreshResponse = { status: 'not-modified', messageKey: 'faq.refresh.notModified', params: {} },
  afterRefresh?: FaqSnapshot,
) {
  let current = first;
  const client: FaqClient = {
    load: vi.fn(async () => current),
    refresh: vi.fn(async () => {
      if (afterRefresh) current = afterRefresh;
      return outcome;
    }),
    openOptions: vi.fn(async () => undefined),
  };
  return client;
}

function renderTab(client: FaqClient, lang: Lang = 'fr', settings: Settings = withSource) {
  return render(<FaqTab lang={lang} settings={settings} client={client} />);
}

function search(text: string) {
  fireEvent.input(screen.getByTestId('faq-search'), { target: { value: text } });
}

/** The result list, once the (debounced) search has run and found `count` hits at least. */
async function results(count = 1, timeout = 1000): Promise<HTMLElement[]> {
  return waitFor(
    () => {
      const items = within(screen.getByTestId('faq-results')).getAllByRole('listitem');
      expect(items.length).toBeGreaterThanOrEqual(count);
      return items.filter((li) => li.classList.contains('faq-item'));
    },
    { timeout },
  );
}

afterEach(cleanup);

describe('FaqTab', () => {
  it('has a labelled search field and browses the FAQ by section while the search is empty', async () => {
    renderTab(mockClient());
    const input = screen.getByTestId('faq-search');
    expect(input).toBe(screen.getByLabelText('Rechercher dans la FAQ'));
    expect(input.getAttribute('type')).toBe('search');
    expect(screen.getByRole('search')).toBeTruthy();

    const sections = await screen.findByTestId('faq-sections');
    // Two titled parts, today's first.
    expect(
      within(sections)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['La plateforme aujourd’hui', 'FAQ de la plateforme (2020)']);
    const titlesOf = (testId: string) =>
      within(screen.getByTestId(testId))
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    expect(titlesOf('faq-part-today')).toEqual([...new Set(bundledTodayFaq.map((e) => e.section))]);
    expect(titlesOf('faq-part-2020')).toEqual([
      ...new Set(bundled2020Faq.map((e) => typesetFrench(e.section))),
    ]);
    expect(within(screen.getByTestId('faq-part-2020')).getByText(/publiée en 2020/)).toBeTruthy();
    expect(within(sections).getAllByRole('button')).toHaveLength(bundledFaq.length);
    expect(screen.queryByTestId('faq-results')).toBeNull();
  });

  it('finds the quota answer as the user types, marks the matched words and opens the answer', async () => {
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('quota');
    const [first] = await results();
    expect(first!.dataset.entry).toBe(QUOTA_ID);
    const marks = first!.querySelectorAll('.faq-snippet mark');
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].map((m) => m.textContent?.toLowerCase())).toContain('quotas');
    expect(first!.textContent).toContain('Rubrique : Problèmes fréquents');
    expect(screen.getByTestId('faq-count').textContent).toMatch(
      /^(1 réponse trouvée|\d+ réponses trouvées)\.$/,
    );

    const button = within(first!).getByRole('button', {
      name: 'Le quotas de cloud ou tube ne sont pas suffisants.',
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const answer = screen.getByTestId('faq-answer');
    expect(answer.id).toBe(button.getAttribute('aria-controls'));
    expect(answer.textContent).toContain('peuvent ajuster les quotas de Cloud et Tube');
    // Clicking again closes it.
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('faq-answer')).toBeNull();
  });

  it('"élèves" finds why pupils cannot create an account', async () => {
    renderTab(mockClient());
    search('élèves');
    const [first] = await results();
    expect(first!.dataset.entry).toBe('pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte');
  });

  it('renders answer links as links that open in a new tab, without the page', async () => {
    renderTab(mockClient());
    search('établissement sans adresse de courriel');
    const items = await results();
    const item = items.find((li) => li.dataset.entry === NO_MAIL_ID);
    expect(item).toBeTruthy();
    fireEvent.click(within(item!).getAllByRole('button')[0]!);
    const link = within(screen.getByTestId('faq-answer')).getByRole('link');
    expect(link.getAttribute('href')).toBe(
      'https://www.education.gouv.fr/la-messagerie-professionnelle-3446',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(nouvel onglet)');
  });

  it('renders lists and never turns an unsafe href into a link', async () => {
    const entry: FaqEntry = {
      id: 'test',
      question: 'Question de test sur les listes',
      section: 'Tests',
      answer: [
        { type: 'ol', items: [[{ text: 'premier' }], [{ text: 'second' }]] },
        // Bypasses the schema on purpose: the component must still refuse it.
        { type: 'p', content: [{ text: 'piège', href: 'javascript:alert(1)' }] },
      ],
    };
    renderTab(mockClient(snapshot([entry])));
    const sections = await screen.findByTestId('faq-sections');
    fireEvent.click(within(sections).getByRole('button', { name: 'Question de test sur les listes' }));
    const answer = screen.getByTestId('faq-answer');
    expect(
      within(answer)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['premier', 'second']);
    expect(answer.querySelector('ol')).toBeTruthy();
    expect(within(answer).queryByRole('link')).toBeNull();
    expect(answer.textContent).toContain('piège');
  });

  it('says when nothing matches', async () => {
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('xylophone');
    await waitFor(() =>
      expect(screen.getByTestId('faq-count').textContent).toBe(
        'Aucune réponse ne correspond à «\u00a0xylophone\u00a0». Essayez d’autres mots, ou effacez la recherche pour parcourir les rubriques.',
      ),
    );
    expect(within(screen.getByTestId('faq-results')).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByTestId('faq-count').getAttribute('aria-live')).toBe('polite');
  });

  it('says how fresh the copy is and where it comes from', async () => {
    const { unmount } = renderTab(mockClient());
    // A source is set but nothing was downloaded yet: the built-in FAQ's own date, not the install time.
    expect((await screen.findByTestId('faq-updated')).textContent).toBe(
      'FAQ intégrée à l’extension, modifiée le 1 décembre 2026 ; pas encore téléchargée depuis faq.example.education.fr.',
    );
    unmount();
    renderTab(
      mockClient(
        snapshot(bundledFaq, {
          source: 'network',
          url: 'https://faq.example.education.fr/faq.json',
          checkedAt: UPDATED_AT + 86_400_000,
        }),
      ),
    );
    expect((await screen.findByTestId('faq-updated')).textContent).toMatch(
      /^Mis à jour le 28 novembre 2026 à \d\d:\d\d \(téléchargée depuis faq\.example\.education\.fr\)\. Dernière vérification : 29 novembre 2026 à \d\d:\d\d\.$/,
    );
  });

  it('"Mettre à jour" asks the background, re-reads the cache and announces the result', async () => {
    const changed = bundledFaq.map((e) =>
      e.id === QUOTA_ID
        ? { ...e, answer: [{ type: 'p' as const, content: [{ text: 'Nouveau quota : 50 Go.' }] }] }
        : e,
    );
    const client = mockClient(
      snapshot(),
      { status: 'updated', messageKey: 'faq.refresh.updated', params: { count: changed.length } },
      snapshot(changed, { source: 'network', url: 'https://faq.example.education.fr/faq.json' }),
    );
    renderTab(client);
    const status = screen.getByTestId('faq-refresh-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');
    fireEvent.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    await waitFor(() => expect(status.textContent).toBe(`FAQ mise à jour : ${changed.length} questions.`));
    expect(status.className).toContain('status-ok');
    expect(client.refresh).toHaveBeenCalledTimes(1);
    expect(client.load).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('faq-updated').textContent).toContain(
      'téléchargée depuis faq.example.education.fr',
    );

    search('quota');
    const [first] = await results();
    fireEvent.click(within(first!).getAllByRole('button')[0]!);
    expect(screen.getByTestId('faq-answer').textContent).toBe('Nouveau quota\u00a0: 50 Go.');
  });

  it('offline is a calm message, not an error', async () => {
    renderTab(mockClient(snapshot(), { status: 'offline', messageKey: 'faq.refresh.offline', params: {} }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    const status = screen.getByTestId('faq-refresh-status');
    await waitFor(() => expect(status.textContent).toBe('Hors ligne : la FAQ enregistrée reste disponible.'));
    expect(status.className).toContain('faq-status-calm');
    expect(status.className).not.toContain('status-error');
  });

  it('a rejected answer says the saved FAQ is kept', async () => {
    renderTab(
      mockClient(snapshot(), {
        status: 'rejected',
        messageKey: 'faq.refresh.rejected.truncated',
        params: { count: 2, current: 23 },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    await waitFor(() =>
      expect(screen.getByTestId('faq-refresh-status').textContent).toBe(
        'La FAQ reçue semble incomplète (2 questions au lieu de 23) : la FAQ enregistrée est conservée.',
      ),
    );
    expect(screen.getByTestId('faq-refresh-status').className).toContain('status-warn');
  });

  it('with no FAQ address, says so and offers the options', async () => {
    const client = mockClient(snapshot(), { status: 'no-url', messageKey: 'faq.refresh.noUrl', params: {} });
    renderTab(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Mettre à jour' }));
    await waitFor(() =>
      expect(screen.getByTestId('faq-refresh-status').textContent).toContain(
        'Aucune adresse de FAQ n’est configurée',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir les options' }));
    expect(client.openOptions).toHaveBeenCalledTimes(1);
  });

  it('when IndexedDB is unavailable, reads the bundled copy and says it cannot be updated here', async () => {
    renderTab(mockClient(snapshot(bundledFaq, {}, 'memory')));
    expect((await screen.findByTestId('faq-memory')).textContent).toBe(
      'Le stockage local est indisponible (fenêtre de navigation privée ?) : la FAQ intégrée à l’extension est affichée. Elle ne peut pas être mise à jour ici.',
    );
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    search('quota');
    const [first] = await results();
    expect(first!.dataset.entry).toBe(QUOTA_ID);
  });

  it('shows a loading state until the cache is read', async () => {
    let resolve: (s: FaqSnapshot) => void = () => undefined;
    const client = mockClient();
    client.load = () => new Promise((r) => (resolve = r));
    renderTab(client);
    expect(screen.getByText('Chargement de la FAQ…')).toBeTruthy();
    resolve(snapshot());
    await screen.findByTestId('faq-sections');
    expect(screen.queryByText('Chargement de la FAQ…')).toBeNull();
  });

  it('without a FAQ source, offers no update: says the FAQ is built in and when it last changed', async () => {
    const client = mockClient();
    renderTab(client, 'fr', defaultSettings);
    const updated = await screen.findByTestId('faq-updated');
    expect(updated.textContent).toBe('FAQ intégrée à l’extension, modifiée le 1 décembre 2026.');
    // Never the install (seeding) time of the cache.
    expect(updated.textContent).not.toContain('28 novembre');
    expect(updated.textContent).not.toMatch(/mis à jour/i);
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).toBeNull();
    expect(screen.getByTestId('faq-no-source').textContent).toContain(
      'indiquez son adresse dans les options',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir les options' }));
    expect(client.openOptions).toHaveBeenCalledTimes(1);
    expect(client.refresh).not.toHaveBeenCalled();
  });

  it('says « Aucune réponse ne correspond » for a question the FAQ does not answer', async () => {
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('fiche de paie');
    await waitFor(() =>
      expect(screen.getByTestId('faq-count').textContent).toMatch(
        /^Aucune réponse ne correspond à «\u00a0fiche de paie\u00a0»/,
      ),
    );
    expect(within(screen.getByTestId('faq-results')).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('on the national platform, today’s answer comes first; on the 2020 platform, the 2020 one', async () => {
    const query = 'partager avec un collègue d’une autre académie';
    const { unmount } = renderTab(mockClient(), 'fr', { ...withSource, platform: 'national' });
    search(query);
    let [first] = await results();
    expect(first!.dataset.entry).toBe(FEDERATION_ID);
    expect(first!.querySelector('.faq-section-name')?.textContent).toBe(
      'Aujourd’hui Rubrique : Nuage et partage',
    );
    unmount();
    renderTab(mockClient(), 'fr', { ...withSource, platform: 'beta' });
    search(query);
    [first] = await results();
    expect(first!.dataset.entry).toBe(SHARE_2020_ID);
    expect(first!.querySelector('.faq-section-name')?.textContent).toContain('FAQ 2020');
  });

  it('shows French typography without changing the FAQ’s words', async () => {
    renderTab(mockClient());
    const sections = await screen.findByTestId('faq-sections');
    const pupils = bundled2020Faq.find((e) => e.id === 'pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte')!;
    expect(pupils.question).toBe('Pourquoi mes élèves ne peuvent pas créer de compte ?');
    const button = within(sections)
      .getAllByRole('button')
      .find((b) => b.closest('li')?.dataset.entry === pupils.id)!;
    expect(button.textContent).toBe('Pourquoi mes élèves ne peuvent pas créer de compte\u202f?');
    const first = within(sections)
      .getAllByRole('button')
      .find((b) => b.closest('li')?.dataset.entry === 'qu-est-ce-que-c-est-apps-education-fr')!;
    expect(first.textContent).toBe('Qu’est-ce que c’est "apps.education.fr"\u202f?');
    // The data itself is untouched.
    expect(bundled2020Faq.find((e) => e.id === 'qu-est-ce-que-c-est-apps-education-fr')!.question).toBe(
      'Qu\'est-ce que c\'est "apps.education.fr"?',
    );
  });

  it('shows today’s answers in English when the UI speaks English, the 2020 FAQ in French', async () => {
    renderTab(mockClient(), 'en', { ...withSource, platform: 'national' });
    const today = await screen.findByTestId('faq-part-today');
    expect(within(today).getByRole('heading', { level: 2 }).textContent).toBe('The platform today');
    const nuage = within(today).getByRole('button', {
      name: 'How do I open my Nuage, and which server is mine?',
    });
    expect(nuage.querySelector('span[lang]')?.getAttribute('lang')).toBe('en');
    const past = screen.getByTestId('faq-part-2020');
    expect(within(past).getByRole('heading', { level: 2 }).textContent).toBe('The platform’s FAQ (2020)');
    expect(within(past).getAllByRole('heading', { level: 3 })[0]!.getAttribute('lang')).toBe('fr');
    search('federation ID');
    const [first] = await results();
    expect(first!.dataset.entry).toBe(FEDERATION_ID);
    expect(first!.querySelector('.faq-snippet')?.getAttribute('lang')).toBe('en');
  });

  it('speaks English when the UI does (the FAQ itself stays French)', async () => {
    renderTab(
      mockClient(snapshot(), { status: 'offline', messageKey: 'faq.refresh.offline', params: {} }),
      'en',
    );
    expect(screen.getByLabelText('Search the FAQ')).toBe(screen.getByTestId('faq-search'));
    expect((await screen.findByTestId('faq-updated')).textContent).toBe(
      'FAQ built into the extension, last changed on 1 December 2026; not downloaded from faq.example.education.fr yet.',
    );
    const section = within(screen.getByTestId('faq-part-2020')).getAllByRole('heading', { level: 3 })[0]!;
    expect(section.getAttribute('lang')).toBe('fr');
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() =>
      expect(screen.getByTestId('faq-refresh-status').textContent).toBe(
        'Offline: the saved FAQ is still available.',
      ),
    );
  });
});

describe('FaqTab with IndexedDB (the search index cache)', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The keys of the saved indexes. */
  async function savedKeys(factory: IDBFactory): Promise<string[]> {
    const db = await openFaqIndexDb({ idbFactory: factory });
    const request = db!.transaction('indexes').objectStore('indexes').getAllKeys();
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db!.close();
    return keys.map(String);
  }

  it('saves the index at the first opening and searches with the saved one at the next', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('quota');
    expect((await results(1, 5000))[0]!.dataset.entry).toBe(QUOTA_ID);
    const key = await faqIndexKey(localizeFaq(bundledFaq, 'fr'));
    await waitFor(async () => expect(await savedKeys(factory)).toEqual([key]), { timeout: 5000 });
    cleanup();

    // Next opening: the saved index answers (a wrong one would rank another entry first).
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('établissement sans adresse de courriel');
    expect((await results(1, 5000))[0]!.dataset.entry).toBe(NO_MAIL_ID);
    expect(screen.getByTestId('faq-count').textContent).toMatch(/trouvée/);
    expect(await savedKeys(factory)).toEqual([key]);
  });

  it('never says « no answer » while the index loads, and searches once an open that hangs is given up', async () => {
    // An IndexedDB whose open never answers (another context blocking it): the cache gives up after
    // its timeout and builds the index; meanwhile the debounced search has run with no index.
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    renderTab(mockClient());
    await screen.findByTestId('faq-sections');
    search('quota');
    const seen: string[] = [];
    await waitFor(
      () => {
        seen.push(screen.getByTestId('faq-count').textContent ?? '');
        expect(within(screen.getByTestId('faq-results')).getAllByRole('listitem')[0]?.dataset.entry).toBe(
          QUOTA_ID,
        );
      },
      { timeout: 4000 },
    );
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((text) => text.startsWith('Aucune'))).toEqual([]);
  });
});

describe('Highlighted', () => {
  it('marks the given ranges, clamped and merged, and keeps the rest as text', () => {
    const { container } = render(
      <p>
        <Highlighted
          text="quotas de cloud"
          highlights={[
            { start: 10, end: 99 },
            { start: 0, end: 6 },
            { start: 3, end: 5 },
            { start: 8, end: 8 },
          ]}
        />
      </p>,
    );
    expect(container.textContent).toBe('quotas de cloud');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['quotas', 'cloud']);
  });
});
