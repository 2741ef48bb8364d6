import projectJson from '../assets/data/project.json';

/**
 * What « À propos » and the welcome page say about the extension itself. Pure data: the screens get
 * the version and the keyboard shortcut from the browser through their clients.
 */
export interface ProjectLinks {
  /** The public source repository; null while none is published (then the screens say so). */
  repository: string | null;
  /** Where to report a problem (the repository's issues); null: the screens say how instead. */
  issues: string | null;
}

export const projectLinks: ProjectLinks = projectJson as ProjectLinks;

/** The browser family, for the instructions that differ (pinning, where the shortcuts are set). */
export type BrowserFamily = 'chrome' | 'firefox';

/** The page where the user changes the extension's keyboard shortcut, in that browser. */
export function shortcutSettingsPage(browser: BrowserFamily): string {
  return browser === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';
}

/** The extension's pages shipped with the package (wxt.config.ts writes them from the Markdown files). */
export const PRIVACY_PAGE = '/privacy.html';
export const CHANGELOG_PAGE = '/changelog.html';
/** The command that opens the popup, as suggested in wxt.config.ts (the user may change it). */
export const SUGGESTED_SHORTCUT = 'Alt+Shift+A';
