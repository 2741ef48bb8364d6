import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { FieldError } from './FieldError';

export interface UrlFieldProps {
  label: string;
  hint: string;
  saveLabel: string;
  testId: string;
  /** The stored address (undefined = none). */
  value: string | undefined;
  /** Set by the administrator: the field is disabled and `badge` says why. */
  locked: boolean;
  badge?: ComponentChildren;
  /** Whether a non-empty, trimmed address may be saved. */
  isValid(value: string): boolean;
  /** Shown when `isValid` refuses the address. */
  invalidMessage: string;
  /** Called with the trimmed address, or undefined when the field was emptied. */
  onSave(value: string | undefined): Promise<void>;
  /** More buttons after the save button. */
  children?: ComponentChildren;
}

/** A form with one https address, its hint, its error and a save button. */
export function UrlField(props: UrlFieldProps) {
  const id = useId();
  const [value, setValue] = useState(props.value ?? '');
  const [error, setError] = useState('');
  useEffect(() => setValue(props.value ?? ''), [props.value]);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const trimmed = value.trim();
        if (trimmed !== '' && !props.isValid(trimmed)) return setError(props.invalidMessage);
        setError('');
        await props.onSave(trimmed === '' ? undefined : trimmed);
      }}
    >
      <fieldset class="url-field" disabled={props.locked}>
        <div class="field">
          <label for={`${id}-url`}>
            {props.label} {props.locked && props.badge}
          </label>
          <input
            id={`${id}-url`}
            data-testid={props.testId}
            type="url"
            inputMode="url"
            spellcheck={false}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <span id={`${id}-hint`} class="hint">
            {props.hint}
          </span>
          <FieldError id={`${id}-error`} message={error} />
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-secondary">
            {props.saveLabel}
          </button>
          {props.children}
        </div>
      </fieldset>
    </form>
  );
}
