import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import { convertLink, type LinkForm } from '@/lib/links/convert';
import { useAnnouncement } from '../ui/announce';
import type { LinksClient } from './client';
import { linksStrings } from './strings';
import './links.css';

/**
 * « Convertir un lien » (issue 18): a platform link in, the forms teachers paste out, each with Copier.
 * Shown in the popup's « Partager » tab (inside its lazy chunk: a tab of its own cost the popup's first
 * chunk its 30 KiB budget).
 */
export interface LinkConverterProps {
  lang: Lang;
  client: LinksClient;
  /** How long « Copié ✓ » stays on the button. */
  confirmMs?: number;
}

export function LinkConverter({ lang, client, confirmMs = 3000 }: LinkConverterProps) {
  const t = useMemo(() => createTranslator(linksStrings, lang), [lang]);
  const [text, setText] = useState('');
  const [copiedId, setCopiedId] = useState<string | undefined>();
  const [status, setStatus] = useAnnouncement();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const result = useMemo(() => convertLink(text, { iframeTitle: t('iframeTitle') }), [text, t]);

  async function copy(form: LinkForm) {
    const label = t(`form.${form.id}`);
    const ok = await client.copy(form.value).catch(() => false);
    clearTimeout(timer.current);
    if (!ok) {
      setCopiedId(undefined);
      setStatus(t('copyFailed'));
      return;
    }
    setCopiedId(form.id);
    setStatus(t('copiedStatus', { label }));
    timer.current = setTimeout(() => setCopiedId(undefined), confirmMs);
  }

  return (
    <section class="link-converter" aria-labelledby="link-converter-title">
      <h2 id="link-converter-title">{t('heading')}</h2>
      <p class="muted">{t('intro')}</p>
      <div class="field">
        <label for="link-input">{t('inputLabel')}</label>
        <input
          id="link-input"
          data-testid="link-input"
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="link-input-hint link-reason"
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setCopiedId(undefined);
          }}
        />
        <span id="link-input-hint" class="hint">
          {t('inputHint')}
        </span>
      </div>
      <p
        id="link-reason"
        class={!result.ok && result.code !== 'empty' ? 'status status-error' : 'visually-hidden'}
      >
        {!result.ok && result.code !== 'empty' ? t(`error.${result.code}`) : ''}
      </p>
      {result.ok && (
        <section aria-labelledby="link-kind">
          <h3 id="link-kind" class="link-kind">
            {t(`kind.${result.kind}`)} <span class="muted">— {result.host}</span>
          </h3>
          <ul class="link-forms" data-testid="link-forms" aria-label={t('results')}>
            {result.forms.map((form) => {
              const label = t(`form.${form.id}`);
              const copied = copiedId === form.id;
              return (
                <li key={form.id} class="card link-form" data-form={form.id}>
                  <p class="link-form-label">
                    {label}
                    {form.inferred && <span class="muted"> ({t('inferred')})</span>}
                  </p>
                  <code class="link-form-value">{form.value}</code>
                  <button
                    type="button"
                    class={copied ? 'btn link-copy link-copied' : 'btn btn-secondary link-copy'}
                    onClick={() => void copy(form)}
                  >
                    {copied ? t('copied') : t('copy')}
                    <span class="visually-hidden"> {t('copySuffix', { label })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p class="link-status" role="status" data-testid="link-status">
        {status}
      </p>
    </section>
  );
}
