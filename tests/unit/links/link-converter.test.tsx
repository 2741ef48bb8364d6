// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkConverter } from '@/components/links/LinkConverter';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const SHARE = 'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5';

describe('LinkConverter', () => {
  it('a Nuage share link: four forms; Copier copies, shows « Copié ✓ » for a while and announces it', async () => {
    const copy = vi.fn(async () => true);
    render(<LinkConverter lang="fr" client={{ copy }} confirmMs={50} />);
    fireEvent.input(screen.getByLabelText('Lien à convertir'), { target: { value: SHARE } });
    expect(screen.getByRole('heading', { name: /Lien de partage Nuage/ })).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Copier (Téléchargement direct)' });
    fireEvent.click(button);
    await waitFor(() => expect(copy).toHaveBeenCalledWith(`${SHARE}/download`));
    await waitFor(() => expect(button.textContent).toContain('Copié ✓'));
    expect(screen.getByRole('status').textContent).toBe('Copié : Téléchargement direct.');
    await waitFor(() => expect(button.textContent).toContain('Copier'));
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });

  it('a failed copy says what to do instead', async () => {
    render(<LinkConverter lang="fr" client={{ copy: async () => false }} />);
    fireEvent.input(screen.getByLabelText('Lien à convertir'), { target: { value: SHARE } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier (Téléchargement direct)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/La copie a échoué/));
  });

  it('a look-alike host gets a clear reason, and nothing to copy (English)', () => {
    render(<LinkConverter lang="en" client={{ copy: async () => true }} />);
    fireEvent.input(screen.getByLabelText('Link to convert'), {
      target: { value: 'https://nuage03.apps.education.fr.evil.example/s/Ab3dE6gH9jK2mN5' },
    });
    expect(
      screen.getByText('This link is not on a server of the national platform (apps.education.fr).'),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a Tube video: the iframe code carries a title in the screen’s language', () => {
    render(<LinkConverter lang="fr" client={{ copy: async () => true }} />);
    fireEvent.input(screen.getByLabelText('Lien à convertir'), {
      target: {
        value: 'https://tube-cycle-3.apps.education.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d?start=42',
      },
    });
    expect(screen.getByText(/<iframe title="Vidéo"/).textContent).toContain(
      '/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d?start=42',
    );
  });
});
