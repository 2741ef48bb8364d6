/**
 * A `mailto:` URL (RFC 6068) with a subject and a body, every part percent-encoded (the `@` of the
 * recipient kept readable). The words come from locales/share.ts: « Demander son identifiant » and
 * « Envoyer par courriel ».
 */
export function mailtoWith(to: string, subject: string, body: string): string {
  const recipient = encodeURIComponent(to).replace(/%40/g, '@');
  return `mailto:${recipient}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
