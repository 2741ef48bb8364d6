import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '@/entrypoints/background/welcome';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake browser has no manifest.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
});

describe('the welcome page opens on install only', () => {
  it.each([
    ['install', 1],
    ['update', 0],
    ['browser_update', 0],
  ] as const)('reason %s → %i tab', async (reason, tabs) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false, previousVersion: '0.0.9' });
    expect(create).toHaveBeenCalledTimes(tabs);
    if (tabs) expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });
});
