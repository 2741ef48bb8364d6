// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupClient, SettingsPatch } from '@/components/popup/client';
import { LazyMenu } from '@/components/popup/LazyMenu';
import { PopupApp } from '@/components/popup/PopupApp';
import type { TabLoaders } from '@/components/popup/PopupApp';
import { academyTitle } from '@/components/ui/academy-words';
import { academyById } from '@/lib';
import type { Lang } from '@/lib/i18n';
import { defaultSettings, parseSettings } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';

afterEach(cleanup);

const loaders: TabLoaders = {
  share: async () => ({ Tab: () => <p>share</p>, client: {} as never }),
  faq: async () => ({ Tab: () => <p>faq</p>, client: {} as never }),
};

/** The popup over an in-memory client; `refresh()` redraws with what was stored (storage.onChanged). */
function renderPopup(settings: Settings = defaultSettings, lang: Lang = 'fr') {
  let current = settings;
  const client = {
    openService: vi.fn(async (_url: string) => {}),
    openUrl: vi.fn(async (_url: string) => {}),
    openOptions: vi.fn(async () => {}),
    updateSettings: vi.fn(
      async (patch: SettingsPatch) => (current = parseSettings({ ...current, ...patch })),
    ),
  } satisfies PopupClient;
  const view = (s: Settings) => <PopupApp lang={lang} settings={s} client={client} loaders={loaders} />;
  const utils = render(view(settings));
  return { ...utils, client, refresh: () => utils.rerender(view(current)) };
}

const grenoble = parseSettings({
  ...defaultSettings,
  profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
});

describe('first run: pasted and mistyped addresses', () => {
  it('reads « Jean Dupont <adresse> » pasted from a mail client, trailing dot and spaces trimmed', async () => {
    for (const pasted of ['Jean Dupont <jean.dupont@ac-grenoble.fr>', ' jean.dupont@ac-grenoble.fr.  ']) {
      const { client } = renderPopup();
      const field = await screen.findByTestId('profile-address');
      fireEvent.input(field, { target: { value: pasted } });
      fireEvent.submit(field.closest('form')!);
      await waitFor(() =>
        expect(client.updateSettings).toHaveBeenCalledWith({
          profile: { address: 'jean.dupont@ac-grenoble.fr', academyId: 'grenoble' },
        }),
      );
      cleanup();
    }
  });

  it('never takes a shortened address silently', async () => {
    const { client } = renderPopup();
    const field = await screen.findByTestId('profile-address');
    fireEvent.input(field, { target: { value: 'jean dupont@ac-lyon.fr' } });
    fireEvent.submit(field.closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('« dupont@ac-lyon.fr »');
    expect(alert.textContent).toContain('gardez seulement votre adresse');
    expect(client.updateSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['jean.dupont@ac-grenble.fr', 'ac-grenoble.fr', 'jean.dupont@ac-grenoble.fr', 'grenoble'],
    [
      'jean.dupont@ac-clermont-ferrand.fr',
      'ac-clermont.fr',
      'jean.dupont@ac-clermont.fr',
      'clermont-ferrand',
    ],
    ['jean.dupont@ac-nancy.fr', 'ac-nancy-metz.fr', 'jean.dupont@ac-nancy-metz.fr', 'nancy-metz'],
  ])('%s: « Vouliez-vous dire @%s ? », one click accepts it', async (typed, domain, meant, academyId) => {
    const { client } = renderPopup();
    const field = await screen.findByTestId('profile-address');
    fireEvent.input(field, { target: { value: typed } });
    fireEvent.submit(field.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toContain(`Vouliez-vous dire @${domain} ?`);
    expect(client.updateSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: `Utiliser ${meant}` }));
    await waitFor(() =>
      expect(client.updateSettings).toHaveBeenCalledWith({ profile: { address: meant, academyId } }),
    );
  });

  it('no suggestion for an address that is nowhere near a staff one', async () => {
    renderPopup();
    const field = await screen.findByTestId('profile-address');
    fireEvent.input(field, { target: { value: 'jean@gmail.com' } });
    fireEvent.submit(field.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).not.toContain('Vouliez-vous dire');
    expect(screen.queryByTestId('address-suggestion')).toBeNull();
  });

  it('after saving, the focus goes to the services panel, never to <body>', async () => {
    const { refresh } = renderPopup();
    const field = await screen.findByTestId('profile-address');
    field.focus();
    fireEvent.input(field, { target: { value: 'jean.dupont@ac-grenoble.fr' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Valider' })).toBeTruthy());
    await new Promise((r) => setTimeout(r, 0));
    refresh();
    await screen.findByTestId('catalogue');
    await waitFor(() => expect(document.activeElement?.id).toBe('panel-services'));
  });
});

describe('« Changer d’adresse ou d’académie »', () => {
  async function openEditor() {
    const utils = renderPopup(grenoble);
    const menuButton = screen.getByRole('button', { name: 'Plus d’actions' });
    fireEvent.click(menuButton);
    const item = await screen.findByRole('menuitem', { name: 'Changer d’adresse ou d’académie' });
    fireEvent.click(item);
    await screen.findByTestId('profile-address');
    return { ...utils, menuButton: screen.getByRole('button', { name: 'Plus d’actions' }) };
  }

  it('is titled as a change, not « Bienvenue »', async () => {
    await openEditor();
    expect(screen.getByRole('heading', { level: 2, name: 'Changer d’adresse ou d’académie' })).toBeTruthy();
    expect(screen.queryByText('Bienvenue')).toBeNull();
  });

  it('Escape cancels without reaching the browser (it would close the popup); the focus returns to the menu', async () => {
    const { client, menuButton } = await openEditor();
    const field = screen.getByTestId('profile-address');
    field.focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    field.dispatchEvent(escape);
    document.removeEventListener('keydown', outside);
    expect(escape.defaultPrevented).toBe(true);
    expect(outside).not.toHaveBeenCalled();
    expect(await screen.findByTestId('catalogue')).toBeTruthy();
    expect(client.updateSettings).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(menuButton));
  });

  it('Cancel too gives the focus back where it was', async () => {
    const { menuButton } = await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await screen.findByTestId('catalogue');
    await waitFor(() => expect(document.activeElement).toBe(menuButton));
  });
});

describe('the menu', () => {
  it('opens with ArrowDown even before its code is loaded, on the first item; ArrowUp on the last', async () => {
    const items = [
      { id: 'a', label: 'Premier', onSelect: vi.fn() },
      { id: 'b', label: 'Dernier', onSelect: vi.fn() },
    ];
    render(<LazyMenu label="Plus d’actions" trigger="⋯" items={items} />);
    const button = screen.getByRole('button', { name: /Plus d’actions/ });
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Premier'));
    cleanup();
    render(<LazyMenu label="Plus d’actions" trigger="⋯" items={items} />);
    fireEvent.keyDown(screen.getByRole('button', { name: /Plus d’actions/ }), { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Dernier'));
  });

  it('offers the platform’s help when the academy has no verified support page', async () => {
    const { client } = renderPopup(grenoble);
    fireEvent.click(screen.getByRole('button', { name: 'Plus d’actions' }));
    fireEvent.click(
      await screen.findByRole('menuitem', { name: 'Aide de la plateforme (apps.education.fr)' }),
    );
    expect(client.openUrl).toHaveBeenCalledWith('https://portail.apps.education.fr/help');
  });

  it('offers it on the first run too, before any academy is known', async () => {
    renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Plus d’actions' }));
    expect(await screen.findByRole('menuitem', { name: /Aide de la plateforme/ })).toBeTruthy();
  });
});

describe('the right word for each kind of entry', () => {
  it.each([
    ['grenoble', 'Académie : Grenoble', 'Academy: Grenoble'],
    ['reunion', 'Académie : La Réunion', 'Academy: La Réunion'],
    ['nouvelle-caledonie', 'Vice-rectorat : Nouvelle-Calédonie', 'Vice-rectorate: Nouvelle-Calédonie'],
    ['polynesie', 'Vice-rectorat : Polynésie française', 'Vice-rectorate: Polynésie française'],
    [
      'saint-pierre-et-miquelon',
      'Territoire : Saint-Pierre-et-Miquelon',
      'Territory: Saint-Pierre-et-Miquelon',
    ],
    ['administration-centrale', 'Administration centrale du ministère', 'Administration centrale (ministry)'],
  ])('%s → « %s » / “%s”', (id, fr, en) => {
    const academy = academyById(id)!;
    expect(academyTitle(academy, 'fr')).toBe(fr);
    expect(academyTitle(academy, 'en')).toBe(en);
  });

  it('the catalogue’s heading uses it', () => {
    renderPopup(parseSettings({ ...defaultSettings, profile: { academyId: 'nouvelle-caledonie' } }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Vice-rectorat : Nouvelle-Calédonie' });
    expect(heading).toBeTruthy();
    expect(within(document.body).queryByText(/Académie : Nouvelle-Calédonie/)).toBeNull();
  });
});
