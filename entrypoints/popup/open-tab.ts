/** The part of browser.tabs / browser.windows that opening a service needs (tests pass fakes). */
export interface TabsApi {
  query(filter: { url: string }): Promise<{ id?: number; windowId?: number; active?: boolean }[]>;
  update(tabId: number, props: { active: true }): Promise<unknown>;
  create(props: { url: string }): Promise<unknown>;
}
export interface WindowsApi {
  update(windowId: number, props: { focused: true }): Promise<unknown>;
}

export type OpenResult = { action: 'focused'; tabId: number } | { action: 'created' };

/**
 * Opens a service: if a tab is already open on the same host (any path), focus it and its window;
 * otherwise open a new tab. The host permission `https://*.apps.education.fr/*`, `https://*.beta.education.fr/*`, `https://visio-agents.education.fr/*` lets `tabs.query` match
 * by URL without the `tabs` permission; other hosts (external services) simply match nothing.
 */
export async function openOrFocusTab(url: string, tabs: TabsApi, windows?: WindowsApi): Promise<OpenResult> {
  const parsed = new URL(url);
  let existing: { id?: number; windowId?: number; active?: boolean }[] = [];
  if (parsed.protocol === 'https:') {
    try {
      existing = await tabs.query({ url: `https://${parsed.hostname}/*` });
    } catch {
      existing = [];
    }
  }
  const tab =
    existing.find((t) => t.active && t.id !== undefined) ?? existing.find((t) => t.id !== undefined);
  if (tab?.id !== undefined) {
    await tabs.update(tab.id, { active: true });
    if (windows && tab.windowId !== undefined)
      await windows.update(tab.windowId, { focused: true }).catch(() => {});
    return { action: 'focused', tabId: tab.id };
  }
  await tabs.create({ url });
  return { action: 'created' };
}
