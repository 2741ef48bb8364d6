import {
  addToIdBook,
  editIdBookEntry,
  emptyIdBook,
  readIdBook,
  writeIdBook,
  type IdBook,
  type IdBookAddResult,
  type IdBookCandidate,
} from './book';
import {
  teachMyNuage,
  myFederationIdFrom,
  readMyFederationId,
  writeMyFederationId,
  type MyFederationId,
  type MyIdSource,
} from './my-id';
import type { FederationIdResult } from './federation-id';
import type { KeyValueStore } from '../settings/settings';
import { ID_BOOK_KEY, MY_FEDERATION_ID_KEY } from '../storage-keys';

/**
 * The book and my own ID over a key-value store, with the administrator's switch: when storing IDs is
 * not allowed (policy `disableIdBook`), nothing is written and whatever was stored before is erased.
 * The popup's share client, the options page and the background (capture) all go through it.
 */

export type Disabled = { ok: false; code: 'disabled' };
const DISABLED: Disabled = { ok: false, code: 'disabled' };

export interface IdStoreState {
  allowed: boolean;
  book: IdBook;
  me?: MyFederationId;
}

export type SaveMyIdResult =
  { ok: true; me: MyFederationId } | Extract<FederationIdResult, { ok: false }> | Disabled;

export interface IdStore {
  read(): Promise<IdStoreState>;
  addToBook(candidate: IdBookCandidate, options?: { replace?: boolean }): Promise<IdBookAddResult | Disabled>;
  editBookEntry(
    id: string,
    patch: { address?: string; name?: string },
    options?: { replace?: boolean },
  ): Promise<IdBookAddResult | Disabled>;
  removeFromBook(id: string): Promise<IdBook>;
  clearBook(): Promise<IdBook>;
  saveMyId(input: string, source: MyIdSource): Promise<SaveMyIdResult>;
  forgetMyId(): Promise<void>;
}

/** Erases the book and my ID (the policy switched them off). */
export async function eraseStoredIds(store: KeyValueStore): Promise<void> {
  await store.set({ [ID_BOOK_KEY]: null, [MY_FEDERATION_ID_KEY]: null });
}

export function createIdStore(
  store: KeyValueStore,
  allowed: () => Promise<boolean>,
  now: () => number = Date.now,
): IdStore {
  // One change at a time: two quick clicks must not both read the old book and lose one write.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const change = (apply: (book: IdBook) => IdBookAddResult) =>
    serial(async (): Promise<IdBookAddResult | Disabled> => {
      if (!(await allowed())) return DISABLED;
      const result = apply(await readIdBook(store));
      if (result.ok && result.status !== 'unchanged') await writeIdBook(store, result.book);
      return result;
    });
  return {
    async read() {
      if (!(await allowed())) {
        const stored = await store.get(ID_BOOK_KEY);
        if (stored[ID_BOOK_KEY] != null) await eraseStoredIds(store);
        return { allowed: false, book: emptyIdBook() };
      }
      const [book, me] = await Promise.all([readIdBook(store), readMyFederationId(store)]);
      return { allowed: true, book, ...(me ? { me } : {}) };
    },
    addToBook: (candidate, options) => change((book) => addToIdBook(book, candidate, now(), options)),
    editBookEntry: (id, patch, options) => change((book) => editIdBookEntry(book, id, patch, now(), options)),
    removeFromBook: (id) =>
      serial(async () => {
        const book = await readIdBook(store);
        const next = { ...book, entries: book.entries.filter((e) => e.id !== id) };
        return writeIdBook(store, next);
      }),
    clearBook: () => serial(() => writeIdBook(store, emptyIdBook())),
    saveMyId: (input, source) =>
      serial(async (): Promise<SaveMyIdResult> => {
        if (!(await allowed())) return DISABLED;
        const result = myFederationIdFrom(input, source, now());
        if (!result.ok) return result;
        await writeMyFederationId(store, result.value);
        await teachMyNuage(store, result.value).catch(() => undefined);
        return { ok: true, me: result.value };
      }),
    forgetMyId: () => serial(() => writeMyFederationId(store, undefined)),
  };
}
