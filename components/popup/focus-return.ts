import { useEffect, useRef } from 'preact/hooks';

/**
 * Where the focus goes when a form closes (RGAA 12.8: it never falls to <body>): back to the element
 * that opened it (the menu button, for « Changer d'adresse »), else to `fallbackId` (the services
 * panel, after the first run). Returns `remember`, to call just before opening the form.
 */
export function useFocusReturn(open: boolean, fallbackId: string): () => void {
  const origin = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const back = origin.current?.isConnected ? origin.current : document.getElementById(fallbackId);
      origin.current = null;
      back?.focus();
    }
    wasOpen.current = open;
  }, [open]);
  return () => {
    origin.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
}
