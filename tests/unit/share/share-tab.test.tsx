// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShareClient } from '@/components/share/client';
import { ShareTab } from '@/components/share/ShareTab';
import type { Lang } from '@/lib/i18n';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { mergeShareHistory, type ShareHistoryEntry } from '@/lib/share/history';

/** An in-memory client that records what the tab asked for. */
function mockClient(initial: { history?: ShareHistoryEntry[]; copyOk?: boolean } = {}) {
  let history = initial.history ?? [];
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
  };
  return { client, copied, remembered: () => remembered };
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
const items = () => within(results()).queryAllByRole('listitem');

afterEach(cleanup);

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
    expect(within(jean!).getByText('jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr').tagName).toBe(
      'CODE',
    );
    expect(jean!.textContent).toContain('Serveur de l’académie (Lyon, plateforme beta)');
    expect(bob!.textContent).toContain('n’est pas une adresse académique');
    expect(within(bob!).queryByRole('button', { name: /Copier/ })).toBeNull();
    expect(
      within(marie!).getByText('marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr'),
    ).toBeTruthy();

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
    // Copied again: the live region's text changes (a trailing no-break space), so it speaks again.
    fireEvent.click(
      within(jean!).getByRole('button', {
        name: 'Copier l’identifiant jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('share-status').textContent).toBe(
        'Copié : jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr\u00a0',
      ),
    );
    // The history shows it.
    await waitFor(() =>
      expect(
        within(screen.getByTestId('share-history')).getByText(/jean\.dupont@ac-lyon\.fr@cloud-lyon/, {
          selector: 'code',
        }),
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

  it('national platform: asks for the server, uses it, remembers it, reuses it, forgets it', async () => {
    const { client, remembered } = mockClient();
    const view = renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    expect(items()[0]!.textContent).toContain('chaque personne a son propre serveur Nuage');
    const field = screen.getByLabelText(/^Serveur Nuage de votre collègue/);

    // "Utiliser": this session only.
    fireEvent.input(field, { target: { value: 'https://nuage05.apps.education.fr/index.php/s/AbC' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() =>
      expect(within(results()).getByText('jean.dupont@ac-lyon.fr@nuage05.apps.education.fr')).toBeTruthy(),
    );
    expect(items()[0]!.textContent).toContain('Serveur indiqué : nuage05.apps.education.fr');
    // The field kept its value (and its element) while the result changed.
    expect(screen.getByLabelText(/^Serveur Nuage de votre collègue/)).toBe(field);
    expect(client.rememberHost).not.toHaveBeenCalled();

    // "Mémoriser pour cette adresse": normalised host stored for the address.
    fireEvent.click(
      screen.getByRole('button', { name: 'Mémoriser pour cette adresse (jean.dupont@ac-lyon.fr)' }),
    );
    await waitFor(() =>
      expect(items()[0]!.textContent).toContain(
        'Serveur mémorisé pour cette adresse : nuage05.apps.education.fr',
      ),
    );
    expect(remembered()).toEqual({ 'jean.dupont@ac-lyon.fr': 'nuage05.apps.education.fr' });
    expect(screen.getByTestId('share-status').textContent).toBe(
      'Serveur nuage05.apps.education.fr mémorisé pour jean.dupont@ac-lyon.fr.',
    );
    expect(screen.queryByLabelText(/^Serveur Nuage de votre collègue/)).toBeNull();
    // Focus moved to the new ID's copy button.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Copier/));

    // Next time (the popup reopens with the stored settings): reused at once.
    view.unmount();
    renderTab(client, { platform: 'national', rememberedHosts: remembered() });
    type('Jean <jean.dupont@ac-lyon.fr>');
    expect(within(results()).getByText('jean.dupont@ac-lyon.fr@nuage05.apps.education.fr')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Oublier ce serveur (jean.dupont@ac-lyon.fr)' }));
    await waitFor(() =>
      expect(items()[0]!.textContent).toContain('chaque personne a son propre serveur Nuage'),
    );
    expect(remembered()).toEqual({});
  });

  it('a server that is not one: explained, nothing remembered', async () => {
    const { client } = mockClient();
    renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    fireEvent.input(screen.getByLabelText(/^Serveur Nuage de votre collègue/), {
      target: { value: 'pas un serveur' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Mémoriser pour cette adresse/ }));
    await waitFor(() =>
      expect(screen.getByTestId('share-status').textContent).toContain('rien n’a été mémorisé'),
    );
    expect(client.rememberHost).not.toHaveBeenCalled();
    expect(items()[0]!.textContent).toContain('n’est pas une adresse de serveur Nuage valable');
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
      screen.getByRole('heading', { name: 'Derniers identifiants partagés' }),
    );
  });

  it('in English', () => {
    renderTab(mockClient().client, { platform: 'national' }, 'en');
    fireEvent.input(screen.getByLabelText('Your colleagues’ addresses'), {
      target: { value: 'bob@gmail.com, a@ac-lyon.fr' },
    });
    const [bob, a] = items();
    expect(bob!.textContent).toContain('Not an academic address');
    expect(a!.textContent).toContain('Their Nuage server cannot be guessed');
    expect(screen.getByLabelText(/^Your colleague’s Nuage server/)).toBeTruthy();
  });

  it('follows remembered hosts changed elsewhere (new settings prop)', () => {
    const { client } = mockClient();
    const view = renderTab(client, { platform: 'national' });
    type('jean.dupont@ac-lyon.fr');
    expect(items()[0]!.getAttribute('data-kind')).toBe('error');
    view.rerender(
      <ShareTab
        lang="fr"
        settings={{
          ...defaultSettings,
          platform: 'national',
          rememberedHosts: { 'jean.dupont@ac-lyon.fr': 'nuage09.apps.education.fr' },
        }}
        client={client}
      />,
    );
    expect(within(results()).getByText('jean.dupont@ac-lyon.fr@nuage09.apps.education.fr')).toBeTruthy();
  });
});
