// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsClient } from '@/components/options/client';
import { OptionsApp, SETTINGS_FILE_NAME } from '@/components/options/OptionsApp';
import { activeCatalogue, bundledCatalogue } from '@/lib/catalogue/catalogue';
import type { Lang } from '@/lib/i18n';
import { applyManagedPolicy } from '@/lib/settings/policy';
import type { ManagedPolicy } from '@/lib/settings/policy';
import type { PageState } from '@/lib/settings/reader';
import { defaultSettings, parseSettings } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';
import { parseSettingsImport, serializeSettings } from '@/lib/settings/file';

afterEach(cleanup);

function state(user: Settings = defaultSettings, policy: ManagedPolicy = {}): PageState {
  const settings = applyManagedPolicy(user, policy);
  return {
    settings,
    userSettings: user,
    policy,
    catalogueCache: {},
    source: activeCatalogue({}, settings.catalogueUrl),
  };
}

function mockClient() {
  let current = defaultSettings;
  return {
    updateSettings: vi.fn(
      async (patch: Partial<Settings>) => (current = parseSettings({ ...current, ...patch })),
    ),
    importSettings: vi.fn(async (text: string) => {
      try {
        return parseSettingsImport(JSON.parse(text));
      } catch {
        return { ok: false as const, errors: ['(file): not JSON'] };
      }
    }),
    resetSettings: vi.fn(async () => defaultSettings),
    refreshCatalogue: vi.fn(async () => ({})),
    download: vi.fn(),
    exportSettings: vi.fn(async (settings: Settings) => serializeSettings(settings)),
    bookCount: vi.fn(async () => 0),
    importVcard: vi.fn(async () => ({ ok: false as const, code: 'no-card' as const })),
    about: vi.fn(async () => ({ version: '0.1.0', browser: 'chrome' as const, shortcut: 'Alt+Shift+A' })),
  } satisfies OptionsClient;
}

function renderOptions(pageState = state(), lang: Lang = 'fr') {
  const client = mockClient();
  return { ...render(<OptionsApp lang={lang} state={pageState} client={client} />), client };
}

describe('options page', () => {
  it('has a level-1 heading and every section', () => {
    renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Compagnon Apps Édu');
    for (const name of ['Profil', 'Plateforme', 'Affichage', 'Sites sans avertissement', 'Sauvegarde']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
  });

  it('groups what a teacher needs first; the data sources under « Avancé », then « À propos »', () => {
    renderOptions();
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2.indexOf('Profil')).toBe(0);
    expect(h2.slice(-2)).toEqual(['Avancé', 'À propos']);
    const advanced = screen.getByTestId('advanced');
    expect(within(advanced).getByRole('heading', { level: 3, name: 'Sources de données' })).toBeTruthy();
    expect(within(advanced).getByTestId('catalogue-url')).toBeTruthy();
    expect(within(advanced).getByTestId('faq-url')).toBeTruthy();
  });

  it('« À propos »: version, what’s new, shortcut and where to change it, privacy, sources, reporting', async () => {
    renderOptions();
    expect((await screen.findByTestId('about-version')).textContent).toBe('0.1.0');
    await waitFor(() => expect(screen.getByTestId('about-shortcut').textContent).toContain('Alt+Shift+A'));
    expect(screen.getByTestId('about-shortcut').textContent).toContain('chrome://extensions/shortcuts');
    expect(screen.getByRole('link', { name: /journal des modifications/ }).getAttribute('href')).toBe(
      '/changelog.html',
    );
    expect(screen.getByRole('link', { name: /Politique de confidentialité/ }).getAttribute('href')).toBe(
      '/privacy.html',
    );
    expect(screen.getByText(/licence MIT/)).toBeTruthy();
    expect(screen.getByText(/Par la page de l’extension dans le magasin/)).toBeTruthy();
  });

  it('« À propos » in Firefox: about:addons, and says so when no shortcut is set', async () => {
    const client = {
      ...mockClient(),
      about: vi.fn(async () => ({ version: '0.1.0', browser: 'firefox' as const, shortcut: undefined })),
    };
    render(<OptionsApp lang="fr" state={state()} client={client} />);
    await waitFor(() => expect(screen.getByTestId('about-shortcut').textContent).toContain('about:addons'));
    expect(screen.getByTestId('about-shortcut').textContent).toContain('Aucun raccourci');
  });

  it('profile: the address picks the academy; saved with the button', async () => {
    const { client } = renderOptions();
    const field = screen.getByTestId('profile-address');
    expect(screen.getByLabelText('Adresse académique')).toBe(field);
    fireEvent.input(field, { target: { value: 'marie.curie@ac-lyon.fr' } });
    expect((screen.getByLabelText('Académie') as HTMLSelectElement).value).toBe('lyon');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({
        profile: { address: 'marie.curie@ac-lyon.fr', academyId: 'lyon' },
      }),
    );
    expect(await screen.findByText('Profil enregistré : Lyon.')).toBeTruthy();
  });

  it('profile: an academy other than the address’s is flagged, never saved silently; both ways out', async () => {
    const { client } = renderOptions(
      state(parseSettings({ profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' } })),
    );
    expect(screen.queryByTestId('profile-mismatch')).toBeNull();
    fireEvent.change(screen.getByLabelText('Académie'), { target: { value: 'lyon' } });
    const flag = screen.getByTestId('profile-mismatch');
    expect(flag.textContent).toContain(
      'L’adresse jean.dupont@ac-grenoble.fr est celle de Grenoble, mais l’académie choisie dans la liste est Lyon.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect((await screen.findByText(/ne correspondent pas/)).getAttribute('role')).toBe('alert');
    expect(client.updateSettings).not.toHaveBeenCalled();
    // « Garder Lyon »: a deliberate choice.
    fireEvent.click(within(flag).getByRole('button', { name: 'Garder Lyon' }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({
        profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'lyon' },
      }),
    );
    // Or the address's academy.
    fireEvent.click(within(flag).getByRole('button', { name: 'Prendre Grenoble (d’après l’adresse)' }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenLastCalledWith({
        profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
      }),
    );
    expect((screen.getByLabelText('Académie') as HTMLSelectElement).value).toBe('grenoble');
  });

  it('profile: a disagreement stored earlier is still said, with the way back to the address’s academy', () => {
    renderOptions(
      state(parseSettings({ profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'lyon' } })),
    );
    const flag = screen.getByTestId('profile-mismatch');
    expect(flag.textContent).toContain('Vous avez choisi Lyon alors que l’adresse');
    expect(within(flag).getByRole('button', { name: /Prendre Grenoble/ })).toBeTruthy();
    expect(within(flag).queryByRole('button', { name: /Garder/ })).toBeNull();
  });

  it('profile: a pasted « Nom <adresse> » is read; a near miss is suggested and one click saves it', async () => {
    const { client } = renderOptions();
    const field = screen.getByTestId('profile-address');
    fireEvent.input(field, { target: { value: 'Jean Dupont <jean.dupont@ac-grenoble.fr>' } });
    expect((screen.getByLabelText('Académie') as HTMLSelectElement).value).toBe('grenoble');
    fireEvent.input(field, { target: { value: 'jean.dupont@ac-nancy.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect((await screen.findByText(/Vouliez-vous dire @ac-nancy-metz\.fr \?/)).getAttribute('role')).toBe(
      'alert',
    );
    expect(client.updateSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser jean.dupont@ac-nancy-metz.fr' }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({
        profile: { address: 'jean.dupont@ac-nancy-metz.fr', academyId: 'nancy-metz' },
      }),
    );
    expect((field as HTMLInputElement).value).toBe('jean.dupont@ac-nancy-metz.fr');
  });

  it('profile: a non-staff address is refused with a message', async () => {
    const { client } = renderOptions();
    fireEvent.input(screen.getByTestId('profile-address'), { target: { value: 'jean@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    const alert = await screen.findByText(/n’est pas une adresse académique/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(client.updateSettings).not.toHaveBeenCalled();
  });

  it('platform, language and theme save at once', async () => {
    // From the 2020 (beta) platform, chosen: national is the default since settings v3.
    const { client } = renderOptions(state({ ...defaultSettings, platform: 'beta', platformChosen: true }));
    fireEvent.click(screen.getByRole('radio', { name: /Plateforme nationale/ }));
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledWith({ platform: 'national' }));
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledWith({ language: 'en' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sombre' }));
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledWith({ theme: 'dark' }));
  });

  it('catalogue source: an https URL is saved and downloaded; anything else is refused', async () => {
    const { client } = renderOptions();
    const field = screen.getByTestId('catalogue-url');
    fireEvent.input(field, { target: { value: 'http://dane.example.fr/c.json' } });
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText('Saisissez une adresse https complète (https://…).')).toBeTruthy();
    expect(client.updateSettings).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'https://dane.example.fr/c.json' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({ catalogueUrl: 'https://dane.example.fr/c.json' }),
    );
    await waitFor(() =>
      expect(client.refreshCatalogue).toHaveBeenCalledWith('https://dane.example.fr/c.json'),
    );
  });

  it('catalogue source: says which catalogue is in use and when the remote one failed', () => {
    renderOptions({
      ...state(parseSettings({ catalogueUrl: 'https://dane.example.fr/c.json' })),
      source: {
        kind: 'remote',
        catalogue: bundledCatalogue,
        url: 'https://dane.example.fr/c.json',
        error: 'invalid',
      },
    });
    expect(screen.getByTestId('catalogue-source').textContent).toBe(
      'Le catalogue distant n’est pas valide : la dernière version valide est conservée.',
    );
  });

  it('catalogue source: never claims a last valid version that never existed', () => {
    renderOptions({
      ...state(parseSettings({ catalogueUrl: 'https://dane.example.fr/c.json' })),
      source: {
        kind: 'fallback',
        catalogue: bundledCatalogue,
        url: 'https://dane.example.fr/c.json',
        error: 'network',
      },
    });
    const line = screen.getByTestId('catalogue-source').textContent ?? '';
    expect(line).toContain(
      'aucune version valide n’en a encore été reçue : le catalogue intégré est utilisé',
    );
    expect(line).not.toContain('dernière version valide');
  });

  it('settings set by the administrator are shown as such and locked', () => {
    renderOptions(
      state(defaultSettings, { platform: 'national', catalogueUrl: 'https://rectorat.example.fr/c.json' }),
    );
    expect(screen.getByTestId('managed-notice')).toBeTruthy();
    const platform = screen.getByRole('group', { name: /Plateforme/ });
    expect(within(platform).getByText('Défini par l’administrateur')).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Plateforme nationale/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (screen.getByRole('radio', { name: /Plateforme nationale/ }) as HTMLInputElement).closest('fieldset')!
        .disabled,
    ).toBe(true);
    expect((screen.getByTestId('catalogue-url') as HTMLInputElement).value).toBe(
      'https://rectorat.example.fr/c.json',
    );
    expect((screen.getByTestId('catalogue-url') as HTMLInputElement).closest('fieldset')!.disabled).toBe(
      true,
    );
    expect((screen.getByTestId('faq-url') as HTMLInputElement).closest('fieldset')!.disabled).toBe(false);
  });

  it('"ne plus avertir" sites can be turned back on', async () => {
    const { client } = renderOptions(
      state(parseSettings({ dismissedSites: ['apps-lyon.beta.education.fr'] })),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Réactiver l’avertissement pour apps-lyon.beta.education.fr' }),
    );
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledWith({ dismissedSites: [] }));
  });

  it('export offers the settings as a JSON file', async () => {
    const user = parseSettings({ theme: 'dark', profile: { academyId: 'lyon' } });
    const { client } = renderOptions(state(user));
    fireEvent.click(screen.getByRole('button', { name: 'Exporter les réglages' }));
    await waitFor(() => expect(client.download).toHaveBeenCalledTimes(1));
    const [name, text] = client.download.mock.calls[0]!;
    expect(name).toBe(SETTINGS_FILE_NAME);
    expect(JSON.parse(text)).toEqual(user);
  });

  it('import: a bad file is refused with the reason, a good one imported', async () => {
    const { client } = renderOptions();
    const input = screen.getByLabelText('Importer un fichier de réglages') as HTMLInputElement;
    const bad = new File(['{"platform":"mars"}'], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByText(/Fichier refusé, aucun réglage n’a changé/)).getAttribute('role')).toBe(
      'status',
    );
    const good = new File([JSON.stringify({ ...defaultSettings, theme: 'dark' })], 'good.json');
    fireEvent.change(input, { target: { files: [good] } });
    expect(await screen.findByText('Réglages importés.')).toBeTruthy();
    expect(client.importSettings).toHaveBeenCalledTimes(2);
  });

  it('reset asks for a confirmation first', async () => {
    const { client } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }));
    expect(client.resetSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la réinitialisation' }));
    await waitFor(() => expect(client.resetSettings).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Réglages réinitialisés.')).toBeTruthy();
  });

  it('reset: the focus follows the confirmation and comes back to the button, never to <body>', async () => {
    renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la réinitialisation' }));
    await screen.findByText('Réglages réinitialisés.');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Réinitialiser tous les réglages' }),
      ),
    );
  });

  it('in English', () => {
    renderOptions(state(), 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Compagnon Apps Édu options');
    expect(screen.getByLabelText('Academic address')).toBe(screen.getByTestId('profile-address'));
  });
});

describe('options: platform and « Mon Nuage » (issue 11)', () => {
  it('the platform group: national first, the 2020 platform labelled archived', () => {
    renderOptions();
    const group = screen.getByTestId('platform');
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['national', 'beta']);
    expect(radios[0]?.checked).toBe(true);
    expect(within(group).getByText(/Plateforme 2020 \(archivée\)/)).toBeTruthy();
  });

  it('shows, changes and forgets « Mon Nuage »', async () => {
    const { client } = renderOptions(state({ ...defaultSettings, myNuage: 'nuage06.apps.education.fr' }));
    expect(screen.getByTestId('my-nuage-current').textContent).toBe('Serveur retenu : nuage06');
    const field = screen.getByTestId('my-nuage-input');
    fireEvent.input(field, { target: { value: 'nuage.apps.education.fr.evil.example' } });
    fireEvent.submit(field.closest('form')!);
    expect((await screen.findByText(/Ce n’est pas un serveur Nuage/)).getAttribute('role')).toBe('alert');
    expect(client.updateSettings).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'Nuage15' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({ myNuage: 'nuage15.apps.education.fr' }),
    );
    expect(await screen.findByText('Serveur Nuage enregistré : nuage15.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('my-nuage-forget'));
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledWith({ myNuage: undefined }));
  });

  it('without a node: says what the tile opens, nothing to forget', () => {
    renderOptions();
    expect(screen.getByTestId('my-nuage-current').textContent).toMatch(/nuage\.apps\.education\.fr/);
    expect(screen.queryByTestId('my-nuage-forget')).toBeNull();
  });
});
