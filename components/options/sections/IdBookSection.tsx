import { useEffect, useId, useState } from 'preact/hooks';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient, VcardImportResult } from '../client';
import type { OptionsTranslate } from '../strings';

export interface IdBookSectionProps {
  t: OptionsTranslate;
  client: OptionsClient;
}

type Status = { message: string; kind: 'ok' | 'error' };

function vcardMessage(t: OptionsTranslate, result: VcardImportResult): Status {
  if (result.ok) {
    const { ok: _ok, ...counts } = result;
    return { message: t('book.vcardDone', counts), kind: 'ok' };
  }
  switch (result.code) {
    case 'too-large':
    case 'no-card':
      return { message: t(`book.vcard.${result.code}`), kind: 'error' };
    case 'malformed':
      return { message: t('book.vcard.malformed', { detail: result.detail }), kind: 'error' };
    case 'nothing':
      return { message: t('book.vcard.nothing', { cards: result.cards }), kind: 'error' };
    case 'full':
      return { message: t('book.vcard.full', { max: result.max }), kind: 'error' };
    case 'disabled':
      return { message: t('book.disabled'), kind: 'error' };
    case 'confirm':
      return { message: '', kind: 'ok' };
  }
}

/** The book of IDs in the options: how many, and the vCard import (Nuage's Contacts keep IDs in CLOUD). */
export function IdBookSection({ t, client }: IdBookSectionProps) {
  const id = useId();
  const [count, setCount] = useState<number | undefined | null>(null);
  const [status, setStatus] = useState<Status>({ message: '', kind: 'ok' });
  const [pending, setPending] = useState<{ text: string; conflicts: number } | undefined>();

  const refresh = () => void client.bookCount().then(setCount, () => setCount(undefined));
  useEffect(refresh, [client]);

  const importText = async (text: string, replaceConflicts = false) => {
    const result = await client.importVcard(text, { replaceConflicts });
    if (!result.ok && result.code === 'confirm') {
      setPending({ text, conflicts: result.conflicts });
      return;
    }
    setPending(undefined);
    setStatus(vcardMessage(t, result));
    refresh();
  };

  return (
    <Section title={t('book.heading')} class="options-section">
      <p class="muted">{t('book.intro')}</p>
      {count === undefined ? (
        <p class="status status-warn">{t('book.disabled')}</p>
      ) : (
        <>
          {count !== null && <p data-testid="id-book-count">{t('book.count', { count })}</p>}
          <div class="field import-field">
            <label for={`${id}-vcard`}>{t('book.vcard')}</label>
            <input
              id={`${id}-vcard`}
              data-testid="vcard-import"
              type="file"
              accept="text/vcard,text/x-vcard,.vcf,.vcard"
              aria-describedby={`${id}-vcard-hint`}
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (!file) return;
                const text = await file.text();
                input.value = '';
                await importText(text);
              }}
            />
            <span id={`${id}-vcard-hint`} class="hint">
              {t('book.vcardHint')}
            </span>
          </div>
          {pending && (
            <div class="confirm" role="group" aria-labelledby={`${id}-vcard-question`}>
              <p id={`${id}-vcard-question`} class="status status-warn">
                {t('backup.confirmQuestion', { conflicts: pending.conflicts })}
              </p>
              <div class="actions">
                <button type="button" class="btn" onClick={() => void importText(pending.text, true)}>
                  {t('backup.confirm')}
                </button>
                <button type="button" class="btn btn-secondary" onClick={() => setPending(undefined)}>
                  {t('backup.resetCancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <StatusLine message={status.message} kind={status.kind} />
    </Section>
  );
}
