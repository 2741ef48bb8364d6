// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupClient, SettingsPatch } from '@/components/popup/client';
import { PopupApp } from '@/components/popup/PopupApp';
import type { PopupAppProps, TabLoaders } from '@/components/popup/PopupApp';
import { Menu } from '@/components/ui/Menu';
import { bundledCatalogue } from '@/lib/catalogue/catalogue';
import type { Lang } from '@/lib/i18n';
import { defaultSettings, parseSettings } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';

afterEach(cleanup);

/** A client that keeps the settings in memory and records what the popup asked for. */
function mockClient(initial: Settings = defaultSettings) {
  let settings = initial;
  const client = {
    openService: vi.fn(async (_url: string) => {}),
    openUrl: vi.fn(async (_url: string) => {}),
    openOptions: vi.fn(async () => {}),
    updateSettings: vi.fn(async (patch: SettingsPatch) => {
      settings = parseSettings({ ...settings, ...patch });
      return settings;
    }),
  } satisfies PopupClient;
  return { client, current: () => settings };
}

const loaders: TabLoaders = {
  share: async () => ({ Tab: ({ lang }) => <p>share tab ({lang})</p>, client: {} as never }),
  faq: async () => ({ Tab: ({ lang }) => <p>faq tab ({lang})</p>, client: {} as never }),
};

function renderPopup(props: Partial<PopupAppProps> & { settings?: Settings; lang?: Lang } = {}) {
  const { client, current } = mockClient(props.settings);
  const utils = render(
    <PopupApp
      lang={props.lang ?? 'fr'}
      settings={props.settings ?? defaultSettings}
      client={props.client ?? client}
      loaders={props.loaders ?? loaders}
      {...(props.policy ? { policy: props.policy } : {})}
      {...(props.source ? { source: props.source } : {})}
      {...(props.initialTab ? { initialTab: props.initialTab } : {})}
    />,
  );
  /** Re-renders with the settings the client stored (what storage.onChanged does in the real popup). */
  const refresh = () =>
    utils.rerender(
      <PopupApp lang={props.lang ?? 'fr'} settings={current()} client={client} loaders={loaders} />,
    );
  return { ...utils, client, refresh, current };
}

const grenobleSettings = parseSettings({
  ...defaultSettings,
  profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
});

describe('first run', () => {
  it('asks for the address in a labelled field, submitted with Enter', async () => {
    const { client, refresh } = renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Compagnon Apps Édu');
    const field = await screen.findByTestId('profile-address');
    expect(screen.getByLabelText('Votre adresse académique')).toBe(field);
    fireEvent.input(field, { target: { value: ' Jean.Dupont@ac-grenoble.fr ' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(client.updateSettings).toHaveBeenCalledTimes(1));
    expect(client.updateSettings).toHaveBeenCalledWith({
      profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
    });
    refresh();
    const catalogue = await screen.findByTestId('catalogue');
    const cloud = within(catalogue).getByRole('link', { name: /Cloud/ });
    expect(cloud.getAttribute('href')).toBe('https://cloud-grenoble.beta.education.fr/');
  });

  it('a non-staff address gets a clear French message and nothing is stored', async () => {
    const { client } = renderPopup();
    const field = await screen.findByTestId('profile-address');
    fireEvent.input(field, { target: { value: 'jean.dupont@gmail.com' } });
    fireEvent.submit(field.closest('form')!);
    const alert = await screen.findByText(/n’est pas une adresse académique/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(client.updateSettings).not.toHaveBeenCalled();
  });

  it('an empty address is refused too', async () => {
    const { client } = renderPopup();
    const field = await screen.findByTestId('profile-address');
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText('Saisissez votre adresse académique.')).toBeTruthy();
    expect(client.updateSettings).not.toHaveBeenCalled();
  });

  it('the academy can be picked from the list instead', async () => {
    const { client } = renderPopup();
    const select = await screen.findByLabelText('Choisir mon académie dans la liste');
    fireEvent.change(select, { target: { value: 'lyon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choisir' }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({ profile: { academyId: 'lyon' } }),
    );
  });

  it('in English', async () => {
    renderPopup({ lang: 'en' });
    expect(await screen.findByLabelText('Your academic address')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'My services' })).toBeTruthy();
  });
});

describe('catalogue', () => {
  it('shows the academy, its région and the services as links', async () => {
    renderPopup({ settings: grenobleSettings });
    expect(screen.getByRole('heading', { name: 'Académie : Grenoble' })).toBeTruthy();
    expect(screen.getByText('Région académique Auvergne-Rhône-Alpes')).toBeTruthy();
    const links = within(screen.getByTestId('catalogue')).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    const webconf = within(screen.getByTestId('catalogue')).getByRole('link', { name: /Webconférence/ });
    expect(webconf.textContent).toContain('Service externe');
  });

  it('opening a service goes through the client (tab reuse); modified clicks keep the browser’s behaviour', async () => {
    const { client } = renderPopup({ settings: grenobleSettings });
    const tube = within(screen.getByTestId('catalogue')).getByRole('link', { name: /Tube/ });
    fireEvent.click(tube);
    expect(client.openService).toHaveBeenCalledWith('https://tube-grenoble.beta.education.fr/');
    // happy-dom would follow the link: stop it after the popup's own handler has run.
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    fireEvent.click(tube, { ctrlKey: true });
    expect(client.openService).toHaveBeenCalledTimes(1);
  });

  it('arrow keys move between the services', () => {
    renderPopup({ settings: grenobleSettings });
    const links = within(screen.getByTestId('catalogue')).getAllByRole('link');
    links[0]!.focus();
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1]!, { key: 'End' });
    expect(document.activeElement).toBe(links.at(-1));
    fireEvent.keyDown(links.at(-1)!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links.at(-2));
  });

  it('the PeerTube search opens the academy’s instance search page', () => {
    const { client } = renderPopup({ settings: grenobleSettings });
    expect(screen.getByRole('search', { name: 'Rechercher une vidéo sur PeerTube' })).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Rechercher une vidéo sur PeerTube' });
    fireEvent.input(box, { target: { value: 'volcans' } });
    fireEvent.submit(box.closest('form')!);
    expect(client.openUrl).toHaveBeenCalledWith(
      'https://tube-grenoble.beta.education.fr/search?search=volcans',
    );
    expect(screen.getByText(/Toutes les instances sont fédérées/)).toBeTruthy();
  });

  it('the national platform links to the national instances', () => {
    renderPopup({ settings: { ...grenobleSettings, platform: 'national' } });
    const portal = within(screen.getByTestId('catalogue')).getByRole('link', { name: /Portail/ });
    expect(portal.getAttribute('href')).toBe('https://portail.apps.education.fr/');
  });

  it('an administrator’s override hides a service', () => {
    renderPopup({
      settings: grenobleSettings,
      policy: { academyOverrides: { grenoble: { hide: ['forum'] } } },
    });
    expect(within(screen.getByTestId('catalogue')).queryByRole('link', { name: /Forum/ })).toBeNull();
    expect(within(screen.getByTestId('catalogue')).getByRole('link', { name: /Cloud/ })).toBeTruthy();
  });

  it('says when the remote catalogue failed and the last good one is shown', () => {
    renderPopup({
      settings: grenobleSettings,
      source: {
        kind: 'remote',
        catalogue: bundledCatalogue,
        url: 'https://x.example/c.json',
        error: 'network',
      },
    });
    expect(screen.getByText(/dernière version valide/).getAttribute('role')).toBe('status');
  });

  it('links to the support, the FAQ and share tabs and the options', async () => {
    const { client } = renderPopup({
      settings: grenobleSettings,
      policy: { academyOverrides: { grenoble: { support: { url: 'https://dane.example.fr/' } } } },
    });
    const more = screen.getByRole('navigation', { name: 'Aller plus loin' });
    expect(within(more).getByRole('link', { name: 'Support : DANE Grenoble' }).getAttribute('href')).toBe(
      'https://dane.example.fr/',
    );
    fireEvent.click(within(more).getByRole('button', { name: 'Options' }));
    expect(client.openOptions).toHaveBeenCalled();
    fireEvent.click(within(more).getByRole('button', { name: 'Questions fréquentes (FAQ)' }));
    expect(screen.getByRole('tab', { name: 'FAQ' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('faq tab (fr)')).toBeTruthy();
  });

  it('the menu offers to change the profile, back to the form with the current values', async () => {
    renderPopup({ settings: grenobleSettings });
    fireEvent.click(screen.getByRole('button', { name: 'Plus d’actions' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Changer d’adresse ou d’académie' }));
    const field = await screen.findByTestId('profile-address');
    expect((field as HTMLInputElement).value).toBe('jean.dupont@ac-grenoble.fr');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByTestId('catalogue')).toBeTruthy();
  });
});

describe('tabs (WAI-ARIA)', () => {
  it('tablist, tabs and panels are wired; arrows, Home and End move; the other tabs load on demand', async () => {
    renderPopup({ settings: grenobleSettings });
    const tablist = screen.getByRole('tablist');
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Mes services', 'Partager', 'FAQ']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(screen.queryByText(/share tab/)).toBeNull();

    tabs[0]!.focus();
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('share tab (fr)')).toBeTruthy();
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs[2]);
  });

  it('opens on the tab the URL asks for', async () => {
    renderPopup({ settings: grenobleSettings, initialTab: 'faq' });
    expect(screen.getByRole('tab', { name: 'FAQ' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('faq tab (fr)')).toBeTruthy();
  });

  it('a tab that fails to load says so', async () => {
    renderPopup({
      settings: grenobleSettings,
      loaders: { ...loaders, share: () => Promise.reject(new Error('chunk missing')) },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Partager' }));
    expect(await screen.findByText('Cette section n’a pas pu être chargée.')).toBeTruthy();
  });
});

describe('Menu', () => {
  function renderMenu() {
    const onOptions = vi.fn();
    const utils = render(
      <div>
        <Menu
          label="Plus d’actions"
          trigger="…"
          items={[
            { id: 'a', label: 'Options', onSelect: onOptions },
            { id: 'b', label: 'Profil', onSelect: () => {} },
          ]}
        />
      </div>,
    );
    return { ...utils, onOptions, button: screen.getByRole('button', { name: /Plus d’actions/ }) };
  }

  it('opens on its first item, arrows move, Esc closes it and gives the focus back (without bubbling)', () => {
    const { button } = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);

    const outer = vi.fn();
    document.addEventListener('keydown', outer);
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    document.removeEventListener('keydown', outer);
    expect(outer).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('selecting an item runs it and closes the menu', () => {
    const { button, onOptions } = renderMenu();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Options' }));
    expect(onOptions).toHaveBeenCalled();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
