import browser from 'webextension-polyfill';
import { readSettingsInForce } from '@/lib/settings/reader';
import type { KeyValueStore } from '@/lib/settings/settings';
import { RESCUE_RULE_ID, rescueEnabled, rescueRule, type RescueRule } from '@/lib/rescue/rule';
import { SETTINGS_IN_FORCE_KEYS } from '@/lib/storage-keys';

/**
 * The rescue of dead 2020 links (issue 18): one session declarativeNetRequest rule redirects main-frame
 * navigations to the 2020 hosts (`<service>-<slug>.beta.education.fr`) to the extension's own page
 * (rescue.html). It exists only while the settings in force want it (national platform, option on):
 * it is computed at the session's first start (./session-start.ts, from the entrypoint) and whenever
 * those settings change.
 * The rule itself is lib/rescue/rule.ts.
 *
 * A session rule, not a dynamic one: Chrome gives the page a new address each browser session
 * (`use_dynamic_url`, so no site can probe for the extension), and a dynamic rule would keep the last
 * session's address. Session rules go with the session (and with a reload or an update of the
 * extension, like storage.session); the session's first start puts the rule back. Within a session
 * the browser keeps it across the worker's restarts.
 */

/** The part of declarativeNetRequest used here (Chrome MV3; Firefox, MV2 included). */
export interface SessionRulesApi {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: RescueRule[] }): Promise<void>;
}

function dnrApi(): SessionRulesApi | undefined {
  return (browser as unknown as { declarativeNetRequest?: SessionRulesApi }).declarativeNetRequest;
}

/** Adds or removes the rule as the settings in force say; returns whether it is now in place. */
export async function syncRescueRule(
  store: KeyValueStore = browser.storage.local,
  dnr: SessionRulesApi | undefined = dnrApi(),
  pageUrl: string = browser.runtime.getURL('/rescue.html'),
): Promise<boolean> {
  if (!dnr) return false;
  const { settings } = await readSettingsInForce(store);
  const enabled = rescueEnabled(settings);
  // One call: the old rule goes, the new one (with this session's page address) comes.
  await dnr.updateSessionRules({
    removeRuleIds: [RESCUE_RULE_ID],
    addRules: enabled ? [rescueRule(pageUrl)] : [],
  });
  return enabled;
}

let queue: Promise<unknown> = Promise.resolve();
/** Syncs one at a time, in order: the last change of the settings wins. */
function queueSync(): Promise<boolean> {
  const next = queue.then(() => syncRescueRule());
  queue = next.catch(() => undefined);
  return next;
}

function logRefusal(error: unknown): void {
  // A rule the browser refuses (e.g. Chrome's 2 KB regex budget) must be visible to maintainers.
  console.error('Compagnon: the rescue rule was not updated.', error);
}

/** Syncs in order (see queueSync); never rejects (a refusal is logged). */
export function enqueueRescueSync(): Promise<boolean> {
  return queueSync().catch((error: unknown) => {
    logRefusal(error);
    return false;
  });
}

/**
 * For the session's first start (./session-start.ts): a refusal is logged and rejects, so that the
 * next start of the worker tries again.
 */
export function syncRescueRuleForSession(): Promise<boolean> {
  return queueSync().catch((error: unknown) => {
    logRefusal(error);
    throw error;
  });
}

/**
 * Called once from the background entrypoint: the settings' listener. (declarativeNetRequest is not
 * touched here: Chrome sets up an API's bindings when it is first read, and most starts need none.)
 */
export function registerRescueRule(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_IN_FORCE_KEYS.some((key) => key in changes)) void enqueueRescueSync();
  });
}

/** e2e hook: wait until the rule matches the settings just written. */
export const rescueTestHook = { syncRescueRule: () => enqueueRescueSync() };
