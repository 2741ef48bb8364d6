import type { Dictionary, Lang } from '@/lib/i18n';
import { createTranslator } from '@/lib/i18n';
import type { Academy, AcademyKind } from '@/lib/platform/schemas';

/**
 * The right word for each kind of entry (academies.json `kind`): « Académie : Grenoble »,
 * « Vice-rectorat : Nouvelle-Calédonie », « Territoire : Saint-Pierre-et-Miquelon », and the central
 * administration by its own name (it is not an academy). The names stay French: they are proper names.
 */
const fr = {
  academie: 'Académie : {name}',
  'vice-rectorat': 'Vice-rectorat : {name}',
  territoire: 'Territoire : {name}',
  administration: '{name} du ministère',
} satisfies Record<AcademyKind, string>;

const words: Dictionary<AcademyKind> = {
  fr,
  en: {
    academie: 'Academy: {name}',
    'vice-rectorat': 'Vice-rectorate: {name}',
    territoire: 'Territory: {name}',
    administration: '{name} (ministry)',
  },
};

export function academyTitle(academy: Pick<Academy, 'kind' | 'name'>, lang: Lang): string {
  return createTranslator(words, lang)(academy.kind, { name: academy.name });
}
