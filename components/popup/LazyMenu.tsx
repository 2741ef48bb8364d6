import { useState } from 'preact/hooks';
import { useLazy } from '@/components/ui/lazy';
import type { MenuProps } from '@/components/ui/Menu';

/** The menu's code loads on first use: until then, an identical closed menu button. */
const loadMenu = () => import('@/components/ui/Menu').then((m) => m.Menu);

/**
 * The menu button before its code is loaded answers like the real one (WAI-ARIA APG menu button):
 * Enter, Space and a click open it on the first item, ArrowDown too, ArrowUp on the last.
 */
export function LazyMenu(props: MenuProps) {
  const [wanted, setWanted] = useState<false | 'first' | 'last'>(false);
  const menu = useLazy(loadMenu, wanted !== false);
  if (menu.status === 'ready') {
    const Menu = menu.value;
    return <Menu {...props} initiallyOpen initialFocus={wanted === 'last' ? 'last' : 'first'} />;
  }
  return (
    <div class="menu">
      <button
        type="button"
        class="btn btn-secondary btn-icon"
        aria-haspopup="menu"
        aria-expanded="false"
        onClick={() => setWanted('first')}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setWanted(event.key === 'ArrowUp' ? 'last' : 'first');
        }}
      >
        {props.trigger}
        <span class="visually-hidden">{props.label}</span>
      </button>
    </div>
  );
}
