import { useEffect, useState } from 'preact/hooks';

export type LazyState<T> =
  { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

/**
 * Loads a module (dynamic import) the first time `enabled` is true, and keeps it. Keeps heavy tabs
 * out of the popup's first paint without preact/compat's lazy/Suspense. `load` should be stable
 * (a module-level function). A late result after unmounting is harmless (Preact ignores it).
 */
export function useLazy<T>(load: () => Promise<T>, enabled: boolean): LazyState<T> {
  const [state, setState] = useState<LazyState<T>>({ status: 'idle' });
  useEffect(() => {
    if (!enabled || state.status !== 'idle') return;
    setState({ status: 'loading' });
    load().then(
      (value) => setState({ status: 'ready', value }),
      () => setState({ status: 'error' }),
    );
  }, [enabled, load, state.status]);
  return state;
}
