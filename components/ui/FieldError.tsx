export interface FieldErrorProps {
  /** The element id that the field's `aria-describedby` points to. */
  id: string;
  /** What is wrong; empty = nothing (the alert region stays, visually hidden). */
  message: string;
}

/**
 * The error under a form field, read at once (`role="alert"`). Apart from StatusLine so that it stays
 * out of the popup's first paint (the first-run form loads on demand).
 */
export function FieldError({ id, message }: FieldErrorProps) {
  return (
    <p id={id} role="alert" class={message ? 'status status-error' : 'visually-hidden'}>
      {message}
    </p>
  );
}
