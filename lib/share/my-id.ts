import { parseFederationId } from './federation-id';
import { updateSettings, type KeyValueStore } from '../settings/settings';
import { MY_FEDERATION_ID_KEY } from '../storage-keys';
import { isObject } from '../util/object';

/**
 * The user's own federation ID (issue 12): captured on La Boîte's profile page (`#nclocator`) or on
 * Nuage's sharing settings, or pasted by hand. Shown in the popup (« Copier », « Envoyer par courriel »);
 * its node teaches « Mon Nuage ». Kept under its own key, versioned, validated when read back.
 */

export const MY_FEDERATION_ID_VERSION = 1;
export const MY_ID_SOURCES = ['profile', 'nuage-sharing', 'pasted', 'imported'] as const;
export type MyIdSource = (typeof MY_ID_SOURCES)[number];

export interface MyFederationId {
  version: typeof MY_FEDERATION_ID_VERSION;
  id: string;
  /** The Nuage node's name (`nuage06`), when the server is one. */
  node?: string;
  source: MyIdSource;
  /** ms since the epoch. */
  at: number;
}

/** A stored or imported value → my ID, or undefined when it is not a valid one. */
export function parseMyFederationId(raw: unknown): MyFederationId | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string') return undefined;
  const parsed = parseFederationId(raw.id, { platform: 'beta' });
  if (!parsed.ok || parsed.id !== raw.id) return undefined;
  const source = (MY_ID_SOURCES as readonly unknown[]).includes(raw.source)
    ? (raw.source as MyIdSource)
    : 'pasted';
  const at = typeof raw.at === 'number' && Number.isInteger(raw.at) && raw.at >= 0 ? raw.at : 0;
  return {
    version: MY_FEDERATION_ID_VERSION,
    id: parsed.id,
    ...(parsed.node ? { node: parsed.node } : {}),
    source,
    at,
  };
}

/** The value to store for an ID given by `source`, or the reason it is refused (parseFederationId's). */
export function myFederationIdFrom(
  input: string,
  source: MyIdSource,
  now: number,
):
  | { ok: true; value: MyFederationId }
  | ({ ok: false } & Extract<ReturnType<typeof parseFederationId>, { ok: false }>) {
  const parsed = parseFederationId(input, { platform: 'beta' });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      version: MY_FEDERATION_ID_VERSION,
      id: parsed.id,
      ...(parsed.node ? { node: parsed.node } : {}),
      source,
      at: now,
    },
  };
}

export { MY_FEDERATION_ID_KEY };

export async function readMyFederationId(store: KeyValueStore): Promise<MyFederationId | undefined> {
  return parseMyFederationId((await store.get(MY_FEDERATION_ID_KEY))[MY_FEDERATION_ID_KEY]);
}

export async function writeMyFederationId(
  store: KeyValueStore,
  value: MyFederationId | undefined,
): Promise<void> {
  await store.set({ [MY_FEDERATION_ID_KEY]: value ?? null });
}

/**
 * My ID teaches « Mon Nuage » (issue 11's setting): its server is my node. Written only when the node
 * differs from the one known (so a capture on every visit of the profile writes nothing).
 */
export async function teachMyNuage(store: KeyValueStore, me: MyFederationId): Promise<void> {
  if (me.node === undefined) return;
  const host = me.id.slice(me.id.lastIndexOf('@') + 1);
  await updateSettings(store, (current) => (current.myNuage === host ? {} : { myNuage: host }));
}
