import { useEffect, useId, useState } from 'preact/hooks';
import { isNuageNode, nuageNodeName } from '@/lib/platform/nuage-node';
import { parseNuageInput } from '@/lib/platform/nuage';
import type { Settings } from '@/lib/settings/settings';
import { useAnnouncement } from '@/components/ui/announce';
import { FieldError } from '@/components/ui/FieldError';
import { Section } from '@/components/ui/Section';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export interface MyNuageSectionProps {
  t: OptionsTranslate;
  settings: Settings;
  client: OptionsClient;
}

/** « Mon Nuage »: the node the extension learned (or the user typed), to see, change or forget. */
export function MyNuageSection({ t, settings, client }: MyNuageSectionProps) {
  const id = useId();
  const node = settings.myNuage !== undefined && isNuageNode(settings.myNuage) ? settings.myNuage : undefined;
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useAnnouncement();
  // Learned meanwhile (a Nuage tab), or changed elsewhere: the field starts empty again.
  useEffect(() => setValue(''), [node]);

  const save = async (event: Event) => {
    event.preventDefault();
    const host = parseNuageInput(value);
    if (host === undefined) return setError(t('myNuage.invalid'));
    setError('');
    await client.updateSettings({ myNuage: host });
    setStatus(t('myNuage.saved', { node: nuageNodeName(host) }));
  };

  return (
    <Section title={t('myNuage.heading')} class="options-section">
      <p class="muted">{t('myNuage.intro')}</p>
      <p data-testid="my-nuage-current">
        {node ? t('myNuage.current', { node: nuageNodeName(node) }) : t('myNuage.none')}
      </p>
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for={`${id}-node`}>{t('myNuage.label')}</label>
          <input
            id={`${id}-node`}
            data-testid="my-nuage-input"
            type="text"
            spellcheck={false}
            autocomplete="off"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <span id={`${id}-hint`} class="hint">
            {t('myNuage.hint')}
          </span>
          <FieldError id={`${id}-error`} message={error} />
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-secondary">
            {t('myNuage.save')}
          </button>
          {node && (
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="my-nuage-forget"
              onClick={async () => {
                await client.updateSettings({ myNuage: undefined });
                setStatus(t('myNuage.forgotten'));
              }}
            >
              {t('myNuage.forget')}
            </button>
          )}
        </div>
      </form>
      <StatusLine message={status} />
    </Section>
  );
}
