import type { Lang } from '@/lib/i18n';
import type { AddressSuggestion as Suggestion } from '@/lib/platform/address-suggestion';
import { acceptLabel } from './profile-form';

export interface AddressSuggestionProps {
  lang: Lang;
  suggestion: Suggestion;
  /** Takes the suggested address (and saves it: one click). */
  onAccept(suggestion: Suggestion): void;
}

/**
 * « Utiliser jean.dupont@ac-grenoble.fr », under the field's error (which says « Vouliez-vous dire
 * @ac-grenoble.fr ? » and is read at once): one click takes the address, nothing is changed without it.
 */
export function AddressSuggestion({ lang, suggestion, onAccept }: AddressSuggestionProps) {
  return (
    <p class="address-suggestion">
      <button
        type="button"
        class="btn btn-secondary"
        data-testid="address-suggestion"
        onClick={() => onAccept(suggestion)}
      >
        {acceptLabel(suggestion.address, lang)}
      </button>
    </p>
  );
}
