import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import {
  createIdBookIndex,
  emptyIdBook,
  idBookLookup,
  type IdBookAddResult,
  type IdBookCandidate,
  type IdBookEntry,
} from '@/lib/share/book';
import { parseFederationId } from '@/lib/share/federation-id';
import { describeBookError, describeFederationIdError } from '@/locales/federation-id';
import type { IdState, ShareClient } from './client';
import type { ShareTranslate } from './useShareSession';

/** A change the book refused because it contradicts an entry: shown with « Remplacer » / « Annuler ». */
export interface PendingConflict {
  /** Which form asked (an address, an ID, `me`): the question shows there. */
  key: string;
  message: string;
  retry(): Promise<void>;
}

type BookChange = IdBookAddResult | { ok: false; code: 'disabled' };

/**
 * The federation IDs the tab shows and changes: the book (with its search index and look-up by
 * address), my own ID, the policy's switch; follows changes made elsewhere (a capture, the options).
 */
export function useIds(
  client: ShareClient,
  t: ShareTranslate,
  lang: Lang,
  announce: (message: string) => void,
) {
  const [state, setState] = useState<IdState>({ allowed: true, book: emptyIdBook() });
  const [pending, setPending] = useState<PendingConflict | undefined>();
  /** A message tied to one form (`key`), e.g. why a pasted ID is refused. */
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  useEffect(() => {
    let live = true;
    const load = () =>
      client.readIds().then(
        (next) => live && setState(next),
        () => undefined,
      );
    void load();
    const stop = client.onIdsChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [client]);

  const index = useMemo(() => createIdBookIndex(state.book), [state.book]);
  const lookup = useMemo(() => idBookLookup(state.book), [state.book]);
  const setError = (key: string, message: string | undefined) =>
    setErrors((current) => {
      const next = { ...current };
      if (message === undefined) delete next[key];
      else next[key] = message;
      return next;
    });

  /** Runs a book change; a conflict becomes a question, an error a message; returns whether it was saved. */
  async function apply(
    key: string,
    run: (replace: boolean) => Promise<BookChange>,
    done: (entry: IdBookEntry) => string,
  ) {
    const attempt = async (replace: boolean): Promise<boolean> => {
      const result = await run(replace).catch((): BookChange => ({ ok: false, code: 'disabled' }));
      if (result.ok) {
        setPending(undefined);
        setError(key, undefined);
        setState(await client.readIds());
        announce(done(result.entry));
        return true;
      }
      if (result.code === 'conflict') {
        setPending({
          key,
          message: describeBookError(result, lang),
          retry: async () => void (await attempt(true)),
        });
        return false;
      }
      if (result.code === 'invalid-id') return false;
      setError(key, describeBookError(result, lang));
      return false;
    };
    return attempt(false);
  }

  /** Saves a colleague's pasted ID (with the address it is for, when there is one). */
  async function savePasted(key: string, input: string, address?: string): Promise<boolean> {
    const parsed = parseFederationId(input, { platform: 'beta' });
    if (!parsed.ok) {
      setError(key, describeFederationIdError(parsed, lang));
      return false;
    }
    const candidate: IdBookCandidate = { id: parsed.id, how: 'pasted', ...(address ? { address } : {}) };
    return apply(
      key,
      (replace) => client.addToBook(candidate, { replace }),
      (entry) =>
        entry.address
          ? t('bookSaved', { id: entry.id, address: entry.address })
          : t('bookSavedNoAddress', { id: entry.id }),
    );
  }

  async function editEntry(id: string, patch: { address?: string; name?: string }): Promise<boolean> {
    return apply(
      id,
      (replace) => client.editBookEntry(id, patch, { replace }),
      () => t('entryUpdated', { id }),
    );
  }

  async function remove(id: string) {
    setState({ ...state, book: await client.removeFromBook(id) });
    announce(t('deleted', { id }));
  }

  async function clear() {
    setState({ ...state, book: await client.clearBook() });
    announce(t('bookCleared'));
  }

  async function saveMyId(input: string): Promise<boolean> {
    const result = await client.saveMyId(input);
    if (!result.ok) {
      setError(
        'me',
        result.code === 'disabled'
          ? describeBookError(result, lang)
          : describeFederationIdError(result, lang),
      );
      return false;
    }
    setError('me', undefined);
    setState({ ...state, me: result.me });
    announce(t('myIdSaved', { id: result.me.id }));
    return true;
  }

  async function forgetMyId() {
    await client.forgetMyId();
    const { me: _me, ...rest } = state;
    setState(rest);
    announce(t('myIdForgotten'));
  }

  return {
    ...state,
    index,
    lookup,
    pending,
    cancelPending: () => setPending(undefined),
    errors,
    savePasted,
    editEntry,
    remove,
    clear,
    saveMyId,
    forgetMyId,
  };
}

export type Ids = ReturnType<typeof useIds>;
