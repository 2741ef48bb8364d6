import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { serializeSettings } from '@/lib/settings/file';
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
  // The reset button and its confirmation replace each other: the focus follows (never to <body>).
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await client.importSettings(await file.text());
    input.value = '';
    setStatus(
      result.ok
        ? { message: t('backup.imported'), kind: 'ok' }
        : {
            message: t('backup.importError', { errors: result.errors.slice(0, 3).join(' ; ') }),
            kind: 'error',
          },
    );
  };

  return (
    <Section title={t('backup.heading')} class="options-section">
      <div class="actions">
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            client.download(SETTINGS_FILE_NAME, serializeSettings(settings));
            setStatus({ message: t('backup.exported', { file: SETTINGS_FILE_NAME }), kind: 'ok' });
          }}
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
