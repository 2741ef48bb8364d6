import type { Dictionary } from '@/lib/i18n';

/** Strings of the toolbar popup (shell, first run, catalogue), French first. */
const fr = {
  'shell.title': 'Compagnon Apps Édu',
  'shell.tabs': 'Sections',
  'tab.services': 'Mes services',
  'tab.share': 'Partager',
  'tab.faq': 'FAQ',
  'shell.loading': 'Chargement…',
  'shell.loadError': 'Cette section n’a pas pu être chargée.',
  'menu.button': 'Plus d’actions',
  'menu.options': 'Options',
  'menu.profile': 'Changer d’adresse ou d’académie',
  'menu.support': 'Support de mon académie (DANE)',
  'profile.saved': 'Profil enregistré : {academy}.',
  'catalogue.heading': 'Services de mon académie',
  'catalogue.academy': 'Académie : {name}',
  'catalogue.region': 'Région académique {region}',
  'catalogue.platform.beta': 'Plateforme académique (beta)',
  'catalogue.platform.national': 'Plateforme nationale',
  'catalogue.external': 'Service externe',
  'catalogue.empty': 'Aucun service n’est proposé pour votre académie sur cette plateforme.',
  'catalogue.remoteError':
    'Le catalogue distant n’a pas pu être mis à jour : sa dernière version valide est affichée ou, s’il n’y en a jamais eu, le catalogue intégré.',
  'search.label': 'Rechercher une vidéo sur PeerTube',
  'search.hint':
    'Toutes les instances sont fédérées : la recherche couvre aussi les vidéos des autres académies.',
  'search.submit': 'Rechercher',
  'links.heading': 'Aller plus loin',
  'links.share': 'Partager avec un collègue',
  'links.faq': 'Questions fréquentes (FAQ)',
  'links.support': 'Support : {name}',
  'links.options': 'Options',
  'menu.platformHelp': 'Aide de la plateforme (apps.education.fr)',
};

export type PopupStringKey = keyof typeof fr;

export const popupStrings: Dictionary<PopupStringKey> = {
  fr,
  en: {
    'shell.title': 'Compagnon Apps Édu',
    'shell.tabs': 'Sections',
    'tab.services': 'My services',
    'tab.share': 'Share',
    'tab.faq': 'FAQ',
    'shell.loading': 'Loading…',
    'shell.loadError': 'This section could not be loaded.',
    'menu.button': 'More actions',
    'menu.options': 'Options',
    'menu.profile': 'Change address or academy',
    'menu.support': 'My academy’s support (DANE)',
    'profile.saved': 'Profile saved: {academy}.',
    'catalogue.heading': 'My academy’s services',
    'catalogue.academy': 'Academy: {name}',
    'catalogue.region': 'Academic region {region}',
    'catalogue.platform.beta': 'Academic platform (beta)',
    'catalogue.platform.national': 'National platform',
    'catalogue.external': 'External service',
    'catalogue.empty': 'No service is offered for your academy on this platform.',
    'catalogue.remoteError':
      'The remote catalogue could not be updated: its last valid version is shown or, if there never was one, the bundled catalogue.',
    'search.label': 'Search for a video on PeerTube',
    'search.hint': 'All instances are federated: the search also covers the other academies’ videos.',
    'search.submit': 'Search',
    'links.heading': 'More',
    'links.share': 'Share with a colleague',
    'links.faq': 'Frequently asked questions (FAQ)',
    'links.support': 'Support: {name}',
    'links.options': 'Options',
    'menu.platformHelp': 'Platform help (apps.education.fr)',
  },
};
