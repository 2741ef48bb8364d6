import { describe, expect, it, vi } from 'vitest';
import { handleLinkClick, LINK_MENU_ID } from '@/entrypoints/background/link-menu';

function deps(copyOk = true) {
  const data: Record<string, unknown> = {};
  return {
    store: {
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    },
    writeClipboard: vi.fn(async (_text: string) => copyOk),
    notify: vi.fn(async () => undefined),
    browserLanguage: 'fr-FR',
  };
}

describe('handleLinkClick (context menu « Copier la forme à intégrer »)', () => {
  it('a Nuage share link: the direct download on the clipboard, and a notification says so', async () => {
    const d = deps();
    const result = await handleLinkClick(
      { menuItemId: LINK_MENU_ID, linkUrl: 'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5' },
      undefined,
      d,
    );
    expect(d.writeClipboard).toHaveBeenCalledWith(
      'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5/download',
    );
    expect(result).toMatchObject({
      handled: true,
      copied: 'https://nuage03.apps.education.fr/s/Ab3dE6gH9jK2mN5/download',
      notice: { ok: true, title: 'Lien de téléchargement direct copié' },
    });
  });

  it('a Tube link: the embed code', async () => {
    const d = deps();
    const result = await handleLinkClick(
      {
        menuItemId: LINK_MENU_ID,
        linkUrl: 'https://tube-cycle-3.apps.education.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d',
      },
      undefined,
      d,
    );
    expect(result).toMatchObject({ handled: true, notice: { title: 'Code d’intégration copié' } });
    expect(d.writeClipboard.mock.calls[0]?.[0]).toMatch(/^<iframe title="Vidéo"/);
  });

  it.each([
    [
      'https://nuage03.apps.education.fr.evil.example/s/Ab3dE6gH9jK2mN5',
      'Ce lien n’est pas un partage Nuage',
    ],
    ['https://portail.apps.education.fr/services', 'Ce lien n’est pas un partage Nuage'],
  ])('%s: the clipboard is left alone and the reason is given', async (linkUrl, reason) => {
    const d = deps();
    const result = await handleLinkClick({ menuItemId: LINK_MENU_ID, linkUrl }, undefined, d);
    expect(d.writeClipboard).not.toHaveBeenCalled();
    expect(result).toMatchObject({ handled: true, notice: { ok: false, title: 'Rien n’a été copié' } });
    expect(result.handled && result.notice.message).toContain(reason);
  });

  it('a refused clipboard is reported; other menu items are not ours', async () => {
    const d = deps(false);
    const result = await handleLinkClick(
      { menuItemId: LINK_MENU_ID, linkUrl: 'https://codimd.apps.education.fr/s/S1ok9no3f' },
      undefined,
      d,
    );
    expect(result).toMatchObject({
      handled: true,
      notice: { ok: false, message: 'Le presse-papiers a refusé la copie.' },
    });
    expect(await handleLinkClick({ menuItemId: 'compagnon-share-link' }, undefined, d)).toEqual({
      handled: false,
    });
  });
});
