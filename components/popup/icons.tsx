/**
 * The bundled service icons (24×24, stroke = currentColor). A catalogue names one of them; remote
 * catalogues cannot bring their own markup (data only), and an unknown name gets the generic icon.
 */
const PATHS: Record<string, string> = {
  portal: 'M4 4h6v6H4zm10 0h6v6h-6zM4 14h6v6H4zm10 0h6v6h-6z',
  cloud: 'M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6 9a4.5 4.5 0 0 0 1 9z',
  video: 'M4 5h16v14H4zm6 4v6l5-3z',
  pad: 'M6 3h9l3 3v15H6zm3 7h6m-6 4h6m-6 4h4',
  markdown: 'M3 6h18v12H3zm3 9V9l3 3 3-3v6m4-6v6m-2-2 2 2 2-2',
  blog: 'M5 19A14 14 0 0 1 19 5M5 19a7 7 0 0 1 7-7m-7 7h.01',
  forum: 'M4 5h12v8H9l-4 3v-3H4zm12 4h4v8h-1v3l-4-3h-4v-2',
  forge: 'M6 3v18m12-12a3 3 0 1 0 0-.01M18 12c0 4-6 3-12 6',
  camera: 'M3 7h12v10H3zm12 4 6-4v10l-6-4',
  school: 'M3 10l9-6 9 6M5 9v11h14V9m-9 11v-6h4v6',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  more: 'M12 5h.01M12 12h.01M12 19h.01',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm10 3-5-5',
};

export const ICON_NAMES = Object.keys(PATHS);

export interface IconProps {
  name: string | undefined;
  size?: number;
}

/** Decorative: always aria-hidden, the text next to it carries the meaning. */
export function Icon({ name, size = 24 }: IconProps) {
  const d = (name !== undefined && PATHS[name]) || PATHS.link;
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}
