import type { LinksClient } from '@/components/links/client';
import { copyText } from './share-client';

/** « Convertir un lien »'s client: the popup copies by itself, as the « Partager » tab does. */
export function createLinksClient(): LinksClient {
  return { copy: copyText };
}
