import { describe, expect, it, vi } from 'vitest';
import { openOrFocusTab } from '@/entrypoints/popup/open-tab';
import type { TabsApi, WindowsApi } from '@/entrypoints/popup/open-tab';

type Tab = { id?: number; windowId?: number; active?: boolean; url: string };

/** Fake tabs/windows: `query` matches the host pattern the way browsers do (host permission granted). */
function fakeBrowser(tabs: Tab[], { queryFails = false } = {}) {
  const api = {
    query: vi.fn(async ({ url }: { url: string }) => {
      if (queryFails) throw new Error('No permission');
      const host = new URL(url.replace('/*', '/')).host;
      return tabs.filter((t) => new URL(t.url).host === host);
    }),
    update: vi.fn(async () => ({})),
    create: vi.fn(async () => ({})),
  } satisfies TabsApi;
  const windows = { update: vi.fn(async () => ({})) } satisfies WindowsApi;
  return { tabs: api, windows };
}

describe('openOrFocusTab', () => {
  it('focuses a tab already open on the same host (any path) and its window', async () => {
    const { tabs, windows } = fakeBrowser([
      { id: 1, windowId: 10, url: 'https://apps-lyon.beta.education.fr/' },
      { id: 2, windowId: 20, url: 'https://cloud-grenoble.beta.education.fr/apps/files/?dir=/' },
    ]);
    const result = await openOrFocusTab('https://cloud-grenoble.beta.education.fr/', tabs, windows);
    expect(result).toEqual({ action: 'focused', tabId: 2 });
    expect(tabs.query).toHaveBeenCalledWith({ url: 'https://cloud-grenoble.beta.education.fr/*' });
    expect(tabs.update).toHaveBeenCalledWith(2, { active: true });
    expect(windows.update).toHaveBeenCalledWith(20, { focused: true });
    expect(tabs.create).not.toHaveBeenCalled();
  });

  it('prefers the active tab when several are open on the host', async () => {
    const { tabs, windows } = fakeBrowser([
      { id: 3, windowId: 1, url: 'https://tube-lyon.beta.education.fr/a' },
      { id: 4, windowId: 2, active: true, url: 'https://tube-lyon.beta.education.fr/b' },
    ]);
    expect(await openOrFocusTab('https://tube-lyon.beta.education.fr/', tabs, windows)).toEqual({
      action: 'focused',
      tabId: 4,
    });
  });

  it('opens a new tab when none is open on the host', async () => {
    const { tabs, windows } = fakeBrowser([
      { id: 1, windowId: 1, url: 'https://apps-lyon.beta.education.fr/' },
    ]);
    expect(await openOrFocusTab('https://cloud-lyon.beta.education.fr/', tabs, windows)).toEqual({
      action: 'created',
    });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'https://cloud-lyon.beta.education.fr/' });
    expect(tabs.update).not.toHaveBeenCalled();
  });

  it('external services (no host permission): query fails or finds nothing → a new tab', async () => {
    const { tabs } = fakeBrowser([], { queryFails: true });
    expect(await openOrFocusTab('https://www.cned.fr/maclassealamaison', tabs)).toEqual({
      action: 'created',
    });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'https://www.cned.fr/maclassealamaison' });
  });

  it('a tab without id (devtools, prerender) is not a candidate', async () => {
    const { tabs } = fakeBrowser([{ windowId: 1, url: 'https://blog-lyon.beta.education.fr/' }]);
    expect(await openOrFocusTab('https://blog-lyon.beta.education.fr/', tabs)).toEqual({ action: 'created' });
  });

  it('only https URLs are matched against open tabs', async () => {
    const { tabs } = fakeBrowser([]);
    await openOrFocusTab('http://example.org/', tabs);
    expect(tabs.query).not.toHaveBeenCalled();
    expect(tabs.create).toHaveBeenCalled();
  });
});
