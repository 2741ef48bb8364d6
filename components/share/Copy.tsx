import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ShareTranslate } from './useShareSession';

/** How long a copy button says « Copié ✓ » after a successful copy. */
export const COPIED_MS = 3000;

export interface CopyButtonProps {
  t: ShareTranslate;
  /** The ID it copies (its accessible name says which). */
  id?: string;
  /** Marks the button, so that the focus can come back to it (`data-copy`). */
  address?: string;
  /** The visible label (default « Copier ») and the hidden end of the name (default: the ID). */
  label?: ComponentChildren;
  suffix?: string;
  class?: string;
  /** Copies; false when the copy failed (the button then does not say « Copié »). */
  onClick(): Promise<boolean> | boolean;
}

/**
 * « Copier », which says « Copié ✓ » on itself for a few seconds once the copy succeeded (the status
 * line says it to screen readers, with what was copied).
 */
export function CopyButton({ t, id, address, label, suffix, class: extra, onClick }: CopyButtonProps) {
  // A counter, not a flag: a second click restarts the delay.
  const [copied, setCopied] = useState(0);
  useEffect(() => {
    if (copied === 0) return;
    const timer = setTimeout(() => setCopied(0), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const hidden = suffix ?? (id !== undefined ? t('copySuffix', { id }) : '');
  return (
    <button
      type="button"
      class={`btn ${extra ?? 'btn-secondary'} share-copy`}
      data-copy={address}
      data-copied={copied > 0 ? 'true' : undefined}
      onClick={() =>
        void Promise.resolve(onClick()).then(
          (ok) => ok && setCopied((n) => n + 1),
          () => undefined,
        )
      }
    >
      {copied > 0 ? t('copiedButton') : (label ?? t('copy'))}
      {hidden && <span class="visually-hidden"> {hidden}</span>}
    </button>
  );
}

/**
 * An ID that breaks only after `@` and `.`, never inside a host name's label: each piece is kept whole
 * (`white-space: nowrap`), with a <wbr> between pieces. Text only (no innerHTML): its textContent is the ID.
 */
export function BreakableId({ id }: { id: string }) {
  const pieces = id.split(/(?<=[@.])/);
  return (
    <code class="share-code">
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span>{piece}</span>
        </Fragment>
      ))}
    </code>
  );
}
