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
  'catalogue.platform.beta': 'Plateforme 2020 (archivée) : une instance par académie',
  'catalogue.platform.national': 'Plateforme nationale apps.education.fr',
  'catalogue.myNuage': 'Mon Nuage : {node}',
  'catalogue.myNuageUnknown':
    'Mon Nuage : pas encore reconnu. Ouvrez Nuage une fois, l’extension retiendra votre serveur.',
  'catalogue.tubes': 'Les {count} tubes thématiques',
  'notice.title': 'Vous êtes passé à la plateforme nationale',
  'notice.body':
    'Les liens mènent désormais aux services nationaux d’apps.education.fr (La Boîte, Nuage, Tubes…) : la plateforme académique de 2020 (*.beta.education.fr) n’existe plus depuis 2021. Vous pouvez y revenir, elle reste proposée comme archive.',
  'notice.ok': 'J’ai compris',
  'notice.back': 'Revenir à la plateforme 2020',
  'notice.backDone': 'Plateforme 2020 (archivée) rétablie. Les options permettent d’en changer.',
  'catalogue.external': 'Service externe',
  'catalogue.empty': 'Aucun service n’est proposé pour votre académie sur cette plateforme.',
  'catalogue.remoteError':
    'Le catalogue distant n’a pas pu être mis à jour : sa dernière version valide est affichée ou, s’il n’y en a jamais eu, le catalogue intégré.',
  'search.label': 'Rechercher une vidéo sur PeerTube',
  'search.labelNational': 'Rechercher une vidéo dans les tubes',
  'search.hintNational':
    'Les tubes sont fédérés : la recherche couvre les vidéos de tous les tubes thématiques.',
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
    'catalogue.platform.beta': '2020 platform (archived): one instance per academy',
    'catalogue.platform.national': 'National platform apps.education.fr',
    'catalogue.myNuage': 'My Nuage: {node}',
    'catalogue.myNuageUnknown':
      'My Nuage: not recognised yet. Open Nuage once and the extension will remember your server.',
    'catalogue.tubes': 'The {count} themed tubes',
    'notice.title': 'You have been moved to the national platform',
    'notice.body':
      'Links now lead to the national services of apps.education.fr (La Boîte, Nuage, Tubes…): the 2020 academic platform (*.beta.education.fr) has not existed since 2021. You can go back to it; it stays available as an archive.',
    'notice.ok': 'Got it',
    'notice.back': 'Back to the 2020 platform',
    'notice.backDone': '2020 platform (archived) restored. You can change it in the options.',
    'catalogue.external': 'External service',
    'catalogue.empty': 'No service is offered for your academy on this platform.',
    'catalogue.remoteError':
      'The remote catalogue could not be updated: its last valid version is shown or, if there never was one, the bundled catalogue.',
    'search.label': 'Search for a video on PeerTube',
    'search.labelNational': 'Search for a video in the tubes',
    'search.hintNational': 'The tubes are federated: the search covers the videos of every themed tube.',
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
