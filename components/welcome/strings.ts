import type { Dictionary } from '@/lib/i18n';

/** Strings of the welcome page (opened once, on install), French first. */
const fr = {
  title: 'Bienvenue dans Compagnon Apps Édu',
  unofficial:
    'Extension non officielle, pour les personnels de l’Éducation nationale qui utilisent apps.education.fr. Elle n’est ni éditée ni validée par le ministère.',
  'does.heading': 'Ce qu’elle fait',
  'does.services': 'Les services de votre académie en un clic, depuis la barre d’outils.',
  'does.share': 'Partager un document Nuage avec un collègue : l’identifiant à coller, sans le chercher.',
  'does.signin': 'Un avertissement quand vous vous connectez par le guichet d’une autre académie.',
  'does.faq': 'La FAQ de la plateforme, consultable même hors ligne.',
  'pin.heading': '1. Épinglez l’icône',
  'pin.chrome':
    'Cliquez sur l’icône des extensions (la pièce de puzzle) à droite de la barre d’adresse, puis sur l’épingle à côté de « Compagnon Apps Édu ».',
  'pin.firefox':
    'Cliquez sur le bouton des extensions (la pièce de puzzle) à droite de la barre d’adresse, puis sur la roue dentée à côté de « Compagnon Apps Édu » et « Épingler à la barre d’outils ».',
  'shortcut.heading': '2. Ou ouvrez-la au clavier',
  'shortcut.before': 'Le raccourci',
  'shortcut.after': 'ouvre la fenêtre de l’extension.',
  'shortcut.none':
    'Le raccourci prévu, {suggested}, n’est pas actif dans ce navigateur (il est peut-être déjà pris) : choisissez-en un.',
  'shortcut.change': 'Pour le changer : {page}.',
  'shortcut.changeChrome': 'saisissez chrome://extensions/shortcuts dans la barre d’adresse',
  'shortcut.changeFirefox': 'about:addons, roue dentée, « Gérer les raccourcis d’extensions »',
  'address.heading': '3. Indiquez votre adresse académique',
  'address.skip': 'Passer cette étape',
  'address.skipped':
    'Étape passée : vous indiquerez votre adresse ou votre académie à la première ouverture de l’extension.',
  'address.saved': 'C’est noté : {academy}. Ouvrez l’extension pour voir vos services.',
  'privacy.heading': 'Vie privée',
  'privacy.text':
    'Tout reste sur cet ordinateur : aucun compte, aucune statistique, aucune requête réseau tant que vous n’indiquez pas vous-même une source de données dans les options. Votre adresse ne sert qu’à trouver votre académie.',
  'privacy.link': 'Lire la politique de confidentialité',
};

export type WelcomeStringKey = keyof typeof fr;

export const welcomeStrings: Dictionary<WelcomeStringKey> = {
  fr,
  en: {
    title: 'Welcome to Compagnon Apps Édu',
    unofficial:
      'An unofficial extension for French Éducation nationale staff who use apps.education.fr. It is neither published nor endorsed by the ministry.',
    'does.heading': 'What it does',
    'does.services': 'Your academy’s services in one click, from the toolbar.',
    'does.share': 'Share a Nuage document with a colleague: the ID to paste, without looking for it.',
    'does.signin': 'A warning when you sign in through another academy’s desk.',
    'does.faq': 'The platform’s FAQ, readable even offline.',
    'pin.heading': '1. Pin the icon',
    'pin.chrome':
      'Click the extensions icon (the puzzle piece) right of the address bar, then the pin next to “Compagnon Apps Édu”.',
    'pin.firefox':
      'Click the extensions button (the puzzle piece) right of the address bar, then the gear next to “Compagnon Apps Édu” and “Pin to Toolbar”.',
    'shortcut.heading': '2. Or open it from the keyboard',
    'shortcut.before': 'The shortcut',
    'shortcut.after': 'opens the extension’s window.',
    'shortcut.none':
      'The planned shortcut, {suggested}, is not active in this browser (it may already be taken): pick one.',
    'shortcut.change': 'To change it: {page}.',
    'shortcut.changeChrome': 'type chrome://extensions/shortcuts in the address bar',
    'shortcut.changeFirefox': 'about:addons, gear icon, “Manage Extension Shortcuts”',
    'address.heading': '3. Enter your academic address',
    'address.skip': 'Skip this step',
    'address.skipped':
      'Step skipped: you will enter your address or academy the first time you open the extension.',
    'address.saved': 'Noted: {academy}. Open the extension to see your services.',
    'privacy.heading': 'Privacy',
    'privacy.text':
      'Everything stays on this computer: no account, no statistics, no network request until you set a data source yourself in the options. Your address is only used to find your academy.',
    'privacy.link': 'Read the privacy policy',
  },
};
