import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /** Classes after `card` (e.g. the options page's `options-section`). */
  class?: string;
  children: ComponentChildren;
}

/** A card with its heading, labelled by it (a landmark region for screen readers). */
export function Section({ title, class: extra, children }: SectionProps) {
  const id = useId();
  return (
    <section class={extra ? `card ${extra}` : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
