import { useState } from 'preact/hooks';

/**
 * The text of a status live region (`role="status"`), and its setter. A live region only speaks when
 * its text changes, so the same message twice in a row ("Copié", "Enregistré") gets a no-break space
 * toggled at its end and is announced again (RGAA 7.5).
 */
export function useAnnouncement(initial = ''): [string, (message: string) => void] {
  const [text, setText] = useState(initial);
  const announce = (message: string) =>
    setText((previous) => (message !== '' && previous === message ? `${message}\u00a0` : message));
  return [text, announce];
}
