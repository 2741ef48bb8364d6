import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export const SETTINGS_FILE_NAME = 'compagnon-apps-edu-reglages.json';

export interface BackupSectionProps {
  t: OptionsTranslate;
  settings: Settings;
  client: OptionsClient;
}

type Status = { message: string; kind: 'ok' | 'error' };

/** Export, import and reset of the settings. */
export function BackupSection({ t, settings, client }: BackupSectionProps) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ message: '', kind: 'ok' });
  const [confirming, setConfirming] = useState(false);
  /** A file whose book contradicts this one: kept until the user says import or cancel. */
  const [pendingFile, setPendingFile] = useState<{ text: string; conflicts: number } | undefined>();
  // The reset button and its confirmation replace each other: the focus follows (never to <body>).
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const importText = async (text: string, replaceConflicts = false) => {
    const result = await client.importSettings(text, { replaceConflicts });
    if (!result.ok && 'code' in result) {
      setPendingFile({ text, conflicts: result.conflicts });
      setStatus({ message: '', kind: 'ok' });
      return;
    }
    setPendingFile(undefined);
    setStatus(
      result.ok
        ? {
            message: result.book
              ? t('backup.importedBook', { added: result.book.added, merged: result.book.merged })
              : t('backup.imported'),
            kind: 'ok',
          }
        : {
            message: t('backup.importError', { errors: result.errors.slice(0, 3).join(' ; ') }),
            kind: 'error',
          },
    );
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await importText(text);
  };

  return (
    <Section title={t('backup.heading')} class="options-section">
      <div class="actions">
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() =>
            void client.exportSettings(settings).then((text) => {
              client.download(SETTINGS_FILE_NAME, text);
              setStatus({ message: t('backup.exported', { file: SETTINGS_FILE_NAME }), kind: 'ok' });
            })
          }
        >
          {t('backup.export')}
        </button>
      </div>
      <div class="field import-field">
        <label for={`${id}-import`}>{t('backup.import')}</label>
        <input
          id={`${id}-import`}
          data-testid="settings-import"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-import-hint`}
          onChange={importFile}
        />
        <span id={`${id}-import-hint`} class="hint">
          {t('backup.importHint')}
        </span>
      </div>
      {pendingFile && (
        <div class="confirm" role="group" aria-labelledby={`${id}-file-question`}>
          <p id={`${id}-file-question`} class="status status-warn">
            {t('backup.confirmQuestion', { conflicts: pendingFile.conflicts })}
          </p>
          <div class="actions">
            <button type="button" class="btn" onClick={() => void importText(pendingFile.text, true)}>
              {t('backup.confirm')}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => setPendingFile(undefined)}>
              {t('backup.resetCancel')}
            </button>
          </div>
        </div>
      )}
      {confirming ? (
        <ResetConfirm
          t={t}
          questionId={`${id}-reset-question`}
          onConfirm={async () => {
            await client.resetSettings();
            setConfirming(false);
            setStatus({ message: t('backup.resetDone'), kind: 'ok' });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button ref={resetRef} type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
          {t('backup.reset')}
        </button>
      )}
      <StatusLine message={status.message} kind={status.kind} />
    </Section>
  );
}

function ResetConfirm(props: {
  t: OptionsTranslate;
  questionId: string;
  onConfirm(): Promise<void>;
  onCancel(): void;
}) {
  const { t, questionId } = props;
  // Opened from the reset button, which is gone: the safe choice takes the focus.
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p id={questionId}>{t('backup.resetQuestion')}</p>
      <div class="actions">
        <button type="button" class="btn btn-danger" onClick={() => void props.onConfirm()}>
          {t('backup.resetConfirm')}
        </button>
        <button ref={cancelRef} type="button" class="btn btn-secondary" onClick={props.onCancel}>
          {t('backup.resetCancel')}
        </button>
      </div>
    </div>
  );
}
