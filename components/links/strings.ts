import type { Dictionary } from '@/lib/i18n';

/** Strings of « Convertir un lien » (popup tab, issue 18), French first; the context menu's: lib/links/notice.ts. */
const fr = {
  heading: 'Convertir un lien',
  intro:
    'Collez un lien de partage Nuage, une vidéo Tube ou PodEduc, ou une note CodiMD : l’extension donne les formes à coller dans l’ENT ou Moodle.',
  inputLabel: 'Lien à convertir',
  inputHint:
    'Par exemple https://nuage03.apps.education.fr/s/… ou https://tube-cycle-3.apps.education.fr/w/…',
  results: 'Formes du lien',
  copy: 'Copier',
  copied: 'Copié ✓',
  copySuffix: '({label})',
  copiedStatus: 'Copié : {label}.',
  copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le avec Ctrl+C.',
  inferred: 'forme supposée, non vérifiée',
  iframeTitle: 'Vidéo',
  'kind.nuage-share': 'Lien de partage Nuage',
  'kind.tube-video': 'Vidéo Tube',
  'kind.tube-playlist': 'Liste de lecture Tube',
  'kind.podeduc-video': 'Vidéo PodEduc',
  'kind.codimd-note': 'Note CodiMD',
  'kind.codimd-published': 'Note CodiMD publiée',
  'form.download': 'Téléchargement direct',
  'form.webdav': 'Adresse WebDAV publique',
  'form.webdav-user': 'Nom d’utilisateur WebDAV (mot de passe : vide, ou celui du partage)',
  'form.dav': 'Adresse WebDAV publique (Nextcloud 29 et plus, sans nom d’utilisateur)',
  'form.embed-url': 'Adresse à intégrer',
  'form.iframe': 'Code d’intégration (iframe)',
  'form.publish': 'Vue publiée (lecture seule)',
  'form.published': 'Vue publiée',
  'error.empty': '',
  'error.not-a-url': 'Ce n’est pas une adresse web complète (https://…).',
  'error.not-https': 'Les liens de la plateforme commencent par https:// : celui-ci commence par http://.',
  'error.credentials':
    'Ce lien contient un nom d’utilisateur avant le serveur : ce n’est pas un lien de la plateforme.',
  'error.port': 'Ce lien précise un port : ce n’est pas un lien de la plateforme.',
  'error.platform-2020':
    'Ce lien date de la plateforme de 2020 (.beta.education.fr), fermée en 2021 : il ne fonctionne plus.',
  'error.foreign-host': 'Ce lien n’est pas sur un serveur de la plateforme nationale (apps.education.fr).',
  'error.unsupported-service': 'Les liens de ce service n’ont pas d’autre forme à proposer.',
  'error.unsupported-path': 'Ce n’est pas un lien de partage, de vidéo ou de note reconnu sur ce service.',
} as const;

export type LinksStringKey = keyof typeof fr;

export const linksStrings: Dictionary<LinksStringKey> = {
  fr,
  en: {
    heading: 'Convert a link',
    intro:
      'Paste a Nuage share link, a Tube or PodEduc video, or a CodiMD note: the extension gives the forms to paste into the ENT or Moodle.',
    inputLabel: 'Link to convert',
    inputHint:
      'For example https://nuage03.apps.education.fr/s/… or https://tube-cycle-3.apps.education.fr/w/…',
    results: 'Forms of the link',
    copy: 'Copy',
    copied: 'Copied ✓',
    copySuffix: '({label})',
    copiedStatus: 'Copied: {label}.',
    copyFailed: 'Copying failed: select the text and copy it with Ctrl+C.',
    inferred: 'assumed form, not verified',
    iframeTitle: 'Video',
    'kind.nuage-share': 'Nuage share link',
    'kind.tube-video': 'Tube video',
    'kind.tube-playlist': 'Tube playlist',
    'kind.podeduc-video': 'PodEduc video',
    'kind.codimd-note': 'CodiMD note',
    'kind.codimd-published': 'Published CodiMD note',
    'form.download': 'Direct download',
    'form.webdav': 'Public WebDAV address',
    'form.webdav-user': 'WebDAV user name (password: empty, or the share’s)',
    'form.dav': 'Public WebDAV address (Nextcloud 29 and later, no user name)',
    'form.embed-url': 'Address to embed',
    'form.iframe': 'Embed code (iframe)',
    'form.publish': 'Published view (read only)',
    'form.published': 'Published view',
    'error.empty': '',
    'error.not-a-url': 'This is not a complete web address (https://…).',
    'error.not-https': 'Platform links start with https://: this one starts with http://.',
    'error.credentials': 'This link has a user name before the server: it is not a platform link.',
    'error.port': 'This link names a port: it is not a platform link.',
    'error.platform-2020':
      'This link is from the 2020 platform (.beta.education.fr), closed in 2021: it no longer works.',
    'error.foreign-host': 'This link is not on a server of the national platform (apps.education.fr).',
    'error.unsupported-service': 'Links of this service have no other form to offer.',
    'error.unsupported-path': 'This is not a share, video or note link recognised on this service.',
  },
};
