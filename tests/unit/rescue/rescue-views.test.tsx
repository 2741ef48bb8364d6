// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsClient } from '@/components/options/client';
import { RescueSection } from '@/components/options/RescueSection';
import { optionsStrings } from '@/components/options/strings';
import { RescuePage } from '@/components/rescue/RescuePage';
import { createTranslator } from '@/lib/i18n';
import { rescueFor } from '@/lib/rescue/rescue';
import { defaultSettings, parseSettings, type Settings } from '@/lib/settings/settings';

afterEach(cleanup);

describe('RescueSection (options)', () => {
  const client = () => {
    let current = defaultSettings;
    return {
      updateSettings: vi.fn(
        async (patch: Partial<Settings>) => (current = parseSettings({ ...current, ...patch })),
      ),
    } as unknown as OptionsClient & { updateSettings: ReturnType<typeof vi.fn> };
  };

  it('switches the rescue off and on, says it was saved, and warns on the beta platform', async () => {
    const c = client();
    render(
      <RescueSection
        t={createTranslator(optionsStrings, 'fr')}
        settings={defaultSettings}
        platform="beta"
        client={c}
      />,
    );
    const box = screen.getByRole('checkbox', {
      name: 'Remplacer les liens morts de la plateforme de 2020 par une page d’aide',
    });
    expect(box).toHaveProperty('checked', true);
    expect(screen.getByText(/Sans effet tant que la plateforme académique/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(c.updateSettings).toHaveBeenCalledWith({ rescueDeadLinks: false }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Réglage enregistré.'));
  });

  it('in English, on the national platform, without the beta warning', () => {
    render(
      <RescueSection
        t={createTranslator(optionsStrings, 'en')}
        settings={defaultSettings}
        platform="national"
        client={client()}
      />,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Replace dead links of the 2020 platform with a help page' }),
    ).toBeTruthy();
    expect(screen.queryByText(/No effect while/)).toBeNull();
  });
});

describe('RescuePage', () => {
  it('a pad: no national equivalent, in both languages', () => {
    const result = rescueFor('https://pad-lyon.beta.education.fr/p/reunion');
    const { unmount } = render(
      <RescuePage lang="fr" result={result} onOpenOptions={() => undefined} onCopy={async () => true} />,
    );
    expect(screen.getByTestId('rescue-gone').textContent).toBe(
      'Il n’existe pas aujourd’hui d’équivalent national pour les pads (Etherpad).',
    );
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render(
      <RescuePage lang="en" result={result} onOpenOptions={() => undefined} onCopy={async () => true} />,
    );
    expect(screen.getByTestId('rescue-gone').textContent).toBe(
      'There is no national equivalent of the pads (Etherpad) today.',
    );
  });

  it('Nuage with a learned node links to it; the options button works; no back button without history', () => {
    const onOpenOptions = vi.fn();
    render(
      <RescuePage
        lang="fr"
        result={rescueFor('https://cloud-lyon.beta.education.fr/s/abc', {
          nuageHost: 'nuage05.apps.education.fr',
        })}
        onOpenOptions={onOpenOptions}
        onCopy={async () => true}
      />,
    );
    expect(screen.getByRole('link', { name: 'Ouvrir Mon Nuage' }).getAttribute('href')).toBe(
      'https://nuage05.apps.education.fr/',
    );
    expect(
      screen.getByText('Votre serveur Nuage, mémorisé par l’extension : nuage05.apps.education.fr.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Page précédente' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Options de l’extension' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('a fragment that is not a 2020 link: “not recognised”, and no link at all', () => {
    render(
      <RescuePage
        lang="fr"
        result={rescueFor('https://evil.example/?u=https://tube-lyon.beta.education.fr/')}
        onOpenOptions={() => undefined}
        onCopy={async () => true}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lien non reconnu');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
