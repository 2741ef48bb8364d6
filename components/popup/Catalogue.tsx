import { useId } from 'preact/hooks';
import type { ResolvedService, ServiceSearch, SupportLink } from '@/lib/catalogue/catalogue';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import type { Academy, Platform } from '@/lib/platform/schemas';
import { academyTitle } from '@/components/ui/academy-words';
import { StatusLine } from '@/components/ui/StatusLine';
import { Icon } from './icons';
import { PeertubeSearch } from './PeertubeSearch';
import { popupStrings } from './strings';

export interface CatalogueProps {
  lang: Lang;
  academy: Academy;
  platform: Platform;
  services: ResolvedService[];
  support?: SupportLink;
  /** The video search page (the academy's PeerTube, or the tubes portal); no search box without one. */
  videoSearch?: Pick<ServiceSearch, 'url' | 'param'>;
  /** National platform: « Mon Nuage » (nuage06), or null while not known yet. */
  myNuage?: string | null;
  /** The remote catalogue failed: the last good one is shown. */
  remoteError?: boolean;
  onOpenService(url: string): Promise<void>;
  onOpenUrl(url: string): void;
  onShowTab(tab: 'share' | 'faq'): void;
  onOpenOptions(): void;
}

/** Arrow keys move between the services (a list of links: Tab works too). */
function onListKey(event: KeyboardEvent) {
  const list = event.currentTarget as HTMLElement;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.service')];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (current === -1) return;
  const to = {
    ArrowDown: current + 1,
    ArrowRight: current + 1,
    ArrowUp: current - 1,
    ArrowLeft: current - 1,
    Home: 0,
    End: links.length - 1,
  }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
}

/** The academy's services, each a link to its instance, plus the PeerTube search and the other links. */
export function Catalogue(props: CatalogueProps) {
  const { lang, academy, platform, services, support, videoSearch, myNuage, remoteError } = props;
  const t = createTranslator(popupStrings, lang);
  const id = useId();
  // Opening a tab closes the popup: no "opened" message to announce.
  const open = (service: ResolvedService) => (event: MouseEvent) => {
    // Modified clicks keep the browser's behaviour (new window, background tab).
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void props.onOpenService(service.url);
  };
  const external = (url: string) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    props.onOpenUrl(url);
  };

  return (
    <section class="catalogue" aria-labelledby={`${id}-heading`}>
      <div class="academy card">
        <h2 id={`${id}-heading`} class="academy-name">
          {academyTitle(academy, lang)}
        </h2>
        {myNuage !== undefined && (
          <p class={myNuage === null ? 'my-nuage muted' : 'my-nuage'} data-testid="my-nuage">
            {myNuage === null ? t('catalogue.myNuageUnknown') : t('catalogue.myNuage', { node: myNuage })}
          </p>
        )}
      </div>
      {remoteError && <StatusLine message={t('catalogue.remoteError')} kind="warn" />}
      {services.length === 0 ? (
        <p class="muted" data-testid="catalogue">
          {t('catalogue.empty')}
        </p>
      ) : (
        <ul
          class="services"
          data-testid="catalogue"
          aria-label={t('catalogue.heading')}
          onKeyDown={onListKey}
        >
          {services.map((service) => (
            <li key={service.id}>
              <a
                class="service"
                href={service.url}
                target="_blank"
                rel="noopener noreferrer"
                data-service={service.id}
                onClick={open(service)}
              >
                <span class="service-icon">
                  <Icon name={service.icon} />
                </span>
                <span class="service-text">
                  <span class="service-name">{service.name}</span>
                  <span class="service-description">{service.description}</span>
                  {service.external && <span class="badge">{t('catalogue.external')}</span>}
                </span>
              </a>
              {service.links && (
                <ServiceLinks
                  summary={t('catalogue.tubes', { count: service.links.length })}
                  links={service.links}
                  onOpen={props.onOpenService}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {/* The région and the platform after the services: at large text the services come first. */}
      <div class="academy academy-meta">
        {academy.region && (
          <p class="muted academy-region">{t('catalogue.region', { region: academy.region })}</p>
        )}
        <p class="muted academy-platform">{t(`catalogue.platform.${platform}`)}</p>
      </div>
      {videoSearch && (
        <PeertubeSearch
          lang={lang}
          search={videoSearch}
          national={platform === 'national'}
          onSearch={props.onOpenUrl}
        />
      )}
      <MoreLinks
        lang={lang}
        {...(support ? { support } : {})}
        onShowTab={props.onShowTab}
        onOpenOptions={props.onOpenOptions}
        onExternal={external}
      />
    </section>
  );
}

interface ServiceLinksProps {
  summary: string;
  links: NonNullable<ResolvedService['links']>;
  onOpen(url: string): Promise<void>;
}

/** More links of one service (the thematic tubes), folded under it: a native disclosure (keyboard, screen readers). */
function ServiceLinks({ summary, links, onOpen }: ServiceLinksProps) {
  const open = (url: string) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void onOpen(url);
  };
  return (
    <details class="service-links">
      <summary>{summary}</summary>
      <ul>
        {links.map((link) => (
          <li key={link.host}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" onClick={open(link.url)}>
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

interface MoreLinksProps {
  lang: Lang;
  support?: SupportLink;
  onShowTab(tab: 'share' | 'faq'): void;
  onOpenOptions(): void;
  /** The click handler of an external link (opened by the client, not by the link). */
  onExternal(url: string): (event: MouseEvent) => void;
}

/** "Partager", "FAQ", the academy's support and the options, under the services. */
function MoreLinks({ lang, support, onShowTab, onOpenOptions, onExternal }: MoreLinksProps) {
  const t = createTranslator(popupStrings, lang);
  return (
    <nav class="more-links" aria-label={t('links.heading')}>
      <ul>
        <li>
          <button type="button" class="link-button" onClick={() => onShowTab('share')}>
            {t('links.share')}
          </button>
        </li>
        <li>
          <button type="button" class="link-button" onClick={() => onShowTab('faq')}>
            {t('links.faq')}
          </button>
        </li>
        {support && (
          <li>
            <a href={support.url} target="_blank" rel="noopener noreferrer" onClick={onExternal(support.url)}>
              {t('links.support', { name: support.name })}
            </a>
          </li>
        )}
        <li>
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('links.options')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
