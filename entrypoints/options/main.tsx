import '@/components/base.css';
import '@/components/options/options.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OptionsApp } from '@/components/options/OptionsApp';
import { optionsStrings } from '@/components/options/strings';
import { applyDocumentPreferences } from '@/components/ui/document';
import { resolveLanguage } from '@/lib/i18n';
import { syncManagedPolicyCache } from '@/lib/settings/policy';
import { readSettingsInForce } from '@/lib/settings/reader';
import { createOptionsClient } from './client';

/** Renders from storage.local and follows every change (the popup, another options tab, a policy). */
async function main(root: HTMLElement) {
  const local = browser.storage.local;
  const client = createOptionsClient();
  const draw = async () => {
    const state = await readSettingsInForce(local);
    const lang = resolveLanguage(state.settings.language, navigator.language);
    applyDocumentPreferences(document, lang, state.settings.theme);
    document.title = optionsStrings[lang]['page.title'];
    render(<OptionsApp lang={lang} state={state} client={client} />, root);
  };
  await draw();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') void draw();
  });
  // The administrator's policy, fresh: a change is cached (and redrawn through onChanged).
  await syncManagedPolicyCache(local, browser.storage.managed);
}

const root = document.getElementById('app');
if (root) void main(root);
