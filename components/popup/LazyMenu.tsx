import { useState } from 'preact/hooks';
import { useLazy } from '@/components/ui/lazy';
import type { MenuProps } from '@/components/ui/Menu';

/** The menu's code loads on first use: until then, an identical closed menu button. */
const loadMenu = () => import('@/components/ui/Menu').then((m) => m.Menu);

export function LazyMenu(props: MenuProps) {
  const [wanted, setWanted] = useState(false);
  const menu = useLazy(loadMenu, wanted);
  if (menu.status === 'ready') {
    const Menu = menu.value;
    return <Menu {...props} initiallyOpen />;
  }
  return (
    <div class="menu">
      <button
        type="button"
        class="btn btn-secondary btn-icon"
        aria-haspopup="menu"
        aria-expanded="false"
        onClick={() => setWanted(true)}
      >
        {props.trigger}
        <span class="visually-hidden">{props.label}</span>
      </button>
    </div>
  );
}
