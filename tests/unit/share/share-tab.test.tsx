// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShareClient } from '@/components/share/client';
import { ShareTab } from '@/components/share/ShareTab';
import type { Lang } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { mergeShareHistory, type ShareHistoryEntry } from '@/lib/share/history';
import { createIdStore } from '@/lib/share/id-store';

/** An in-memory client that records what the tab asked for. */
function mockClient(initial: { history?: ShareHistoryEntry[]; copyOk?: boolean; allowed?: boolean } = {}) {
  let history = initial.history ?? [];
  const stored: Record<string, unknown> = {};
  const memory = {
    get: async (key: string) => ({ [key]: stored[key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
  };
  const ids = createIdStore(
    memory,
    async () => initial.allowed !== false,
    () => 1_700_000_000_000,
  );
  let remembered: Record<string, string> = {};
  const copied: string[] = [];
  const client: ShareClient = {
    copy: vi.fn(async (text: string) => {
      if (initial.copyOk === false) return false;
      copied.push(text);
      return true;
    }),
    rememberHost: vi.fn(async (address: string, host: string) => {
      remembered = { ...remembered, [address]: host };
      return remembered;
    }),
    forgetHost: vi.fn(async (address: string) => {
      remembered = { ...remembered };
      delete remembered[address];
      return remembered;
    }),
    readHistory: vi.fn(async () => history),
    addToHistory: vi.fn(async (entries) => {
      history = mergeShareHistory(history, entries, 1);
      return history;
    }),
    clearHistory: vi.fn(async () => {
      history = [];
    }),
    removeFromHistory: vi.fn(async (id: string) => {
      history = history.filter((e) => e.id !== id);
      return history;
    }),
    readIds: () => ids.read(),
    addToBook: vi.fn((candidate, options) => ids.addToBook(candidate, options)),
    editBookEntry: (id, patch, options) => ids.editBookEntry(id, patch, options),
    removeFromBook: (id) => ids.removeFromBook(id),
    clearBook: () => ids.clearBook(),
    saveMyId: (input) => ids.saveMyId(input, 'pasted'),
    forgetMyId: () => ids.forgetMyId(),
    onIdsChanged: () => () => undefined,
  };
  return { client, copied, remembered: () => remembered, ids };
}

// The 2020 (beta) platform unless a test says otherwise: most tests check IDs derived from the academy.
function renderTab(client: ShareClient, settings: Partial<Settings> = {}, lang: Lang = 'fr') {
  const base: Settings = { ...defaultSettings, platform: 'beta' };
  return render(<ShareTab lang={lang} settings={{ ...base, ...settings }} client={client} />);
}

function type(text: string) {
  fireEvent.input(screen.getByLabelText('Adresses de vos collègues'), { target: { value: text } });
}

const results = () => screen.getByTestId('share-results');
/** The <code> showing an ID (its pieces are split by <wbr>: its textContent is the ID). */
const codeOf = (container: HTMLElement, id: string) =>
  [...container.querySelectorAll('code')].find((code) => code.textContent === id);
const items = () => within(results()).queryAllByRole('listitem');

afterEach(cleanup);

/** Ten pasted lines: a greeting, seven colleagues (one line with two, one of them again), two refusals. */
const TEN_LINES = [
  'Bonjour à tous,',
  'Jean Dupont <jean.dupont@ac-lyon.fr>',
  'marie.curie@ac-grenoble.fr',
  'paul.martin@ac-nantes.fr',
  'sophie.leroy@ac-rennes.fr',
  'luc.bernard@ac-bordeaux.fr',
  'Claire Petit <claire.petit@ac-lille.fr>, JEAN.DUPONT@ac-lyon.fr',
  'anne.moreau@ac-versailles.fr',
  'bob@gmail.com',
  'élodie.durand@ac-lyon.fr',
].join('\n');

describe('ShareTab', () => {
  it('has a labelled text area, an empty result list and a polite status', () => {
    renderTab(mockClient().client);
    const input = screen.getByTestId('share-input');
    expect(input).toBe(screen.getByLabelText('Adresses de vos collègues'));
    expect(input.getAttribute('aria-describedby')).toBe('share-input-hint');
    expect(items()).toHaveLength(0);
    const status = screen.getByTestId('share-status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('button', { name: /Tout copier/ })).toBeNull();
  });

  it('one result per address of an "À :" line, each with its ID and a named copy button', async () => {
    const { client, copied } = mockClient();
    renderTab(client);
    type('À : Jean Dupont <jean.dupont@ac-lyon.fr>; bob@gmail.com; marie.curie@ac-grenoble.fr');
    expect(items()).toHaveLength(3);
    const [jean, bob, marie] = items();
    expect(codeOf(jean!, 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr')).toBeTruthy();
    expect(jean!.textContent).toContain('Serveur de l’académie (Lyon, plateforme beta)');
    expect(bob!.textContent).toContain('n’est pas une adresse académique');
    expect(within(bob!).queryByRole('button', { name: /Copier/ })).toBeNull();
    expect(codeOf(marie!, 'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr')).toBeTruthy();

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Copier l’identifiant jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('share-status').textContent).toBe(
        'Copié : jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      ),
    );
    expect(copied).toEqual(['jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr']);
    // The clicked button itself confirms, for a few seconds.
    const button = await within(jean!).findByRole('button', {
      name: 'Copié ✓ l’identifiant jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
    });
    // Copied again: the live region's text changes (a trailing no-break space), so it speaks again.
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('share-status').textContent).toBe(
        'Copié : jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr\u00a0',
      ),
    );
    // The history shows it.
    await waitFor(() =>
      expect(
        codeOf(screen.getByTestId('share-history'), 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr'),
      ).toBeTruthy(),
    );
  });

  it('"Tout copier" copies every ID, one per line, and says so', async () => {
    const { client, copied } = mockClient();
    renderTab(client);
    type('jean.dupont@ac-lyon.fr, bob@gmail.com, marie.curie@ac-grenoble.fr');
    fireEvent.click(screen.getByRole('button', { name: /^Tout copier/ }));
    await waitFor(() =>
      expect(screen.getByTestId('share-status').textContent).toBe('Copié : 2 identifiants, un par ligne'),
    );
    expect(copied).toEqual([
      'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr\nmarie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
    ]);
    expect(client.addToHistory).toHaveBeenCalledWith([
      { id: 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', address: 'jean.dupont@ac-lyon.fr' },
      {
        id: 'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
        address: 'marie.curie@ac-grenoble.fr',
      },
    ]);
  });

  it('a failed copy is announced and not recorded', async () => {
    const { client } = mockClient({ copyOk: false });
    renderTab(client);
    type('jean.dupont@ac-lyon.fr');
    fireEvent.click(screen.getByRole('button', { name: /^Copier/ }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toMatch(/^La copie a échoué/));
    expect(client.addToHistory).not.toHaveBeenCalled();
  });

  it('recognises and explains a pasted cloud ID', () => {
    renderTab(mockClient().client);
    type('jean.dupont@ac-lyon.fr@nuage03.apps.education.fr');
    const [item] = items();
    expect(item!.textContent).toContain('Identifiant de partage reconnu');
    expect(item!.textContent).toContain('Utilisateur : jean.dupont@ac-lyon.fr');
    expect(item!.textContent).toContain('Serveur de l’identifiant collé : nuage03.apps.education.fr');
    expect(
      within(item!).getByRole('button', { name: 'Mémoriser ce serveur pour jean.dupont@ac-lyon.fr' }),
    ).toBeTruthy();
  });

  it('national platform, unknown colleague: says so, offers the address, the e-mail, the paste field', async () => {
    const { client, copied } = mockClient();
    renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    const [item] = items();
    expect(item!.getAttribute('data-kind')).toBe('error');
    expect(item!.textContent).toContain(
      'L’identifiant de fédération de jean.dupont@ac-lyon.fr n’est pas dans votre carnet',
    );
    expect(within(item!).queryByRole('button', { name: /^Copier l’identifiant/ })).toBeNull();
    const ask = within(item!).getByRole('link', {
      name: 'Demander son identifiant (courriel à jean.dupont@ac-lyon.fr)',
    });
    const href = ask.getAttribute('href') ?? '';
    expect(href).toMatch(/^mailto:jean\.dupont@ac-lyon\.fr\?subject=/);
    expect(decodeURIComponent(href)).toContain('ID de Fédération Nextcloud');
    expect(decodeURIComponent(href)).toContain('Cloud fédéré');
    fireEvent.click(within(item!).getByRole('button', { name: 'Copier l’adresse (jean.dupont@ac-lyon.fr)' }));
    await waitFor(() => expect(copied).toEqual(['jean.dupont@ac-lyon.fr']));
  });

  it('national platform: a pasted real ID is checked, kept in the book, then used', async () => {
    const { client, ids } = mockClient();
    renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    const field = screen.getByLabelText(/^Son identifiant de fédération, une fois reçu/);
    fireEvent.input(field, { target: { value: 'jdupont@example.com' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(items()[0]!.textContent).toContain('n’est pas un serveur Nuage'));
    expect((await ids.read()).book.entries).toEqual([]);

    fireEvent.input(field, { target: { value: ' jdupont@nuage06.apps.education.fr ' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(codeOf(results(), 'jdupont@nuage06.apps.education.fr')).toBeTruthy());
    expect(items()[0]!.textContent).toContain(
      'Identifiant de votre carnet (serveur nuage06.apps.education.fr)',
    );
    expect(screen.getByTestId('share-status').textContent).toBe(
      'Identifiant jdupont@nuage06.apps.education.fr enregistré pour jean.dupont@ac-lyon.fr.',
    );
    expect((await ids.read()).book.entries).toEqual([
      expect.objectContaining({
        id: 'jdupont@nuage06.apps.education.fr',
        address: 'jean.dupont@ac-lyon.fr',
        how: 'pasted',
      }),
    ]);
    // The book lists it, with its address next to it.
    const book = screen.getByTestId('id-book');
    expect(book.textContent).toContain('jean.dupont@ac-lyon.fr');
    expect(book.textContent).toContain('jdupont@nuage06.apps.education.fr');
  });

  it('two IDs for one address: asks, and the newest wins only once confirmed', async () => {
    const { client, ids } = mockClient();
    await ids.addToBook({
      id: 'jdupont@nuage06.apps.education.fr',
      address: 'jean.dupont@ac-lyon.fr',
      how: 'pasted',
    });
    renderTab(client, { platform: 'national' });
    type('jdupont2@nuage02.apps.education.fr');
    await waitFor(() => expect(screen.getByTestId('id-book').textContent).toContain('jdupont@nuage06'));
    const [item] = items();
    expect(item!.textContent).toContain('Identifiant de fédération reconnu');
    expect(item!.textContent).not.toContain('n’est pas une adresse académique');
    fireEvent.click(within(item!).getByRole('button', { name: /^Ajouter au carnet/ }));
    await waitFor(() => expect(screen.getByTestId('id-book').textContent).toContain('jdupont2@nuage02'));
    // Edit its address to Jean's: the book asks before replacing.
    fireEvent.click(screen.getByRole('button', { name: 'Modifier (jdupont2@nuage02.apps.education.fr)' }));
    fireEvent.input(screen.getByLabelText('Adresse électronique'), {
      target: { value: 'jean.dupont@ac-lyon.fr' },
    });
    fireEvent.submit(screen.getByLabelText('Adresse électronique').closest('form')!);
    await waitFor(() => expect(screen.getByText(/Votre carnet dit déjà autre chose/)).toBeTruthy());
    expect((await ids.read()).book.entries).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remplacer' }));
    await waitFor(async () => expect((await ids.read()).book.entries).toHaveLength(1));
    expect((await ids.read()).book.entries[0]).toMatchObject({
      id: 'jdupont2@nuage02.apps.education.fr',
      address: 'jean.dupont@ac-lyon.fr',
    });
  });

  it('my federation ID: pasted by hand, shown, copied, sent by e-mail', async () => {
    const { client, copied } = mockClient();
    renderTab(client, { platform: 'national' });
    const card = screen.getByTestId('my-federation-id');
    fireEvent.input(within(card).getByLabelText('Mon identifiant de fédération'), {
      target: { value: 'moi@http://nuage03.apps.education.fr' },
    });
    fireEvent.submit(within(card).getByLabelText('Mon identifiant de fédération').closest('form')!);
    await waitFor(() => expect(card.textContent).toContain('http://'));
    fireEvent.input(within(card).getByLabelText('Mon identifiant de fédération'), {
      target: { value: 'moi@nuage03.apps.education.fr' },
    });
    fireEvent.submit(within(card).getByLabelText('Mon identifiant de fédération').closest('form')!);
    await waitFor(() =>
      expect(screen.getByTestId('my-federation-id').textContent).toContain('moi@nuage03.apps.education.fr'),
    );
    const mail = within(screen.getByTestId('my-federation-id')).getByRole('link', {
      name: 'Envoyer par courriel',
    });
    expect(decodeURIComponent(mail.getAttribute('href') ?? '')).toContain('moi@nuage03.apps.education.fr');
    fireEvent.click(within(screen.getByTestId('my-federation-id')).getByRole('button', { name: /^Copier/ }));
    await waitFor(() => expect(copied).toEqual(['moi@nuage03.apps.education.fr']));
  });

  it('the administrator switched the book off: nothing stored, and the tab says so', async () => {
    const { client } = mockClient({ allowed: false });
    renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    await waitFor(() =>
      expect(screen.getByTestId('my-federation-id').textContent).toContain(
        'Votre administrateur a désactivé',
      ),
    );
    expect(screen.queryByLabelText(/^Son identifiant de fédération/)).toBeNull();
    expect(client.addToBook).not.toHaveBeenCalled();
  });

  it('the addresses offered by the context menu fill the field (only addresses are kept)', () => {
    render(
      <ShareTab
        lang="fr"
        settings={{ ...defaultSettings, platform: 'national' }}
        client={mockClient().client}
        search={`?to=${encodeURIComponent('marie.curie@ac-lyon.fr, <script>x</script>')}`}
      />,
    );
    expect((screen.getByTestId('share-input') as HTMLTextAreaElement).value).toBe('marie.curie@ac-lyon.fr');
    expect(items()).toHaveLength(1);
  });

  it('shows the history and clears it', async () => {
    const { client } = mockClient({
      history: [{ id: 'a.b@ac-lyon.fr@cloud-lyon.beta.education.fr', address: 'a.b@ac-lyon.fr', at: 1 }],
    });
    renderTab(client);
    await waitFor(() =>
      expect(screen.getByTestId('share-history').textContent).toContain('a.b@ac-lyon.fr@cloud-lyon'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Effacer l’historique' }));
    await waitFor(() => expect(screen.queryByTestId('share-history')).toBeNull());
    expect(client.clearHistory).toHaveBeenCalled();
    expect(screen.getByText('Aucun identifiant copié pour l’instant.')).toBeTruthy();
    expect(screen.getByTestId('share-status').textContent).toBe('Historique effacé.');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Identifiants copiés récemment' }),
    );
  });

  it('in English', () => {
    renderTab(mockClient().client, { platform: 'national' }, 'en');
    fireEvent.input(screen.getByLabelText('Your colleagues’ addresses'), {
      target: { value: 'bob@gmail.com, a@ac-lyon.fr' },
    });
    const [bob, a] = items();
    expect(bob!.textContent).toContain('Not an academic address');
    expect(a!.textContent).toContain('The federation ID of a@ac-lyon.fr is not in your book');
    expect(screen.getByLabelText(/^Their federation ID, once received/)).toBeTruthy();
  });

  it('follows remembered hosts changed elsewhere (new settings prop, beta)', () => {
    const { client } = mockClient();
    const view = renderTab(client, { platform: 'beta' });
    type('jean.dupont@ac-lyon.fr');
    expect(codeOf(results(), 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr')).toBeTruthy();
    view.rerender(
      <ShareTab
        lang="fr"
        settings={{
          ...defaultSettings,
          platform: 'beta',
          rememberedHosts: { 'jean.dupont@ac-lyon.fr': 'nuage09.apps.education.fr' },
        }}
        client={client}
      />,
    );
    expect(codeOf(results(), 'jean.dupont@ac-lyon.fr@nuage09.apps.education.fr')).toBeTruthy();
  });

  it('ten mixed lines: a summary counts ready IDs, refusals, lines without an address, duplicates', () => {
    renderTab(mockClient().client);
    type(TEN_LINES);
    expect(screen.getByTestId('share-summary').textContent).toBe(
      '7 identifiants prêts · 2 adresses refusées · 1 ligne sans adresse · 1 doublon ignoré',
    );
    expect(items()).toHaveLength(9);
    // Errors in one short sentence, the full text on demand.
    const bob = items().find((li) => li.textContent?.startsWith('bob@gmail.com'))!;
    expect(bob.querySelector('.share-reason')!.textContent).toMatch(/^Ce n’est pas une adresse académique/);
    expect(bob.querySelector('details')!.textContent).toContain('Demandez à votre collègue son adresse');
    expect(bob.querySelector('details')!.open).toBe(false);
    expect(bob.querySelector('.share-reason')!.className).toContain('status-error');
  });

  it('the summary in English, singular and plural', () => {
    renderTab(mockClient().client, {}, 'en');
    fireEvent.input(screen.getByLabelText('Your colleagues’ addresses'), {
      target: { value: 'jean.dupont@ac-lyon.fr\nbob@gmail.com\nHi' },
    });
    expect(screen.getByTestId('share-summary').textContent).toBe(
      '1 ID ready · 1 address refused · 1 line without an address',
    );
  });

  it('« Copier » says « Copié ✓ » on itself for about 3 s, « Tout copier » too', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderTab(mockClient().client);
      type('jean.dupont@ac-lyon.fr, marie.curie@ac-grenoble.fr');
      const [jean] = items();
      fireEvent.click(within(jean!).getByRole('button', { name: /^Copier l’identifiant/ }));
      const done = await within(jean!).findByRole('button', { name: /^Copié ✓ l’identifiant jean/ });
      expect(done.textContent).toMatch(/^Copié ✓/);
      expect(screen.getByTestId('share-status').textContent).toMatch(/^Copié : jean/);
      // Only the clicked button.
      expect(within(items()[1]!).getByRole('button', { name: /^Copier l’identifiant/ })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(3100);
      expect(within(jean!).getByRole('button', { name: /^Copier l’identifiant jean/ })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: /^Tout copier/ }));
      await screen.findByRole('button', { name: 'Copié ✓ (2 identifiants, un par ligne)' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed copy does not say « Copié ✓ »', async () => {
    renderTab(mockClient({ copyOk: false }).client);
    type('jean.dupont@ac-lyon.fr');
    fireEvent.click(screen.getByRole('button', { name: /^Copier l’identifiant/ }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toMatch(/^La copie a échoué/));
    expect(screen.queryByRole('button', { name: /^Copié/ })).toBeNull();
  });

  it('an ID breaks only after @ and . (a <wbr> there, pieces kept whole), text only', () => {
    renderTab(mockClient().client);
    type('marie.curie@ac-grenoble.fr');
    const code = codeOf(results(), 'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr')!;
    expect([...code.querySelectorAll('span')].map((s) => s.textContent)).toEqual([
      'marie.',
      'curie@',
      'ac-grenoble.',
      'fr@',
      'cloud-grenoble.',
      'beta.',
      'education.',
      'fr',
    ]);
    expect(code.querySelectorAll('wbr')).toHaveLength(7);
  });

  it('national platform: an unknown ID is a step to take, not an error', () => {
    renderTab(mockClient().client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    const reason = items()[0]!.querySelector('.share-reason')!;
    expect(reason.className).toContain('status-warn');
    expect(reason.className).not.toContain('status-error');
    expect(screen.getByTestId('share-summary').textContent).toBe('0 identifiant prêt · 1 à compléter');
  });

  it('the history says who and when, and removes one entry', async () => {
    const now = Date.now();
    const { client } = mockClient({
      history: [
        {
          id: 'a.b@ac-lyon.fr@cloud-lyon.beta.education.fr',
          address: 'a.b@ac-lyon.fr',
          at: now - 5 * 60_000,
        },
        { id: 'jdupont@nuage06.apps.education.fr', at: Date.UTC(2024, 2, 3, 12) },
      ],
    });
    renderTab(client);
    const history = await screen.findByTestId('share-history');
    const [first, second] = within(history).getAllByRole('listitem');
    expect(first!.textContent).toContain('a.b@ac-lyon.fr · il y a 5 minutes');
    expect(second!.textContent).toContain('sans adresse · 3 mars 2024');
    fireEvent.click(
      within(first!).getByRole('button', { name: 'Retirer (a.b@ac-lyon.fr@cloud-lyon.beta.education.fr)' }),
    );
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(1));
    expect(client.removeFromHistory).toHaveBeenCalledWith('a.b@ac-lyon.fr@cloud-lyon.beta.education.fr');
    expect(screen.getByTestId('share-status').textContent).toBe(
      'Identifiant a.b@ac-lyon.fr@cloud-lyon.beta.education.fr retiré de l’historique.',
    );
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Identifiants copiés récemment' }),
    );
  });
});
