import { useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import { searchIdBook, type IdBookEntry } from '@/lib/share/book';
import { describeBookError } from '@/locales/federation-id';
import { ConflictQuestion } from './IdForms';
import { formatDate } from './MyIdCard';
import { BreakableId, CopyButton } from './Copy';
import type { Ids } from './useIds';
import type { ShareTranslate } from './useShareSession';

export interface IdBookListProps {
  t: ShareTranslate;
  lang: Lang;
  ids: Ids;
  onCopy(entry: IdBookEntry): Promise<boolean>;
}

/** How many entries the list draws at once: 10,000 entries stay fast (the search narrows them). */
const SHOWN = 50;

/**
 * « Carnet d'identifiants »: search by name, address or ID; each entry shows its address next to its
 * `uid@node` (two « jdupont » are never confused); copy, edit, delete one, clear all.
 */
export function IdBookList({ t, lang, ids, onCopy }: IdBookListProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [clearing, setClearing] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const found = useMemo(() => searchIdBook(ids.index, query, SHOWN), [ids.index, query]);
  const total = ids.book.entries.length;
  return (
    <section class="share-history share-book" aria-labelledby="share-book-title">
      <h2 id="share-book-title" tabIndex={-1} ref={titleRef}>
        {t('bookTitle')}
      </h2>
      {!ids.allowed ? (
        <p class="muted">{describeBookError({ ok: false, code: 'disabled' }, lang)}</p>
      ) : (
        <>
          <p class="muted share-why">{t('bookIntro')}</p>
          {total > 0 && (
            <div class="field">
              <label for="share-book-search">{t('bookSearch')}</label>
              <input
                id="share-book-search"
                type="search"
                autocomplete="off"
                spellcheck={false}
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </div>
          )}
          <ul class="share-history-list share-book-list" data-testid="id-book">
            {found.entries.map((entry) =>
              editing === entry.id ? (
                <EntryForm
                  key={entry.id}
                  t={t}
                  ids={ids}
                  entry={entry}
                  onDone={() => setEditing(undefined)}
                />
              ) : (
                <EntryRow
                  key={entry.id}
                  t={t}
                  lang={lang}
                  entry={entry}
                  onCopy={() => onCopy(entry)}
                  onEdit={() => setEditing(entry.id)}
                  onDelete={() => void ids.remove(entry.id).then(() => titleRef.current?.focus())}
                />
              ),
            )}
          </ul>
          {total === 0 ? (
            <p class="muted">{t('bookEmpty')}</p>
          ) : found.total === 0 ? (
            <p class="muted">{t('bookNoMatch')}</p>
          ) : found.total > found.entries.length ? (
            <p class="muted">{t('bookMore', { shown: found.entries.length, total: found.total })}</p>
          ) : null}
          {total > 0 &&
            (clearing ? (
              <div class="confirm" role="group" aria-labelledby="share-book-clear-question">
                <p id="share-book-clear-question">{t('clearBookQuestion', { count: total })}</p>
                <div class="share-actions">
                  <button
                    type="button"
                    class="btn btn-danger"
                    onClick={() =>
                      void ids.clear().then(() => {
                        setClearing(false);
                        titleRef.current?.focus();
                      })
                    }
                  >
                    {t('clearBookConfirm')}
                  </button>
                  <button type="button" class="btn btn-secondary" onClick={() => setClearing(false)}>
                    {t('cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" class="btn btn-danger" onClick={() => setClearing(true)}>
                {t('clearBook')}
              </button>
            ))}
        </>
      )}
    </section>
  );
}

interface EntryRowProps {
  t: ShareTranslate;
  lang: Lang;
  entry: IdBookEntry;
  onCopy(): Promise<boolean>;
  onEdit(): void;
  onDelete(): void;
}

function EntryRow({ t, lang, entry, onCopy, onEdit, onDelete }: EntryRowProps) {
  return (
    <li class="share-book-entry">
      <div class="share-book-who">
        {entry.name && <span class="share-address">{entry.name}</span>}
        <span class={entry.address ? 'share-book-address' : 'share-book-address muted'}>
          {entry.address ?? t('unknownAddress')}
        </span>
        <BreakableId id={entry.id} />
        <span class="muted share-why">
          {t(`how.${entry.how}`, { date: formatDate(entry.addedAt, lang) })}
        </span>
      </div>
      <div class="share-actions">
        <CopyButton t={t} id={entry.id} onClick={onCopy} />
        <button type="button" class="btn btn-secondary" onClick={onEdit}>
          {t('edit')}
          <span class="visually-hidden"> {t('forEntry', { id: entry.id })}</span>
        </button>
        <button type="button" class="btn btn-secondary" onClick={onDelete}>
          {t('delete')}
          <span class="visually-hidden"> {t('forEntry', { id: entry.id })}</span>
        </button>
      </div>
    </li>
  );
}

function EntryForm({
  t,
  ids,
  entry,
  onDone,
}: {
  t: ShareTranslate;
  ids: Ids;
  entry: IdBookEntry;
  onDone(): void;
}) {
  const [name, setName] = useState(entry.name ?? '');
  const [address, setAddress] = useState(entry.address ?? '');
  const base = `share-book-edit-${entry.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const error = ids.errors[entry.id];
  return (
    <li class="share-book-entry">
      <form
        class="share-book-form"
        onSubmit={(event) => {
          event.preventDefault();
          void ids.editEntry(entry.id, { name, address }).then((saved) => saved && onDone());
        }}
      >
        <BreakableId id={entry.id} />
        <div class="field">
          <label for={`${base}-name`}>{t('nameLabel')}</label>
          <input
            id={`${base}-name`}
            type="text"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${base}-address`}>{t('addressLabel')}</label>
          <input
            id={`${base}-address`}
            type="email"
            value={address}
            aria-describedby={error ? `${base}-error` : undefined}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          {error && (
            <span id={`${base}-error`} class="status status-error">
              {error}
            </span>
          )}
        </div>
        <ConflictQuestion t={t} ids={ids} formKey={entry.id} />
        <div class="share-actions">
          <button type="submit" class="btn">
            {t('save')}
          </button>
          <button type="button" class="btn btn-secondary" onClick={onDone}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </li>
  );
}
