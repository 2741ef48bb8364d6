import type { Dictionary } from '@/lib/i18n';

/** Strings of the first-run form (profile: address or academy), French first. Loaded with it. */
const fr = {
  'firstRun.heading': 'Bienvenue',
  'firstRun.intro':
    'Indiquez votre adresse académique : l’extension en déduit les services de votre académie.',
  'firstRun.editHeading': 'Changer d’adresse ou d’académie',
  'firstRun.editIntro': 'Les services affichés suivent l’académie de cette adresse. Échap pour annuler.',
  'firstRun.address': 'Votre adresse académique',
  'firstRun.addressHint': 'Par exemple prenom.nom@ac-grenoble.fr. Elle reste sur cet ordinateur.',
  'firstRun.submit': 'Valider',
  'firstRun.or': 'ou',
  'firstRun.academy': 'Choisir mon académie dans la liste',
  'firstRun.academyPlaceholder': '— Choisir —',
  'firstRun.academyGroup': 'Académies',
  'firstRun.territoryGroup': 'Territoires d’outre-mer',
  'firstRun.adminGroup': 'Administration',
  'firstRun.choose': 'Choisir',
  'firstRun.cancel': 'Annuler',
  'firstRun.pickAcademy': 'Choisissez une académie dans la liste.',
};

export type FirstRunStringKey = keyof typeof fr;

export const firstRunStrings: Dictionary<FirstRunStringKey> = {
  fr,
  en: {
    'firstRun.heading': 'Welcome',
    'firstRun.intro': 'Enter your academic address: the extension finds your academy’s services from it.',
    'firstRun.editHeading': 'Change address or academy',
    'firstRun.editIntro': 'The services shown follow this address’s academy. Escape to cancel.',
    'firstRun.address': 'Your academic address',
    'firstRun.addressHint': 'For example firstname.lastname@ac-grenoble.fr. It stays on this computer.',
    'firstRun.submit': 'Confirm',
    'firstRun.or': 'or',
    'firstRun.academy': 'Pick my academy from the list',
    'firstRun.academyPlaceholder': '— Choose —',
    'firstRun.academyGroup': 'Academies',
    'firstRun.territoryGroup': 'Overseas territories',
    'firstRun.adminGroup': 'Administration',
    'firstRun.choose': 'Choose',
    'firstRun.cancel': 'Cancel',
    'firstRun.pickAcademy': 'Pick an academy from the list.',
  },
};
