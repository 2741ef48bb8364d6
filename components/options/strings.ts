import type { Dictionary, Translate } from '@/lib/i18n';

/** Strings of the options page, French first. */
const fr = {
  'page.title': 'Compagnon Apps Édu — Options',
  'page.heading': 'Options de Compagnon Apps Édu',
  'page.intro': 'Tous vos réglages restent sur cet ordinateur.',
  'managed.notice':
    'Certains réglages sont définis par votre administrateur et ne peuvent pas être modifiés ici.',
  'managed.badge': 'Défini par l’administrateur',
  saved: 'Réglage enregistré.',
  'profile.heading': 'Profil',
  'profile.address': 'Adresse académique',
  'profile.addressHint':
    'Par exemple prenom.nom@ac-grenoble.fr. Laissez vide pour choisir seulement l’académie.',
  'profile.academy': 'Académie',
  'profile.academyHint': 'Déduite de l’adresse ; vous pouvez en choisir une autre.',
  'profile.save': 'Enregistrer le profil',
  'profile.saved': 'Profil enregistré : {academy}.',
  'profile.notStaff':
    '« {address} » n’est pas une adresse académique (@ac-(académie).fr, .pf, .wf, .nc ou @education.gouv.fr).',
  'profile.needAcademy': 'Indiquez une adresse académique ou choisissez une académie.',
  'platform.heading': 'Plateforme',
  'platform.legend': 'Plateforme utilisée',
  'platform.beta':
    'Plateforme académique (beta) : une instance par académie (cloud-grenoble.beta.education.fr…)',
  'platform.national': 'Plateforme nationale : portail.apps.education.fr, Nuage, CodiMD, Tube, Forge…',
  'display.heading': 'Affichage',
  'language.label': 'Langue',
  'language.auto': 'Celle du navigateur',
  'language.fr': 'Français',
  'language.en': 'English',
  'theme.legend': 'Thème',
  'theme.system': 'Celui du système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'sources.heading': 'Sources de données',
  'sources.intro':
    'Un catalogue distant (fichier JSON, données seulement) peut remplacer le catalogue intégré. Le serveur doit être en https et autoriser les requêtes de l’extension (CORS).',
  'catalogue.label': 'Adresse du catalogue distant',
  'catalogue.hint': 'Laissez vide pour utiliser le catalogue intégré.',
  'catalogue.save': 'Enregistrer le catalogue',
  'catalogue.refresh': 'Actualiser maintenant',
  'catalogue.invalidUrl': 'Saisissez une adresse https complète (https://…).',
  'catalogue.bundled': 'Catalogue utilisé : le catalogue intégré.',
  'catalogue.remote': 'Catalogue utilisé : catalogue distant, téléchargé le {date}.',
  'catalogue.fallback': 'Catalogue distant pas encore téléchargé : le catalogue intégré est utilisé.',
  'catalogue.error.network':
    'Le catalogue distant est inaccessible : la dernière version valide est conservée.',
  'catalogue.error.http':
    'Le serveur a refusé le catalogue distant : la dernière version valide est conservée.',
  'catalogue.error.too-large':
    'Le catalogue distant est trop volumineux : la dernière version valide est conservée.',
  'catalogue.error.not-json':
    'Le catalogue distant n’est pas du JSON : la dernière version valide est conservée.',
  'catalogue.error.invalid':
    'Le catalogue distant n’est pas valide : la dernière version valide est conservée.',
  'faq.label': 'Adresse de la source de la FAQ',
  'faq.hint': 'Laissez vide pour utiliser la FAQ intégrée.',
  'faq.save': 'Enregistrer la source de la FAQ',
  'dismissed.heading': 'Sites sans avertissement',
  'dismissed.intro': 'Sites pour lesquels vous avez choisi « Ne plus avertir pour ce site ».',
  'dismissed.empty': 'Aucun site.',
  'dismissed.remove': 'Réactiver l’avertissement pour {host}',
  'dismissed.removed': 'Avertissement réactivé pour {host}.',
  'backup.heading': 'Sauvegarde',
  'backup.export': 'Exporter les réglages',
  'backup.exported': 'Réglages exportés dans le fichier {file}.',
  'backup.import': 'Importer un fichier de réglages',
  'backup.importHint':
    'Un fichier exporté par Compagnon Apps Édu (.json). Un fichier invalide ne change rien.',
  'backup.imported': 'Réglages importés.',
  'backup.importError': 'Fichier refusé, aucun réglage n’a changé : {errors}',
  'backup.reset': 'Réinitialiser tous les réglages',
  'backup.resetConfirm': 'Confirmer la réinitialisation',
  'backup.resetCancel': 'Annuler',
  'backup.resetQuestion': 'Effacer le profil et revenir aux réglages par défaut ?',
  'backup.resetDone': 'Réglages réinitialisés.',
  'about.heading': 'À propos',
  'about.privacy': 'Politique de confidentialité (rien n’est collecté)',
  'profile.mismatch':
    'L’adresse {address} est celle de {fromAddress}, mais l’académie choisie dans la liste est {picked}. Laquelle garder ?',
  'profile.mismatchKept':
    'Vous avez choisi {picked} alors que l’adresse {address} est celle de {fromAddress}.',
  'profile.mismatchChoose':
    'L’adresse et l’académie choisie ne correspondent pas : choisissez laquelle garder (ci-dessous).',
  'profile.useAddressAcademy': 'Prendre {academy} (d’après l’adresse)',
  'profile.keepPicked': 'Garder {academy}',
  'catalogue.errorNoCopy':
    'Le catalogue distant ({url}) n’a pas pu être téléchargé, et aucune version valide n’en a encore été reçue : le catalogue intégré est utilisé.',
  'about.version': 'Version',
  'about.whatsNew': 'Nouveautés',
  'about.changelog': 'Ce qui a changé, version par version (journal des modifications)',
  'about.shortcut': 'Raccourci clavier',
  'about.noShortcut':
    'Aucun raccourci n’ouvre la fenêtre de l’extension : celui prévu, {suggested}, n’est pas actif dans ce navigateur (il est peut-être déjà pris).',
  'about.shortcutChrome':
    'Il ouvre la fenêtre de l’extension. Pour le changer : saisissez {page} dans la barre d’adresse.',
  'about.shortcutFirefox':
    'Il ouvre la fenêtre de l’extension. Pour le changer : {page}, roue dentée, « Gérer les raccourcis d’extensions ».',
  'about.privacyTitle': 'Vie privée',
  'about.source': 'Code source',
  'about.sourceLink': 'Le dépôt du projet (licence MIT)',
  'about.sourceNone':
    'Libre, sous licence MIT : les sources complètes accompagnent chaque version publiée sur addons.mozilla.org.',
  'about.report': 'Signaler un problème',
  'about.reportLink': 'Ouvrir un ticket dans le dépôt du projet',
  'about.reportNone':
    'Par la page de l’extension dans le magasin où vous l’avez installée (rubrique assistance ou avis). Pour un problème avec un service de la plateforme, adressez-vous à l’assistance de votre académie.',
  'advanced.heading': 'Avancé',
  'advanced.intro':
    'Pour les administrateurs et les DANE : d’où viennent le catalogue des services et la FAQ. Sans rien changer ici, l’extension utilise ses données intégrées.',
};

export type OptionsStringKey = keyof typeof fr;

/** The options page's translator, handed to each section. */
export type OptionsTranslate = Translate<OptionsStringKey>;

export const optionsStrings: Dictionary<OptionsStringKey> = {
  fr,
  en: {
    'page.title': 'Compagnon Apps Édu — Options',
    'page.heading': 'Compagnon Apps Édu options',
    'page.intro': 'All your settings stay on this computer.',
    'managed.notice': 'Some settings are set by your administrator and cannot be changed here.',
    'managed.badge': 'Set by the administrator',
    saved: 'Setting saved.',
    'profile.heading': 'Profile',
    'profile.address': 'Academic address',
    'profile.addressHint':
      'For example firstname.lastname@ac-grenoble.fr. Leave empty to pick the academy only.',
    'profile.academy': 'Academy',
    'profile.academyHint': 'Derived from the address; you may pick another one.',
    'profile.save': 'Save profile',
    'profile.saved': 'Profile saved: {academy}.',
    'profile.notStaff':
      '“{address}” is not an academic address (@ac-(academy).fr, .pf, .wf, .nc or @education.gouv.fr).',
    'profile.needAcademy': 'Enter an academic address or pick an academy.',
    'platform.heading': 'Platform',
    'platform.legend': 'Platform in use',
    'platform.beta': 'Academic platform (beta): one instance per academy (cloud-grenoble.beta.education.fr…)',
    'platform.national': 'National platform: portail.apps.education.fr, Nuage, CodiMD, Tube, Forge…',
    'display.heading': 'Display',
    'language.label': 'Language',
    'language.auto': 'The browser’s',
    'language.fr': 'Français',
    'language.en': 'English',
    'theme.legend': 'Theme',
    'theme.system': 'The system’s',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'sources.heading': 'Data sources',
    'sources.intro':
      'A remote catalogue (a JSON file, data only) can replace the bundled one. The server must use https and allow the extension’s requests (CORS).',
    'catalogue.label': 'Remote catalogue address',
    'catalogue.hint': 'Leave empty to use the bundled catalogue.',
    'catalogue.save': 'Save the catalogue',
    'catalogue.refresh': 'Refresh now',
    'catalogue.invalidUrl': 'Enter a full https address (https://…).',
    'catalogue.bundled': 'Catalogue in use: the bundled one.',
    'catalogue.remote': 'Catalogue in use: the remote one, downloaded on {date}.',
    'catalogue.fallback': 'Remote catalogue not downloaded yet: the bundled one is used.',
    'catalogue.error.network': 'The remote catalogue is unreachable: the last valid version is kept.',
    'catalogue.error.http': 'The server refused the remote catalogue: the last valid version is kept.',
    'catalogue.error.too-large': 'The remote catalogue is too large: the last valid version is kept.',
    'catalogue.error.not-json': 'The remote catalogue is not JSON: the last valid version is kept.',
    'catalogue.error.invalid': 'The remote catalogue is not valid: the last valid version is kept.',
    'faq.label': 'FAQ source address',
    'faq.hint': 'Leave empty to use the bundled FAQ.',
    'faq.save': 'Save the FAQ source',
    'dismissed.heading': 'Sites without warning',
    'dismissed.intro': 'Sites for which you chose “Don’t warn me for this site”.',
    'dismissed.empty': 'No site.',
    'dismissed.remove': 'Warn again for {host}',
    'dismissed.removed': 'Warning turned back on for {host}.',
    'backup.heading': 'Backup',
    'backup.export': 'Export settings',
    'backup.exported': 'Settings exported to the file {file}.',
    'backup.import': 'Import a settings file',
    'backup.importHint': 'A file exported by Compagnon Apps Édu (.json). An invalid file changes nothing.',
    'backup.imported': 'Settings imported.',
    'backup.importError': 'File refused, no setting changed: {errors}',
    'backup.reset': 'Reset all settings',
    'backup.resetConfirm': 'Confirm the reset',
    'backup.resetCancel': 'Cancel',
    'backup.resetQuestion': 'Clear the profile and go back to the default settings?',
    'backup.resetDone': 'Settings reset.',
    'about.heading': 'About',
    'about.privacy': 'Privacy policy (nothing is collected)',
    'profile.mismatch':
      'The address {address} belongs to {fromAddress}, but the academy picked in the list is {picked}. Which one to keep?',
    'profile.mismatchKept': 'You chose {picked} although the address {address} belongs to {fromAddress}.',
    'profile.mismatchChoose':
      'The address and the academy picked do not match: choose which one to keep (below).',
    'profile.useAddressAcademy': 'Take {academy} (from the address)',
    'profile.keepPicked': 'Keep {academy}',
    'catalogue.errorNoCopy':
      'The remote catalogue ({url}) could not be downloaded, and no valid version of it was ever received: the bundled catalogue is used.',
    'about.version': 'Version',
    'about.whatsNew': 'What’s new',
    'about.changelog': 'What changed, version by version (changelog)',
    'about.shortcut': 'Keyboard shortcut',
    'about.noShortcut':
      'No shortcut opens the extension’s window: the planned one, {suggested}, is not active in this browser (it may already be taken).',
    'about.shortcutChrome': 'It opens the extension’s window. To change it: type {page} in the address bar.',
    'about.shortcutFirefox':
      'It opens the extension’s window. To change it: {page}, gear icon, “Manage Extension Shortcuts”.',
    'about.privacyTitle': 'Privacy',
    'about.source': 'Source code',
    'about.sourceLink': 'The project’s repository (MIT licence)',
    'about.sourceNone':
      'Free software under the MIT licence: the complete sources come with each version published on addons.mozilla.org.',
    'about.report': 'Report a problem',
    'about.reportLink': 'Open an issue in the project’s repository',
    'about.reportNone':
      'Through the extension’s page in the store you installed it from (support or reviews). For a problem with a platform service, ask your academy’s support.',
    'advanced.heading': 'Advanced',
    'advanced.intro':
      'For administrators and DANEs: where the services catalogue and the FAQ come from. Change nothing here and the extension uses its bundled data.',
  },
};
