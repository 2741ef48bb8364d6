import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n';
import { describeBookError } from '@/locales/federation-id';
import { myIdMailto } from '@/locales/share';
import { BreakableId, CopyButton } from './Copy';
import type { Ids } from './useIds';
import type { ShareTranslate } from './useShareSession';

export interface MyIdCardProps {
  t: ShareTranslate;
  lang: Lang;
  ids: Ids;
  onCopy(id: string): Promise<boolean>;
}

export const formatDate = (at: number, lang: Lang) =>
  new Date(at).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' });

/**
 * « Mon identifiant de fédération »: captured from La Boîte's profile or Nuage's sharing settings, or
 * pasted here; « Copier » and « Envoyer par courriel ». Its text contains the ID (the acceptance test's
 * `data-testid="my-federation-id"`).
 */
export function MyIdCard({ t, lang, ids, onCopy }: MyIdCardProps) {
  const [draft, setDraft] = useState('');
  const error = ids.errors.me;
  const me = ids.me;
  return (
    <section class="card share-me" data-testid="my-federation-id" aria-labelledby="share-me-title">
      <h2 id="share-me-title">{t('myIdTitle')}</h2>
      {me ? (
        <>
          <p class="share-id">
            <BreakableId id={me.id} />
          </p>
          <p class="muted share-why">{t(`myIdSource.${me.source}`, { date: formatDate(me.at, lang) })}</p>
          <div class="share-actions">
            <CopyButton t={t} id={me.id} onClick={() => onCopy(me.id)} />
            <a class="btn btn-secondary" href={myIdMailto(me.id, lang)}>
              {t('myIdMail')}
            </a>
            <button type="button" class="btn btn-secondary" onClick={() => void ids.forgetMyId()}>
              {t('myIdForget')}
            </button>
          </div>
        </>
      ) : !ids.allowed ? (
        <p class="muted">{describeBookError({ ok: false, code: 'disabled' }, lang)}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void ids.saveMyId(draft).then((saved) => saved && setDraft(''));
          }}
        >
          <p class="muted share-why">{t('myIdUnknown')}</p>
          <div class="field">
            <label for="share-my-id">{t('myIdLabel')}</label>
            <input
              id="share-my-id"
              type="text"
              autocomplete="off"
              spellcheck={false}
              aria-describedby={error ? 'share-my-id-error' : undefined}
              aria-invalid={error ? true : undefined}
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
            {error && (
              <span id="share-my-id-error" class="status status-error">
                {error}
              </span>
            )}
          </div>
          <button type="submit" class="btn btn-secondary">
            {t('save')}
          </button>
        </form>
      )}
    </section>
  );
}
