import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /** Classes after `card` (e.g. the options page's `options-section`). */
  class?: string;
  /** 3 inside a group of sections (the options' « Avancé »); default 2. */
  level?: 2 | 3;
  children: ComponentChildren;
}

/** A card with its heading, labelled by it (a landmark region for screen readers). */
export function Section({ title, class: extra, level = 2, children }: SectionProps) {
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section class={extra ? `card ${extra}` : 'card'} aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
