/**
 * The banner's CSS, inside its shadow root. A string rather than a CSS file: nothing has to be made
 * web-accessible (WXT's cssInjectionMode 'ui' fetches a CSS file the page could probe), and the rules
 * cannot leak into the page. `:host` rules marked !important win over the page's, even !important
 * ones (in the cascade, important declarations of the inner shadow context beat the outer ones), so
 * page CSS can neither hide nor restyle the banner.
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
  --bg: #fff4e5;
  --text: #1d1d1d;
  --muted: #4a4a4a;
  --accent: #a34100;
  --accent-text: #ffffff;
  --border: #e0b98f;
  --focus: #1f4fbf;
  box-sizing: border-box;
  margin: 0;
  padding: 12px 14px;
  border: 1px solid var(--border);
  border-inline-start: 6px solid var(--accent);
  border-radius: 6px;
  background: var(--bg);
  color: var(--text);
  font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.banner[data-kind='address-form'] {
  --bg: #eef3ff;
  --accent: #1f4fbf;
  --border: #b7c7ee;
  --focus: #a34100;
}
.source {
  margin: 0 0 4px;
  color: var(--muted);
  font-size: 12px;
}
.title {
  margin: 0 0 4px;
  font-size: 15px;
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
  min-height: 36px;
  padding: 6px 12px;
  border: 1px solid var(--accent);
  border-radius: 4px;
  background: transparent;
  color: var(--text);
  font: inherit;
  font-size: 14px;
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
@media (prefers-color-scheme: dark) {
  .banner:not([data-theme='light']) {
    --bg: #2d2218;
    --text: #f2f2f2;
    --muted: #cfcfcf;
    --accent: #ffb072;
    --accent-text: #1d1d1d;
    --border: #7a5534;
    --focus: #9dbaff;
  }
  .banner[data-kind='address-form']:not([data-theme='light']) {
    --bg: #18223a;
    --accent: #9dbaff;
    --border: #3d5180;
    --focus: #ffb072;
  }
}
.banner[data-theme='dark'] {
  --bg: #2d2218;
  --text: #f2f2f2;
  --muted: #cfcfcf;
  --accent: #ffb072;
  --accent-text: #1d1d1d;
  --border: #7a5534;
  --focus: #9dbaff;
}
.banner[data-theme='dark'][data-kind='address-form'] {
  --bg: #18223a;
  --accent: #9dbaff;
  --border: #3d5180;
  --focus: #ffb072;
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
