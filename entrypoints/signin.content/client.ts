import browser from 'webextension-polyfill';
import type { SignInDismissResult, SignInMessage, SignInState } from '@/lib/messaging/signin';

/** What the sign-in warning needs from the extension (a mock in unit tests). */
export interface SignInClient {
  /** The settings the warning uses, or undefined when the background did not answer. */
  getState(): Promise<SignInState | undefined>;
  /** Stores "Ne plus avertir pour ce site" for an instance host; true when saved. */
  dismissSite(host: string): Promise<boolean>;
  /** Calls back when the settings change (in the options page, another tab…); returns an unsubscribe. */
  onSettingsChanged(callback: () => void): () => void;
}

/** lib/settings/settings.ts's SETTINGS_KEY, repeated so that zod (settings' schema) stays out of the content script. */
export const SETTINGS_STORAGE_KEY = 'settingsStorage';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The background's answer, checked without zod (kept out of the content script's budget). */
export function isSignInState(value: unknown): value is SignInState {
  if (!isRecord(value)) return false;
  const { address, academyId, dismissedSites, language, theme, deskAliases } = value;
  return (
    (deskAliases === undefined ||
      (Array.isArray(deskAliases) &&
        deskAliases.every(
          (a: unknown) =>
            isRecord(a) &&
            typeof a.academy === 'string' &&
            Array.isArray(a.names) &&
            a.names.every((n: unknown) => typeof n === 'string'),
        ))) &&
    (address === undefined || typeof address === 'string') &&
    (academyId === undefined || typeof academyId === 'string') &&
    Array.isArray(dismissedSites) &&
    dismissedSites.every((h) => typeof h === 'string') &&
    (language === 'auto' || language === 'fr' || language === 'en') &&
    (theme === 'system' || theme === 'light' || theme === 'dark')
  );
}

function send(message: SignInMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function createSignInClient(): SignInClient {
  return {
    async getState() {
      try {
        const answer = await send({ type: 'signin:get-state' });
        return isSignInState(answer) ? answer : undefined;
      } catch {
        return undefined;
      }
    },
    async dismissSite(host) {
      try {
        const answer = (await send({ type: 'signin:dismiss-site', host })) as SignInDismissResult | undefined;
        return isRecord(answer) && answer.ok === true;
      } catch {
        return false;
      }
    },
    onSettingsChanged(callback) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SETTINGS_STORAGE_KEY in changes) callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
