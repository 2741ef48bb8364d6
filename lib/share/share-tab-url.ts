import { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './addresses';

/**
 * The popup page opened on its « Partager » tab with addresses filled in (`popup.html?to=…#share`): the
 * context menu offers it for colleagues whose ID is unknown. The parameter is input when the page reads
 * it back (anyone can open the URL): only addresses found by parseAddresses are kept, at most 50.
 */

export const SHARE_TAB_PARAM = 'to';
const MAX_ADDRESSES = 50;

export function shareTabUrl(popupUrl: string, addresses: readonly string[]): string {
  const list = addresses.slice(0, MAX_ADDRESSES).join(', ');
  return `${popupUrl}?${SHARE_TAB_PARAM}=${encodeURIComponent(list)}#share`;
}

/** The addresses of `location.search`, as text for the share field ('' when there are none). */
export function addressesFromShareTabUrl(search: string): string {
  if (typeof search !== 'string' || search.length > MAX_ADDRESS_INPUT_LENGTH) return '';
  const raw = new URLSearchParams(search).get(SHARE_TAB_PARAM) ?? '';
  return parseAddresses(raw).slice(0, MAX_ADDRESSES).join(', ');
}
