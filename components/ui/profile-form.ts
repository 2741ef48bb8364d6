import { createTranslator } from '@/lib/i18n';
import type { Dictionary, Lang } from '@/lib/i18n';
import { readStaffAddress } from '@/lib/platform/staff-address';
import type { StaffAddressReading } from '@/lib/platform/staff-address';
import type { Academy, HostData } from '@/lib/platform/schemas';

/**
 * The typed staff address, read the same way by the first-run form and the options page (with the
 * share tab's parser: lib/platform/staff-address.ts), and the words for what is wrong with it.
 */
export type AddressCheck = StaffAddressReading;

export function checkAddress(input: string, hostData: HostData): AddressCheck {
  return readStaffAddress(input, hostData);
}

/** The academy picked in the list ('' or an unknown id: none). */
export function pickedAcademy(id: string, hostData: HostData): Academy | undefined {
  return hostData.academies.find((a) => a.id === id);
}

const fr = {
  empty: 'Saisissez votre adresse académique.',
  'no-address': '« {input} » n’est pas une adresse électronique : saisissez-la en entier (prenom.nom@ac-…).',
  several: 'Plusieurs adresses ont été trouvées ({addresses}) : gardez seulement la vôtre.',
  partial:
    '« {input} » contient plus qu’une adresse ; seule « {found} » pourrait être lue, ce qui la raccourcirait peut-être : gardez seulement votre adresse.',
  'not-staff':
    '« {address} » n’est pas une adresse académique. Les services sont ouverts aux personnels ayant une adresse en @ac-(académie).fr, .pf, .wf, .nc ou @education.gouv.fr.',
  'not-staff-near': '« {address} » n’est pas une adresse académique. Vouliez-vous dire @{domain} ?',
  accept: 'Utiliser {address}',
};

type AddressWordKey = keyof typeof fr;

const words: Dictionary<AddressWordKey> = {
  fr,
  en: {
    empty: 'Enter your academic address.',
    'no-address': '“{input}” is not an e-mail address: enter all of it (firstname.lastname@ac-…).',
    several: 'Several addresses were found ({addresses}): keep only yours.',
    partial:
      '“{input}” holds more than an address; only “{found}” could be read, which might cut it short: keep only your address.',
    'not-staff':
      '“{address}” is not an academic address. The services are open to staff with an @ac-(academy).fr, .pf, .wf, .nc or @education.gouv.fr address.',
    'not-staff-near': '“{address}” is not an academic address. Did you mean @{domain}?',
    accept: 'Use {address}',
  },
};

/** What is wrong with the address, in one sentence (empty when nothing is). */
export function addressProblem(check: AddressCheck, lang: Lang): string {
  const t = createTranslator(words, lang);
  if (check.ok) return '';
  switch (check.code) {
    case 'empty':
      return t('empty');
    case 'no-address':
      return t('no-address', { input: check.input });
    case 'several':
      return t('several', { addresses: check.addresses.join(', ') });
    case 'partial':
      return t('partial', { input: check.input, found: check.found });
    case 'not-staff':
      return check.suggestion
        ? t('not-staff-near', { address: check.address, domain: check.suggestion.domain })
        : t('not-staff', { address: check.address });
  }
}

/** The label of the button that takes the suggested address. */
export const acceptLabel = (address: string, lang: Lang) =>
  createTranslator(words, lang)('accept', { address });
