import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface AddressFieldProps {
  label: string;
  hint: string;
  value: string;
  /** Id of the message saying what is wrong, only while something is: the field is then invalid. */
  errorId?: string;
  inputRef?: Ref<HTMLInputElement>;
  onInput(value: string): void;
  /** Shown after the hint, inside the field (e.g. the error message). */
  children?: ComponentChildren;
}

/** The labelled staff-address input with its hint (first run and options page). */
export function AddressField({
  label,
  hint,
  value,
  errorId,
  inputRef,
  onInput,
  children,
}: AddressFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={`${id}-address`}>{label}</label>
      <input
        id={`${id}-address`}
        data-testid="profile-address"
        type="email"
        autocomplete="email"
        spellcheck={false}
        ref={inputRef}
        value={value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={`${id}-address-hint${errorId ? ` ${errorId}` : ''}`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <span id={`${id}-address-hint`} class="hint">
        {hint}
      </span>
      {children}
    </div>
  );
}
