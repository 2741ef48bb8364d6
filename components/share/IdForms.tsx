import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import { askForIdMailto } from '@/locales/share';
import type { Ids } from './useIds';
import type { ShareTranslate } from './useShareSession';

export interface ConflictQuestionProps {
  t: ShareTranslate;
  ids: Ids;
  /** The form this question belongs to. */
  formKey: string;
}

/** « Votre carnet dit déjà autre chose… Remplacer ? »: the newest wins only once the user says so. */
export function ConflictQuestion({ t, ids, formKey }: ConflictQuestionProps) {
  const pending = ids.pending;
  if (!pending || pending.key !== formKey) return null;
  const questionId = `conflict-${formKey.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <div class="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} class="status status-warn">
        {pending.message}
      </p>
      <div class="share-actions">
        <button type="button" class="btn" onClick={() => void pending.retry()}>
          {t('confirmReplace')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={ids.cancelPending}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export interface UnknownIdFormProps {
  t: ShareTranslate;
  lang: Lang;
  ids: Ids;
  index: number;
  address: string;
  onCopyAddress(address: string): void;
}

/** « Copier l'adresse » and « Demander son identifiant » (a mailto: to the colleague). */
function UnknownIdActions({
  t,
  lang,
  address,
  onCopyAddress,
}: Pick<UnknownIdFormProps, 't' | 'lang' | 'address' | 'onCopyAddress'>) {
  return (
    <div class="share-actions">
      <button type="button" class="btn btn-secondary" onClick={() => onCopyAddress(address)}>
        {t('copyAddress')}
        <span class="visually-hidden"> {t('forAddress', { address })}</span>
      </button>
      <a class="btn btn-secondary" href={askForIdMailto(address, lang)}>
        {t('askId')}
        <span class="visually-hidden"> {t('askIdSuffix', { address })}</span>
      </a>
    </div>
  );
}

/**
 * National platform, a colleague whose ID is unknown: what works instead of a made-up ID. Copy the
 * address (to search them in Nuage's own share field), ask them by e-mail, paste the ID once received.
 */
export function UnknownIdForm({ t, lang, ids, index, address, onCopyAddress }: UnknownIdFormProps) {
  const [draft, setDraft] = useState('');
  const inputId = `share-id-${index}`;
  const error = ids.errors[address];
  if (!ids.allowed) {
    return <UnknownIdActions t={t} lang={lang} address={address} onCopyAddress={onCopyAddress} />;
  }
  return (
    <form
      class="share-host"
      onSubmit={(event) => {
        event.preventDefault();
        void ids.savePasted(address, draft, address).then((saved) => saved && setDraft(''));
      }}
    >
      <UnknownIdActions t={t} lang={lang} address={address} onCopyAddress={onCopyAddress} />
      <div class="field">
        <label for={inputId}>
          {t('pasteIdLabel')}
          <span class="visually-hidden"> {t('forAddress', { address })}</span>
        </label>
        <input
          id={inputId}
          data-testid="share-paste-id"
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <span id={`${inputId}-hint`} class="hint">
          {t('pasteIdHint')}
        </span>
        {error && (
          <span id={`${inputId}-error`} class="status status-error">
            {error}
          </span>
        )}
      </div>
      <ConflictQuestion t={t} ids={ids} formKey={address} />
      <button type="submit" class="btn">
        {t('saveToBook')}
        <span class="visually-hidden"> {t('forAddress', { address })}</span>
      </button>
    </form>
  );
}
