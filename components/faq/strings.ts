import type { Dictionary } from '@/lib/i18n';

/**
 * Strings of the popup tab "FAQ", French first. The refresh outcomes come from lib/faq/refresh.ts
 * (`faqRefreshMessages`), except the missing address, which only the extension knows about.
 */
const fr = {
  intro: 'Les réponses aux questions fréquentes sur apps.education.fr, disponibles même sans connexion.',
  loading: 'Chargement de la FAQ…',
  searchLabel: 'Rechercher dans la FAQ',
  searchHint: 'Par exemple : quota, courriel de validation, élèves.',
  resultsHeading: 'Réponses',
  resultsCountOne: '1 réponse trouvée.',
  resultsCountMany: '{count} réponses trouvées.',
  noResults:
    'Aucune réponse pour « {query} ». Essayez d’autres mots, ou effacez la recherche pour parcourir les rubriques.',
  sectionsHeading: 'Parcourir par rubrique',
  inSection: 'Rubrique : {section}',
  newTab: '(nouvel onglet)',
  updatedBundled: 'Mis à jour le {date} (copie intégrée à l’extension).',
  updatedNetwork: 'Mis à jour le {date} (téléchargée depuis {host}).',
  checked: 'Dernière vérification : {date}.',
  refresh: 'Mettre à jour',
  refreshing: 'Mise à jour…',
  noUrl:
    'Aucune adresse de FAQ n’est configurée : la FAQ intégrée à l’extension est utilisée. Indiquez une adresse dans les options pour pouvoir la mettre à jour.',
  openOptions: 'Ouvrir les options',
  memory:
    'Le stockage local est indisponible (fenêtre de navigation privée ?) : la FAQ intégrée à l’extension est affichée. Elle ne peut pas être mise à jour ici.',
};

type Key = keyof typeof fr;

export const faqStrings: Dictionary<Key> = {
  fr,
  en: {
    intro: 'Answers to frequently asked questions about apps.education.fr, available even offline.',
    loading: 'Loading the FAQ…',
    searchLabel: 'Search the FAQ',
    searchHint: 'For example: quota, validation e-mail, pupils (the FAQ is in French).',
    resultsHeading: 'Answers',
    resultsCountOne: '1 answer found.',
    resultsCountMany: '{count} answers found.',
    noResults: 'No answer for “{query}”. Try other words, or clear the search to browse the sections.',
    sectionsHeading: 'Browse by section',
    inSection: 'Section: {section}',
    newTab: '(new tab)',
    updatedBundled: 'Updated on {date} (copy bundled with the extension).',
    updatedNetwork: 'Updated on {date} (downloaded from {host}).',
    checked: 'Last checked: {date}.',
    refresh: 'Update',
    refreshing: 'Updating…',
    noUrl:
      'No FAQ address is set: the FAQ bundled with the extension is used. Set an address in the options to be able to update it.',
    openOptions: 'Open the options',
    memory:
      'Local storage is unavailable (private window?): the FAQ bundled with the extension is shown. It cannot be updated here.',
  },
};
