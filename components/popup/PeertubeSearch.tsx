import { useId, useState } from 'preact/hooks';
import { serviceSearchUrl } from '@/lib/catalogue/catalogue';
import type { ServiceSearch } from '@/lib/catalogue/catalogue';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import { Icon } from './icons';
import { popupStrings } from './strings';

export interface PeertubeSearchProps {
  lang: Lang;
  /** The search page (the academy's PeerTube instance, or the tubes portal: data, see the catalogue). */
  search: Pick<ServiceSearch, 'url' | 'param'>;
  /** The national tubes' wording instead of the academy instance's. */
  national?: boolean;
  onSearch(url: string): void;
}

/** "Toutes les instances sont fédérées": one search on the academy's instance covers them all. */
export function PeertubeSearch({ lang, search, national = false, onSearch }: PeertubeSearchProps) {
  const t = createTranslator(popupStrings, lang);
  const id = useId();
  const [query, setQuery] = useState('');
  return (
    <form
      role="search"
      class="peertube-search"
      aria-labelledby={`${id}-label`}
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim() !== '') onSearch(serviceSearchUrl(search, query));
      }}
    >
      <label id={`${id}-label`} for={`${id}-query`}>
        {t(national ? 'search.labelNational' : 'search.label')}
      </label>
      <div class="search-row">
        <input
          id={`${id}-query`}
          data-testid="peertube-search"
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          <Icon name="search" size={18} />
          <span class="visually-hidden">{t('search.submit')}</span>
        </button>
      </div>
      <p id={`${id}-hint`} class="hint muted">
        {t(national ? 'search.hintNational' : 'search.hint')}
      </p>
    </form>
  );
}
