/**
 * The banner's CSS, inside its shadow root. A string rather than a CSS file: nothing has to be made
 * web-accessible (WXT's cssInjectionMode 'ui' fetches a CSS file the page could probe), and the rules
 * cannot leak into the page. `:host` rules marked !important win over the page's, even !important
 * ones (in the cascade, important declarations of the inner shadow context beat the outer ones), so
 * page CSS can neither hide nor restyle the banner. Colours are `light-dark(<light>, <dark>)`, resolved
 * by the banner's `color-scheme`: the system's, or the user's theme (`data-theme`).
 */
export const bannerCss = `
:host {
  all: initial !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  margin: 0 0 12px !important;
  max-width: 100% !important;
}
.banner {
  --bg: light-dark(#fff4e5, #2d2218);
  --text: light-dark(#1d1d1d, #f2f2f2);
  --muted: light-dark(#4a4a4a, #cfcfcf);
  --accent: light-dark(#a34100, #ffb072);
  --accent-text: light-dark(#ffffff, #1d1d1d);
  --border: light-dark(#e0b98f, #7a5534);
  --focus: light-dark(#1f4fbf, #9dbaff);
  color-scheme: light dark;
  box-sizing: border-box;
  margin: 0;
  padding: 12px 14px;
  border: 1px solid var(--border);
  border-inline-start: 6px solid var(--accent);
  border-radius: 6px;
  background: var(--bg);
  color: var(--text);
  /* The host is reset to the initial 'medium': the user's browser font size, not the page's. em follows it. */
  font: 0.9375em/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.banner[data-kind='address-form'],
.banner[data-kind='hint'] {
  --bg: light-dark(#eef3ff, #18223a);
  --accent: light-dark(#1f4fbf, #9dbaff);
  --border: light-dark(#b7c7ee, #3d5180);
  --focus: light-dark(#a34100, #ffb072);
}
.banner[data-theme='light'] {
  color-scheme: light;
}
.banner[data-theme='dark'] {
  color-scheme: dark;
}
.source {
  margin: 0 0 4px;
  color: var(--muted);
  font-size: 0.8em;
}
.title {
  margin: 0 0 4px;
  font-size: 1em;
  font-weight: 700;
}
.text {
  margin: 0 0 10px;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}
.btn {
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  min-height: 2.57em;
  padding: 6px 12px;
  border: 1px solid var(--accent);
  border-radius: 4px;
  background: transparent;
  color: var(--text);
  font: inherit;
  font-size: 0.9333em;
  text-decoration: none;
  cursor: pointer;
}
.btn-primary {
  background: var(--accent);
  color: var(--accent-text);
}
.btn:hover {
  text-decoration: underline;
}
.btn:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
@media (forced-colors: active) {
  .banner {
    border-color: CanvasText;
  }
  .btn {
    border-color: ButtonText;
  }
}
`;
