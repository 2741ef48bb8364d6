import { createTranslator, type Dictionary, type Lang } from '../i18n';
import type { LinkConversion, LinkForm } from './convert';

/**
 * The words of the context menu « Copier la forme à intégrer » and of its notification (issue 18).
 * Here rather than in components/links/: the background, which shows them, imports no components
 * (as lib/share/share.ts does for the share menu).
 */
const fr = {
  'menu.title': 'Copier la forme à intégrer (Compagnon)',
  'notice.copied': '{form} copié',
  'notice.more': 'Les autres formes : popup, onglet « Partager », « Convertir un lien ».',
  'notice.failed': 'Rien n’a été copié',
  'notice.copyFailed': 'Le presse-papiers a refusé la copie.',
  'form.download': 'Lien de téléchargement direct',
  'form.iframe': 'Code d’intégration',
  'form.publish': 'Lien de la vue publiée',
  'form.published': 'Lien de la vue publiée',
  'form.other': 'Lien',
  'error.not-a-url': 'Ce lien n’est pas une adresse web complète.',
  'error.platform-2020': 'Ce lien date de la plateforme de 2020, fermée en 2021.',
  'error.other': 'Ce lien n’est pas un partage Nuage, une vidéo Tube ou PodEduc, ni une note CodiMD.',
} as const;
type Key = keyof typeof fr;

export const linkNoticeStrings: Dictionary<Key> = {
  fr,
  en: {
    'menu.title': 'Copy the form to embed (Compagnon)',
    'notice.copied': '{form} copied',
    'notice.more': 'The other forms: popup, “Share” tab, “Convert a link”.',
    'notice.failed': 'Nothing was copied',
    'notice.copyFailed': 'The clipboard refused the copy.',
    'form.download': 'Direct download link',
    'form.iframe': 'Embed code',
    'form.publish': 'Published view link',
    'form.published': 'Published view link',
    'form.other': 'Link',
    'error.not-a-url': 'This link is not a complete web address.',
    'error.platform-2020': 'This link is from the 2020 platform, closed in 2021.',
    'error.other': 'This link is not a Nuage share, a Tube or PodEduc video, or a CodiMD note.',
  },
};

export interface LinkNotice {
  ok: boolean;
  title: string;
  message: string;
}

export function linkMenuTitle(lang: Lang): string {
  return linkNoticeStrings[lang]['menu.title'];
}

/** The notification after a click: what was copied, or why nothing was. */
export function linkNotice(
  conversion: LinkConversion,
  form: LinkForm | undefined,
  copied: boolean,
  lang: Lang,
): LinkNotice {
  const t = createTranslator(linkNoticeStrings, lang);
  if (!conversion.ok) {
    const reason =
      conversion.code === 'not-a-url' || conversion.code === 'platform-2020'
        ? t(`error.${conversion.code}`)
        : t('error.other');
    return { ok: false, title: t('notice.failed'), message: reason };
  }
  if (!form || !copied) return { ok: false, title: t('notice.failed'), message: t('notice.copyFailed') };
  const known = ['download', 'iframe', 'publish', 'published'] as const;
  const label = (known as readonly string[]).includes(form.id)
    ? t(`form.${form.id as (typeof known)[number]}`)
    : t('form.other');
  return {
    ok: true,
    title: t('notice.copied', { form: label }),
    message: `${form.value}\n${t('notice.more')}`,
  };
}
