import '@/components/base.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { RescuePage } from '@/components/rescue/RescuePage';
import { rescueStrings } from '@/components/rescue/strings';
import { applyDocumentPreferences } from '@/components/ui/document';
import { copyWithTextarea } from '@/lib/clipboard';
import { resolveLanguage } from '@/lib/i18n';
import { rescueFor } from '@/lib/rescue/rescue';
import { oldUrlFromFragment } from '@/lib/rescue/rule';
import { readSettingsInForce } from '@/lib/settings/reader';

/**
 * The page a dead 2020 link is redirected to (entrypoints/background/rescue.ts): the old URL is in the
 * fragment, read here and never sent anywhere; no network request is made. Any site may open this page
 * (it is web-accessible for the redirect), so the fragment is checked like any input: only a genuine
 * 2020 instance URL gets an explanation, and nothing on the page acts on it but plain links.
 */
async function main(root: HTMLElement) {
  const { settings } = await readSettingsInForce(browser.storage.local);
  const lang = resolveLanguage(settings.language, navigator.language);
  applyDocumentPreferences(document, lang, settings.theme);
  document.title = rescueStrings[lang]['page.title'];
  const nuageHost = settings.profile.address ? settings.rememberedHosts[settings.profile.address] : undefined;
  const result = rescueFor(oldUrlFromFragment(location.hash) ?? '', nuageHost ? { nuageHost } : {});
  render(
    <RescuePage
      lang={lang}
      result={result}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onCopy={(text) =>
        navigator.clipboard.writeText(text).then(
          () => true,
          () => copyWithTextarea(document, text),
        )
      }
      {...(history.length > 1 ? { onBack: () => history.back() } : {})}
    />,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
