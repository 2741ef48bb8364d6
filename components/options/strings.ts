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
    'Plateforme 2020 (archivée) : une instance par académie (cloud-grenoble.beta.education.fr…), telle que la décrit la FAQ ; fermée en 2021',
  'platform.national':
    'Plateforme nationale (aujourd’hui) : La Boîte, Nuage, les tubes, CodiMD, Blog, Forge, PodEduc, visio des agents',
  'myNuage.heading': 'Mon Nuage',
  'myNuage.intro':
    'Sur la plateforme nationale, chaque personne a son propre serveur Nuage. L’extension le reconnaît quand vous ouvrez Nuage (après la connexion) et l’ouvre directement ensuite.',
  'myNuage.current': 'Serveur retenu : {node}',
  'myNuage.none':
    'Aucun serveur retenu : la tuile Nuage ouvre nuage.apps.education.fr, qui vous envoie sur le vôtre.',
  'myNuage.label': 'Changer de serveur Nuage',
  'myNuage.hint': 'Par exemple nuage06, ou l’adresse d’une page de votre Nuage.',
  'myNuage.save': 'Enregistrer ce serveur',
  'myNuage.forget': 'Oublier mon serveur Nuage',
  'myNuage.invalid':
    'Ce n’est pas un serveur Nuage : indiquez nuage suivi de son numéro (nuage06) ou une adresse https://nuageNN.apps.education.fr/….',
  'myNuage.saved': 'Serveur Nuage enregistré : {node}.',
  'myNuage.forgotten': 'Serveur Nuage oublié.',
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
  'catalogue.error.redirected':
    'Le serveur du catalogue renvoie vers une autre adresse : la dernière version valide est conservée.',
  'catalogue.error.foreign-host':
    'Le catalogue distant est refusé : il présente comme service de la plateforme un site hors de *.education.fr (un lien vers un autre site doit être marqué « external »). La dernière version valide est conservée.',
  'faq.label': 'Adresse de la source de la FAQ',
  'faq.hint': 'Laissez vide pour utiliser la FAQ intégrée.',
  'faq.save': 'Enregistrer la source de la FAQ',
  'rescue.heading': 'Liens morts de 2020',
  'rescue.label': 'Remplacer les liens morts de la plateforme de 2020 par une page d’aide',
  'rescue.hint':
    'Un lien en .beta.education.fr (vidéos, Nuage, pads… de 2020) ouvre alors une page de l’extension qui dit où se trouve le service aujourd’hui. Rien n’est envoyé sur le réseau.',
  'rescue.betaPlatform':
    'Sans effet tant que la plateforme académique (beta) est choisie ci-dessus : ce remplacement ne fonctionne qu’avec la plateforme nationale.',
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
  'backup.importedBook': 'Réglages importés ; carnet : {added} ajoutés, {merged} déjà connus.',
  'backup.confirmQuestion':
    '{conflicts} identifiants du fichier contredisent votre carnet (une adresse, deux identifiants). Importer quand même ? Le plus récent des deux sera gardé.',
  'backup.confirm': 'Importer, le plus récent gagne',
  'book.heading': 'Carnet d’identifiants de fédération',
  'book.intro':
    'Les identifiants de vos collègues, sur cet ordinateur seulement ; ils se consultent et se modifient dans l’onglet « Partager » du popup, et voyagent avec le fichier de réglages.',
  'book.count': 'Votre carnet contient {count} identifiants.',
  'book.disabled':
    'Votre administrateur a désactivé l’enregistrement des identifiants sur cet ordinateur : rien n’est conservé.',
  'book.vcard': 'Importer des contacts (fichier vCard .vcf)',
  'book.vcardHint':
    'Par exemple exportés de l’application Contacts de Nuage : l’identifiant de fédération y est dans la propriété CLOUD. Un fichier invalide ne change rien.',
  'book.vcardDone':
    '{cards} contacts lus : {added} identifiants ajoutés, {merged} déjà connus, {withoutCloud} contacts sans identifiant, {invalid} identifiants refusés.',
  'book.vcard.too-large': 'Fichier refusé, rien n’a changé : il est trop gros.',
  'book.vcard.malformed':
    'Fichier refusé, rien n’a changé : ce n’est pas un fichier vCard valable ({detail}).',
  'book.vcard.no-card': 'Fichier refusé, rien n’a changé : il ne contient aucun contact (BEGIN:VCARD).',
  'book.vcard.nothing':
    'Rien à importer : aucun des {cards} contacts n’a d’identifiant de fédération valable (propriété CLOUD sur un serveur Nuage).',
  'book.vcard.full': 'Fichier refusé, rien n’a changé : le carnet dépasserait {max} identifiants.',
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
    'platform.beta':
      '2020 platform (archived): one instance per academy (cloud-grenoble.beta.education.fr…), as the FAQ describes it; closed in 2021',
    'platform.national':
      'National platform (today): La Boîte, Nuage, the tubes, CodiMD, Blog, Forge, PodEduc, staff video meetings',
    'myNuage.heading': 'My Nuage',
    'myNuage.intro':
      'On the national platform, each person has their own Nuage server. The extension recognises it when you open Nuage (after signing in) and opens it directly from then on.',
    'myNuage.current': 'Server remembered: {node}',
    'myNuage.none':
      'No server remembered: the Nuage tile opens nuage.apps.education.fr, which sends you to yours.',
    'myNuage.label': 'Change Nuage server',
    'myNuage.hint': 'For example nuage06, or the address of a page of your Nuage.',
    'myNuage.save': 'Save this server',
    'myNuage.forget': 'Forget my Nuage server',
    'myNuage.invalid':
      'This is not a Nuage server: enter nuage followed by its number (nuage06) or an https://nuageNN.apps.education.fr/… address.',
    'myNuage.saved': 'Nuage server saved: {node}.',
    'myNuage.forgotten': 'Nuage server forgotten.',
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
    'catalogue.error.redirected':
      'The catalogue’s server redirects to another address: the last valid version is kept.',
    'catalogue.error.foreign-host':
      'The remote catalogue is refused: it presents a site outside *.education.fr as a platform service (a link to another site must be marked “external”). The last valid version is kept.',
    'faq.label': 'FAQ source address',
    'faq.hint': 'Leave empty to use the bundled FAQ.',
    'faq.save': 'Save the FAQ source',
    'rescue.heading': 'Dead 2020 links',
    'rescue.label': 'Replace dead links of the 2020 platform with a help page',
    'rescue.hint':
      'A .beta.education.fr link (2020 videos, Nuage, pads…) then opens a page of the extension saying where the service is today. Nothing is sent over the network.',
    'rescue.betaPlatform':
      'No effect while the academic (beta) platform is chosen above: this replacement works with the national platform only.',
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
    'backup.importedBook': 'Settings imported; book: {added} added, {merged} already known.',
    'backup.confirmQuestion':
      '{conflicts} IDs of the file contradict your book (one address, two IDs). Import anyway? The newest of the two will be kept.',
    'backup.confirm': 'Import, the newest wins',
    'book.heading': 'Book of federation IDs',
    'book.intro':
      'Your colleagues’ IDs, on this computer only; see and edit them in the popup’s “Share” tab. They travel with the settings file.',
    'book.count': 'Your book holds {count} IDs.',
    'book.disabled': 'Your administrator has switched off storing IDs on this computer: nothing is kept.',
    'book.vcard': 'Import contacts (vCard file .vcf)',
    'book.vcardHint':
      'For example exported from Nuage’s Contacts app: the federation ID is in the CLOUD property. An invalid file changes nothing.',
    'book.vcardDone':
      '{cards} contacts read: {added} IDs added, {merged} already known, {withoutCloud} contacts without an ID, {invalid} IDs refused.',
    'book.vcard.too-large': 'File refused, nothing changed: it is too large.',
    'book.vcard.malformed': 'File refused, nothing changed: not a valid vCard file ({detail}).',
    'book.vcard.no-card': 'File refused, nothing changed: it holds no contact (BEGIN:VCARD).',
    'book.vcard.nothing':
      'Nothing to import: none of the {cards} contacts has a valid federation ID (CLOUD property on a Nuage server).',
    'book.vcard.full': 'File refused, nothing changed: the book would exceed {max} IDs.',
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
