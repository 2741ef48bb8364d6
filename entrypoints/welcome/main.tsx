import '@/components/base.css';
import '@/components/welcome/welcome.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { FirstRun } from '@/components/popup/FirstRun';
import { applyDocumentPreferences } from '@/components/ui/document';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { welcomeStrings } from '@/components/welcome/strings';
import { resolveLanguage } from '@/lib/i18n';
import { readSettingsInForce } from '@/lib/settings/reader';
import { updateSettings } from '@/lib/settings/settings';
import { popupShortcut } from '../options/shortcut';

/** The page the background opens once, on install (entrypoints/background/welcome.ts). */
async function main(root: HTMLElement) {
  const local = browser.storage.local;
  const [state, shortcut] = await Promise.all([readSettingsInForce(local), popupShortcut()]);
  const lang = resolveLanguage(state.settings.language, navigator.language);
  applyDocumentPreferences(document, lang, state.settings.theme);
  document.title = `${welcomeStrings[lang].title}`;
  render(
    <WelcomePage
      lang={lang}
      browser={import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'}
      shortcut={shortcut}
      settings={state.settings}
      FirstRun={FirstRun}
      saveProfile={(profile) => updateSettings(local, { profile })}
    />,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
