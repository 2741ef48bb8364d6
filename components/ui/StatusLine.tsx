export type StatusKind = 'ok' | 'warn' | 'error';

export interface StatusLineProps {
  /** What was just done or found; empty = nothing to say (the region stays, visually hidden). */
  message: string;
  /** Colour of the line: `status status-<kind>` (default `ok`). */
  kind?: StatusKind;
  /** The line's own class instead of `status status-<kind>`. */
  class?: string;
  /** Keep the class (and the line's place) while the message is empty, instead of hiding it. */
  reserve?: boolean;
  testId?: string;
}

/**
 * The one polite live region of the UI: what was just done, for screen readers too (RGAA 7.5). It is
 * always in the DOM, so that a new text is spoken; pair it with `useAnnouncement` (./announce.ts) so
 * that the same message twice is spoken twice.
 */
export function StatusLine({ message, kind = 'ok', class: shown, reserve = false, testId }: StatusLineProps) {
  const visible = shown ?? `status status-${kind}`;
  return (
    <p
      role="status"
      aria-live="polite"
      class={message || reserve ? visible : 'visually-hidden'}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      {message}
    </p>
  );
}
