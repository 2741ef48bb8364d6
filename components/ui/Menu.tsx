import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  id: string;
  label: string;
  onSelect(): void;
}

export interface MenuProps {
  /** Accessible name of the trigger button. */
  label: string;
  /** Content of the trigger (an icon); the label is then visually hidden. */
  trigger: ComponentChildren;
  items: MenuItem[];
  /** Mount already open, focus on the first item (the popup loads the menu on first use). */
  initiallyOpen?: boolean;
  /** With `initiallyOpen`: the item that takes the focus (ArrowUp opened it: the last). */
  initialFocus?: 'first' | 'last';
}

/** Arrows, Home and End move between the items; Esc closes and refocuses the trigger; Tab closes. */
function onItemsKey(event: KeyboardEvent, all: HTMLElement[], close: (focusTrigger: boolean) => void) {
  const current = all.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    all[(to + all.length) % all.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      return move(current + 1);
    case 'ArrowUp':
      return move(current - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(all.length - 1);
    case 'Escape':
      // Handled here so the browser does not close the whole popup.
      event.preventDefault();
      event.stopPropagation();
      return close(true);
    case 'Tab':
      return close(false);
  }
}

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ArrowDown opens it on its first item,
 * arrows move, Esc closes it *without closing the popup* and gives the focus back to the trigger,
 * Tab or a click elsewhere closes it.
 */
export function Menu({ label, trigger, items, initiallyOpen = false, initialFocus = 'first' }: MenuProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(initiallyOpen && initialFocus === 'last' ? -1 : null);

  const menuItems = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const index = pendingFocus.current ?? 0;
    pendingFocus.current = null;
    const all = menuItems();
    all[index < 0 ? all.length - 1 : index]?.focus();
    const onPointer = (event: Event) => {
      const target = event.target as Node | null;
      if (target && !listRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (focusTrigger: boolean) => {
    setOpen(false);
    if (focusTrigger) buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      pendingFocus.current = event.key === 'ArrowUp' ? -1 : 0;
      setOpen(true);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => onItemsKey(event, menuItems(), close);

  return (
    <div class="menu">
      <button
        ref={buttonRef}
        type="button"
        class="btn btn-secondary btn-icon"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          pendingFocus.current = 0;
          setOpen(!open);
        }}
        onKeyDown={onButtonKey}
      >
        {trigger}
        <span class="visually-hidden">{label}</span>
      </button>
      <MenuList
        id={id}
        listRef={listRef}
        open={open}
        items={items}
        onKeyDown={onMenuKey}
        onChoose={(item) => {
          close(true);
          item.onSelect();
        }}
      />
    </div>
  );
}

interface MenuListProps {
  id: string;
  listRef: RefObject<HTMLUListElement | null>;
  open: boolean;
  items: MenuItem[];
  onKeyDown(event: KeyboardEvent): void;
  onChoose(item: MenuItem): void;
}

/** The items (`role="menu"`), out of the Tab order: the arrows move between them. */
function MenuList({ id, listRef, open, items, onKeyDown, onChoose }: MenuListProps) {
  return (
    <ul
      ref={listRef}
      id={`${id}-menu`}
      role="menu"
      aria-labelledby={`${id}-button`}
      class="menu-list"
      hidden={!open}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li key={item.id} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class="menu-item"
            onClick={() => onChoose(item)}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
