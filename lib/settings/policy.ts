import type { AcademyOverrides } from '../catalogue/schema';
import { MANAGED_CACHE_KEY } from '../storage-keys';
import type { KeyValueStore, Settings } from './settings';
import { isObject } from '../util/object';
import { bool, type Check, NO, oneOf } from '../util/check';
import { checkAcademyOverrides, checkHttpsUrl } from '../catalogue/check';

/**
 * Administrator pre-configuration through the browser's managed storage (enterprise policy).
 * Chromium filters the values against public/managed-schema.json; Firefox passes anything through
 * (and rejects `get()` when nothing is configured), so every value is validated here, key by key:
 * a bad key is ignored on its own.
 */

export type ManagedPolicy = {
  platform?: Settings['platform'];
  catalogueUrl?: string;
  faqUrl?: string;
  academyOverrides?: AcademyOverrides;
  disableIdBook?: boolean;
};
export type ManagedKey = keyof ManagedPolicy;

/**
 * The policy's checks, key by key, without zod: the background reads the policy at start-up and loads
 * no zod (issue 16). Their zod twins, managedFieldSchemas (./policy-schema.ts, apart so that this
 * module, imported dynamically, carries no zod), are the reference they are property-tested against.
 */
export const managedFieldChecks: { [K in ManagedKey]-?: Check<NonNullable<ManagedPolicy[K]>> } = {
  platform: oneOf(['beta', 'national']),
  catalogueUrl: checkHttpsUrl,
  faqUrl: checkHttpsUrl,
  academyOverrides: checkAcademyOverrides,
  disableIdBook: bool,
};

/** The settings an administrator can impose (shown as such, and locked, in the options page). */
export const MANAGED_SETTINGS = ['platform', 'catalogueUrl', 'faqUrl'] as const;
export type ManagedSetting = (typeof MANAGED_SETTINGS)[number];

export { MANAGED_CACHE_KEY } from '../storage-keys';

/** Raw managed values → the valid part of the policy (unknown and invalid keys are dropped). */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (!isObject(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(managedFieldChecks) as [ManagedKey, Check<unknown>][]) {
    if (raw[key] === undefined) continue;
    const parsed = check(raw[key]);
    if (parsed !== NO) out[key] = parsed;
  }
  return out as ManagedPolicy;
}

/** The settings actually in force: the administrator's values win over the user's. */
export function applyManagedPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  const effective = { ...settings };
  for (const key of MANAGED_SETTINGS) {
    const value = policy[key];
    if (value !== undefined) Object.assign(effective, { [key]: value });
  }
  return effective;
}

/** Whether federation IDs (the book, my ID) may be stored on this computer. */
export function idBookAllowed(policy: ManagedPolicy): boolean {
  return policy.disableIdBook !== true;
}

/** Which settings the administrator set (the options page shows them as such and locks them). */
export function managedSettings(policy: ManagedPolicy): ManagedSetting[] {
  return MANAGED_SETTINGS.filter((key) => policy[key] !== undefined);
}

/** Anything with a managed-storage `get()` (browser.storage.managed); absent on some platforms. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * Reads the policy. Firefox rejects `get()` with "Managed storage manifest not found" when nothing
 * is configured, and some browsers (Firefox for Android) have no managed area: both mean "no policy".
 */
export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  if (!area) return {};
  try {
    return parseManagedPolicy(await area.get());
  } catch {
    return {};
  }
}

/** The cached policy from storage.local (validated again: storage read-back is a trust boundary). */
export function parseManagedCache(raw: unknown): ManagedPolicy {
  return parseManagedPolicy(raw);
}

export function samePolicy(a: ManagedPolicy, b: ManagedPolicy): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** A store that can also remove a key (browser.storage.local). */
export interface RemovableStore extends KeyValueStore {
  remove(key: string): Promise<void>;
}

/**
 * Keeps the copy of the policy in storage.local; no policy = no copy, so the pages do not even load
 * the policy's schemas (see reader.ts).
 */
export async function cacheManagedPolicy(store: RemovableStore, policy: ManagedPolicy): Promise<void> {
  if (Object.keys(policy).length === 0) await store.remove(MANAGED_CACHE_KEY);
  else await store.set({ [MANAGED_CACHE_KEY]: policy });
}

/**
 * The one way to refresh the cached copy from the browser's managed storage (the background at start
 * and on change; the popup and the options page when they open, since Firefox reads a policy once per
 * run). Writes only when the policy changed, so listeners of storage.local are not woken for nothing.
 * Returns the policy read.
 */
export async function syncManagedPolicyCache(
  store: RemovableStore,
  area: ManagedArea | undefined,
): Promise<ManagedPolicy> {
  const [policy, stored] = await Promise.all([readManagedPolicy(area), store.get(MANAGED_CACHE_KEY)]);
  if (!samePolicy(policy, parseManagedCache(stored[MANAGED_CACHE_KEY])))
    await cacheManagedPolicy(store, policy);
  return policy;
}
