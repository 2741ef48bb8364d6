import supportJson from '../../assets/data/support.json';
import type { Lang } from '../i18n';

/** A help page: the academy's support, or the platform's own help when none is verified. */
export interface HelpLink {
  url: string;
  name: string;
}

interface SupportData {
  platformHelp: { url: string; name: { fr: string; en: string } };
}

/** assets/data/support.json, as bundled (checked by tests/unit/platform/support.test.ts). */
export const bundledSupport: SupportData = supportJson as SupportData;

/** The platform's help page (portail.apps.education.fr/help), the fallback of every academy. */
export function platformHelp(lang: Lang, data: SupportData = bundledSupport): HelpLink {
  return { url: data.platformHelp.url, name: data.platformHelp.name[lang] };
}
