/** What « Convertir un lien » asks of the extension (the real one: entrypoints/popup/links-client.ts). */
export interface LinksClient {
  /** Writes `text` to the clipboard (called from a click, a user gesture); false when it failed. */
  copy(text: string): Promise<boolean>;
}
