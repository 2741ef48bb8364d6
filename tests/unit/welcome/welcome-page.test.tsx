// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '@/components/popup/FirstRun';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import type { WelcomePageProps } from '@/components/welcome/WelcomePage';
import { defaultSettings, parseSettings } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';

afterEach(cleanup);

function renderWelcome(props: Partial<WelcomePageProps> = {}) {
  const saveProfile = vi.fn(async (profile: Settings['profile']) =>
    parseSettings({ ...defaultSettings, profile }),
  );
  render(
    <WelcomePage
      lang="fr"
      browser="chrome"
      shortcut="Alt+Shift+A"
      settings={defaultSettings}
      FirstRun={FirstRun}
      saveProfile={saveProfile}
      {...props}
    />,
  );
  return { saveProfile };
}

describe('welcome page', () => {
  it('says what the extension does, how to pin it, the shortcut and where to change it, the privacy promise', async () => {
    renderWelcome();
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans Compagnon Apps Édu' })).toBeTruthy();
    for (const name of [
      'Ce qu’elle fait',
      '1. Épinglez l’icône',
      '2. Ou ouvrez-la au clavier',
      '3. Indiquez votre adresse académique',
      'Vie privée',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(screen.getByText(/la pièce de puzzle/)).toBeTruthy();
    const shortcut = screen.getByTestId('welcome-shortcut');
    expect(shortcut.querySelector('kbd')?.textContent).toBe('Alt+Shift+A');
    expect(shortcut.textContent).toContain('chrome://extensions/shortcuts');
    expect(
      screen.getByRole('link', { name: 'Lire la politique de confidentialité' }).getAttribute('href'),
    ).toBe('/privacy.html');
    // Not the popup's: the page is long, the focus stays at its top.
    expect(document.activeElement).toBe(document.body);
  });

  it('Firefox: its own pinning words and about:addons; no shortcut said as such', () => {
    renderWelcome({ browser: 'firefox', shortcut: undefined });
    expect(screen.getByText(/Épingler à la barre d’outils/)).toBeTruthy();
    const shortcut = screen.getByTestId('welcome-shortcut').textContent ?? '';
    expect(shortcut).toContain('Le raccourci prévu, Alt+Shift+A, n’est pas actif');
    expect(shortcut).toContain('about:addons');
  });

  it('the address: pasted « Nom <adresse> » saved; the focus moves on (never to <body>)', async () => {
    const { saveProfile } = renderWelcome();
    const field = screen.getByTestId('profile-address');
    fireEvent.input(field, { target: { value: 'Jean Dupont <jean.dupont@ac-grenoble.fr>' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() =>
      expect(saveProfile).toHaveBeenCalledWith({
        address: 'jean.dupont@ac-grenoble.fr',
        academyId: 'grenoble',
      }),
    );
    expect(await screen.findByText(/C’est noté : Académie : Grenoble/)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.tagName + ':' + document.activeElement?.textContent).toBe(
        'H2:Vie privée',
      ),
    );
  });

  it('the address step can be skipped', async () => {
    const { saveProfile } = renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    expect((await screen.findAllByText(/Étape passée/)).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('profile-address')).toBeNull();
    expect(saveProfile).not.toHaveBeenCalled();
  });

  it('in English', () => {
    renderWelcome({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Compagnon Apps Édu' })).toBeTruthy();
  });
});
