/**
 * Copies `text` through a hidden textarea and `execCommand('copy')`: the route that works without a
 * focused document (Chrome's offscreen document, Firefox's background page) and the fallback when
 * navigator.clipboard is refused (popup). Deprecated, but the manifest's clipboardWrite allows it.
 * Takes the document as an argument and imports nothing: the offscreen script bundles it standalone.
 */
export function copyWithTextarea(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}
