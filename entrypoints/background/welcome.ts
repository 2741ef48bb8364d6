import browser from 'webextension-polyfill';
import { resolveLanguage } from '@/lib/i18n';
import { readSettingsInForce } from '@/lib/settings/reader';
import { whatsNewLine } from '@/lib/welcome/whats-new';

const WHATS_NEW_NOTIFICATION = 'compagnon-whats-new';

/**
 * On install only: the welcome page (what the extension does, pinning, the shortcut, the address,
 * privacy). On an update: nothing, unless that release has a one-line « what's new » (data:
 * assets/data/whats-new.json), said once in a notification. A browser update or a reload says nothing.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    } else if (details.reason === 'update') {
      void notifyWhatsNew(details.previousVersion);
    }
  });
}

async function notifyWhatsNew(previous: string | undefined): Promise<void> {
  const { settings } = await readSettingsInForce(browser.storage.local);
  const lang = resolveLanguage(settings.language, globalThis.navigator?.language);
  const line = whatsNewLine(previous, browser.runtime.getManifest().version, lang);
  if (!line) return;
  await browser.notifications.create(WHATS_NEW_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Compagnon Apps Édu',
    message: line,
  });
}
