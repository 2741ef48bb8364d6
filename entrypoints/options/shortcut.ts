import browser from 'webextension-polyfill';

/** The shortcut bound now to the command that opens the popup ('' or none: undefined). */
export async function popupShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    const open = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
    return open?.shortcut || undefined;
  } catch {
    return undefined;
  }
}
