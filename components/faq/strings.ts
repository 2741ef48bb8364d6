import type { Dictionary } from '@/lib/i18n';

/**
 * Strings of the popup tab "FAQ", French first. The refresh outcomes come from lib/faq/refresh.ts
 * (`faqRefreshMessages`), except the missing address, which only the extension knows about.
 */
const fr = {
  intro:
    'Les réponses aux questions fréquentes sur apps.education.fr, disponibles même sans connexion : la plateforme d’aujourd’hui, puis la FAQ de 2020.',
  loading: 'Chargement de la FAQ…',
  searchLabel: 'Rechercher dans la FAQ',
  searchHint: 'Par exemple : ouvrir mon Nuage, identifiant de fédération, corbeille, quota.',
  resultsHeading: 'Réponses',
  resultsCountOne: '1 réponse trouvée.',
  resultsCountMany: '{count} réponses trouvées.',
  noResults:
    'Aucune réponse ne correspond à «\u00a0{query}\u00a0». Essayez d’autres mots, ou effacez la recherche pour parcourir les rubriques.',
  partToday: 'La plateforme aujourd’hui',
  partTodayNote:
    'Réponses écrites pour l’extension à partir de sources publiques, citées à la fin de chacune ; ce qui est déduit est dit.',
  part2020: 'FAQ de la plateforme (2020)',
  part2020Note:
    'La FAQ publiée en 2020 sur apps.education.fr, reproduite telle quelle : elle décrit la plateforme de l’époque (instances par académie en beta.education.fr), fermée en 2021.',
  part2020Remote: 'FAQ téléchargée depuis {host}, à la place de la FAQ de 2020.',
  inSection: 'Rubrique : {section}',
  inPartToday: 'Aujourd’hui',
  inPart2020: 'FAQ 2020',
  newTab: '(nouvel onglet)',
  builtIn: 'FAQ intégrée à l’extension, modifiée le {date}.',
  builtInNoSource: 'Pour la mettre à jour depuis une source, indiquez son adresse dans les options.',
  updatedBundled: 'FAQ intégrée à l’extension, modifiée le {date} ; pas encore téléchargée depuis {host}.',
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
    intro:
      'Answers to frequently asked questions about apps.education.fr, available even offline: today’s platform, then the 2020 FAQ.',
    loading: 'Loading the FAQ…',
    searchLabel: 'Search the FAQ',
    searchHint: 'For example: open my Nuage, federation ID, bin, quota (the 2020 FAQ is in French).',
    resultsHeading: 'Answers',
    resultsCountOne: '1 answer found.',
    resultsCountMany: '{count} answers found.',
    noResults: 'No answer matches “{query}”. Try other words, or clear the search to browse the sections.',
    partToday: 'The platform today',
    partTodayNote:
      'Answers written for the extension from public sources, named at the end of each; what is inferred says so.',
    part2020: 'The platform’s FAQ (2020)',
    part2020Note:
      'The FAQ published in 2020 on apps.education.fr, reproduced as it was (in French): it describes the platform of the time (per-academy instances on beta.education.fr), closed in 2021.',
    part2020Remote: 'FAQ downloaded from {host}, in place of the 2020 FAQ.',
    inSection: 'Section: {section}',
    inPartToday: 'Today',
    inPart2020: '2020 FAQ',
    newTab: '(new tab)',
    builtIn: 'FAQ built into the extension, last changed on {date}.',
    builtInNoSource: 'To update it from a source, set its address in the options.',
    updatedBundled: 'FAQ built into the extension, last changed on {date}; not downloaded from {host} yet.',
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
