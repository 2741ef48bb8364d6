import type { Dictionary } from '@/lib/i18n';

/** Strings of the rescue page of dead 2020 links (issue 18), French first. */
const fr = {
  'page.title': 'Lien de la plateforme de 2020 — Compagnon Apps Édu',
  heading: 'Ce lien mène à l’ancienne plateforme de 2020',
  intro:
    'Il pointe vers {service} de la plateforme apps.education.fr de 2020 («\u00a0beta\u00a0»), instance\u00a0: {academy}.',
  closed:
    'Cette plateforme a fermé en {year} : ses adresses en .beta.education.fr ne répondent plus. Le service est passé sur la plateforme nationale.',
  oldLink: 'Lien d’origine',
  copy: 'Copier le lien d’origine',
  copied: 'Lien d’origine copié : envoyez-le à la personne qui l’a partagé pour qu’elle le remplace.',
  copyFailed: 'La copie a échoué : sélectionnez le lien et copiez-le avec Ctrl+C.',
  todayHeading: 'Où le trouver aujourd’hui',
  'service.portal': 'le portail (« La Boîte »)',
  'service.nextcloud': 'Nuage (Nextcloud)',
  'service.peertube': 'les vidéos (PeerTube)',
  'service.codimd': 'CodiMD',
  'service.blog': 'les blogs',
  'service.pads': 'les pads (Etherpad)',
  'service.forum': 'le forum (Discourse)',
  'open.portal': 'Ouvrir le portail',
  'open.nextcloud': 'Ouvrir Mon Nuage',
  'open.peertube': 'Ouvrir le portail des vidéos',
  'open.codimd': 'Ouvrir CodiMD',
  'open.blog': 'Ouvrir les blogs',
  'today.nuage': 'nuage.apps.education.fr vous conduit à votre propre serveur Nuage.',
  'today.nuagePersonal': 'Votre serveur Nuage, mémorisé par l’extension : {host}.',
  'today.search': 'Chercher « {terms} » sur tubes.apps.education.fr',
  'today.searchHint':
    'Une vidéo republiée sur la plateforme nationale a une nouvelle adresse ; la recherche la retrouve si son nom ou son identifiant n’a pas changé.',
  'today.gone': 'Il n’existe pas aujourd’hui d’équivalent national pour {service}.',
  'today.ask':
    'Les liens de 2020 ne fonctionneront plus : demandez à la personne qui a partagé ce lien de vous en donner un nouveau.',
  'unknown.heading': 'Lien non reconnu',
  'unknown.body':
    'Cette page explique les liens de l’ancienne plateforme de 2020 (adresses en .beta.education.fr). L’adresse reçue n’en est pas une : rien n’a été ouvert.',
  back: 'Page précédente',
  options: 'Options de l’extension',
  footer:
    'Page affichée par l’extension non officielle Compagnon Apps Édu, sans connexion au réseau : le lien n’a été envoyé nulle part. Ce remplacement se désactive dans les options.',
} as const;

export type RescueStringKey = keyof typeof fr;

export const rescueStrings: Dictionary<RescueStringKey> = {
  fr,
  en: {
    'page.title': 'Link to the 2020 platform — Compagnon Apps Édu',
    heading: 'This link leads to the old 2020 platform',
    intro: 'It points to {service} of the 2020 apps.education.fr platform (“beta”), instance: {academy}.',
    closed:
      'That platform closed in {year}: its .beta.education.fr addresses no longer answer. The service moved to the national platform.',
    oldLink: 'Original link',
    copy: 'Copy the original link',
    copied: 'Original link copied: send it to whoever shared it so they can replace it.',
    copyFailed: 'Copying failed: select the link and copy it with Ctrl+C.',
    todayHeading: 'Where to find it today',
    'service.portal': 'the portal (“La Boîte”)',
    'service.nextcloud': 'Nuage (Nextcloud)',
    'service.peertube': 'the videos (PeerTube)',
    'service.codimd': 'CodiMD',
    'service.blog': 'the blogs',
    'service.pads': 'the pads (Etherpad)',
    'service.forum': 'the forum (Discourse)',
    'open.portal': 'Open the portal',
    'open.nextcloud': 'Open My Nuage',
    'open.peertube': 'Open the video portal',
    'open.codimd': 'Open CodiMD',
    'open.blog': 'Open the blogs',
    'today.nuage': 'nuage.apps.education.fr takes you to your own Nuage server.',
    'today.nuagePersonal': 'Your Nuage server, remembered by the extension: {host}.',
    'today.search': 'Search for “{terms}” on tubes.apps.education.fr',
    'today.searchHint':
      'A video published again on the national platform has a new address; the search finds it if its name or ID did not change.',
    'today.gone': 'There is no national equivalent of {service} today.',
    'today.ask': '2020 links will not work again: ask whoever shared this link for a new one.',
    'unknown.heading': 'Link not recognised',
    'unknown.body':
      'This page explains links of the old 2020 platform (.beta.education.fr addresses). The address it was given is not one: nothing was opened.',
    back: 'Previous page',
    options: 'Extension options',
    footer:
      'Shown by the unofficial Compagnon Apps Édu extension, without any network connection: the link was sent nowhere. This replacement can be turned off in the options.',
  },
};
