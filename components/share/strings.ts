import type { Dictionary } from '@/lib/i18n';

/** The words the tab shares with the context menu (errors, which server and why): written once. */
export { describeShareError, hostExplanation } from '@/locales/share';

/** Strings of the popup tab "Partager", French first. */
const fr = {
  intro:
    'Obtenez l’identifiant de partage fédéré (Nuage / Nextcloud) d’un collègue à partir de son adresse académique.',
  inputLabel: 'Adresses de vos collègues',
  inputHint:
    'Collez une adresse ou toute la ligne «\u00a0À\u00a0:\u00a0» d’un courriel. Un identifiant de partage (adresse@serveur) est aussi reconnu.',
  results: 'Résultats',
  copy: 'Copier',
  copySuffix: 'l’identifiant {id}',
  copyAll: 'Tout copier',
  copyAllSuffix: '({count} identifiants, un par ligne)',
  copied: 'Copié : {text}',
  copiedMany: 'Copié : {count} identifiants, un par ligne',
  copyFailed: 'La copie a échoué : sélectionnez l’identifiant et copiez-le avec Ctrl+C.',
  cloudIdTitle: 'Identifiant de partage reconnu',
  cloudIdUser: 'Utilisateur : {user}',
  cloudIdNotStaff:
    '« {user} » n’est pas une adresse académique : vérifiez que c’est bien l’identifiant de votre collègue.',
  rememberCloudIdHost: 'Mémoriser ce serveur pour {user}',
  hostLabel: 'Serveur Nuage de votre collègue',
  hostHint:
    'Par exemple nuage03.apps.education.fr, ou un lien de partage ou l’identifiant de votre collègue : le serveur en est extrait.',
  useHost: 'Utiliser',
  forAddress: '({address})',
  rememberHost: 'Mémoriser pour cette adresse',
  remembered: 'Serveur {host} mémorisé pour {address}.',
  rememberFailed: '« {host} » n’est pas une adresse de serveur Nuage valable : rien n’a été mémorisé.',
  forgetHost: 'Oublier ce serveur',
  forgotten: 'Serveur oublié pour {address}.',
  historyTitle: 'Derniers identifiants partagés',
  historyEmpty: 'Aucun identifiant copié pour l’instant.',
  clearHistory: 'Effacer l’historique',
  historyCleared: 'Historique effacé.',
  platformNational:
    'Plateforme nationale : le serveur Nuage d’un collègue ne se déduit pas de son adresse ; indiquez-le une fois, il sera mémorisé.',
} as const;

type Key = keyof typeof fr;

export const shareStrings: Dictionary<Key> = {
  fr,
  en: {
    intro: 'Get a colleague’s federated share ID (Nuage / Nextcloud) from their academic address.',
    inputLabel: 'Your colleagues’ addresses',
    inputHint:
      'Paste one address or a whole “To:” line of an e-mail. A share ID (address@server) is recognised too.',
    results: 'Results',
    copy: 'Copy',
    copySuffix: 'the ID {id}',
    copyAll: 'Copy all',
    copyAllSuffix: '({count} IDs, one per line)',
    copied: 'Copied: {text}',
    copiedMany: 'Copied: {count} IDs, one per line',
    copyFailed: 'Copying failed: select the ID and copy it with Ctrl+C.',
    cloudIdTitle: 'Share ID recognised',
    cloudIdUser: 'User: {user}',
    cloudIdNotStaff: '“{user}” is not an academic address: check that it really is your colleague’s ID.',
    rememberCloudIdHost: 'Remember this server for {user}',
    hostLabel: 'Your colleague’s Nuage server',
    hostHint:
      'For example nuage03.apps.education.fr, or a share link or your colleague’s ID: the server is taken from it.',
    useHost: 'Use',
    forAddress: '({address})',
    rememberHost: 'Remember for this address',
    remembered: 'Server {host} remembered for {address}.',
    rememberFailed: '“{host}” is not a valid Nuage server address: nothing was remembered.',
    forgetHost: 'Forget this server',
    forgotten: 'Server forgotten for {address}.',
    historyTitle: 'Last shared IDs',
    historyEmpty: 'No ID copied yet.',
    clearHistory: 'Clear history',
    historyCleared: 'History cleared.',
    platformNational:
      'National platform: a colleague’s Nuage server cannot be derived from their address; enter it once, it will be remembered.',
  },
};
