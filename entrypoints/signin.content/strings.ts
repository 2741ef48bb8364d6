import { createTranslator, type Dictionary, type Lang } from '@/lib/i18n';
import type { Academy } from '@/lib/platform/schemas';
import type { SignInWarning } from '@/lib/signin/signin';

/** Strings of the sign-in warning banner (content script), French first. */
export type SignInStringKey =
  | 'source'
  | 'wrongTitle'
  | 'wrongText'
  | 'goTo'
  | 'notStaffTitle'
  | 'notStaffText'
  | 'formTitle'
  | 'formText'
  | 'continue'
  | 'dismissSite'
  | 'academy'
  | 'deskHintTitle'
  | 'deskHintText'
  | 'deskGo'
  | 'deskWarnTitle'
  | 'deskWarnText'
  | 'deskGoTo';

export const signInStrings: Dictionary<SignInStringKey> = {
  fr: {
    source: 'Compagnon Apps Édu (extension)',
    wrongTitle: "Ce n'est pas l'instance de votre académie",
    wrongText:
      "Vous êtes sur l'instance de la plateforme pour «\u00a0{page}\u00a0», mais votre adresse @{domain} " +
      'relève de «\u00a0{expected}\u00a0». ' +
      "Il n'est pas possible de créer un compte ni de se connecter sur l'instance d'une autre académie.",
    goTo: "Aller sur l'instance {of}",
    notStaffTitle: "Cette adresse n'est pas une adresse professionnelle",
    notStaffText:
      "Les comptes sont réservés aux personnels de l'Éducation nationale : utilisez votre adresse " +
      'académique (@ac-….fr, .pf, .nc, .wf) ou @education.gouv.fr. Les élèves ne peuvent pas créer de compte.',
    formTitle: 'Vérifiez la forme de votre adresse',
    formText:
      'Les adresses professionnelles sont en général de la forme prenom.nom@{domain} (prenom.nom2 pour ' +
      'les homonymes, ce.<UAI> pour les établissements). Sinon, le courriel de validation risque de ne pas arriver.',
    continue: 'Continuer quand même',
    dismissSite: 'Ne plus avertir pour ce site',
    academy: 'académie {of}',
    deskHintTitle: 'Votre académie\u00a0: {name}',
    deskHintText: 'Choisissez son guichet\u00a0: vos identifiants académiques ne fonctionnent que là.',
    deskGo: 'Continuer avec {name}',
    deskWarnTitle: "Ce n'est pas le guichet de votre académie",
    deskWarnText:
      'Vous avez choisi «\u00a0{chosen}\u00a0», mais votre profil indique «\u00a0{expected}\u00a0». ' +
      "Vos identifiants ne fonctionneront pas sur le guichet d'une autre académie.",
    deskGoTo: 'Aller au guichet {of}',
  },
  en: {
    source: 'Compagnon Apps Édu (extension)',
    wrongTitle: "This is not your academy's instance",
    wrongText:
      'This page is the instance of “{page}”, but your address @{domain} belongs to “{expected}”. ' +
      "You cannot create an account or sign in on another academy's instance.",
    goTo: 'Go to the instance of {name}',
    notStaffTitle: 'This is not a staff address',
    notStaffText:
      'Accounts are for Éducation nationale staff only: use your academic address (@ac-….fr, .pf, .nc, ' +
      '.wf) or @education.gouv.fr. Pupils cannot create an account.',
    formTitle: 'Check the form of your address',
    formText:
      'Staff addresses usually look like prenom.nom@{domain} (prenom.nom2 for namesakes, ce.<UAI> for ' +
      'schools). Otherwise the confirmation e-mail may never arrive.',
    continue: 'Continue anyway',
    dismissSite: "Don't warn me on this site",
    academy: '{name} academy',
    deskHintTitle: 'Your academy: {name}',
    deskHintText: 'Choose its sign-in desk: your academic credentials only work there.',
    deskGo: 'Continue with {name}',
    deskWarnTitle: "This is not your academy's sign-in desk",
    deskWarnText:
      'You chose “{chosen}”, but your profile says “{expected}”. ' +
      "Your credentials will not work on another academy's desk.",
    deskGoTo: 'Go to the {name} desk',
  },
};

/** "de Créteil", "d'Aix-Marseille": French elision before a vowel. */
export function frenchOf(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** An academy in plain words: "académie de Créteil", "Nouvelle-Calédonie", "Administration centrale". */
export function academyLabel(academy: Academy, lang: Lang): string {
  if (academy.kind !== 'academie') return academy.name;
  const template = signInStrings[lang].academy;
  return template.replace('{of}', frenchOf(academy.name)).replace('{name}', academy.name);
}

/** The academies of an instance in plain words; the shared overseas instance lists its territories. */
export function instanceLabel(academies: readonly Academy[], lang: Lang): string {
  const only = academies.length === 1 ? academies[0] : undefined;
  return only ? academyLabel(only, lang) : academies.map((a) => a.name).join(', ');
}

/** The end of "Aller sur l'instance …": "de Créteil", "de l'administration centrale". */
export function instanceOf(academy: Academy): string {
  return academy.kind === 'administration'
    ? `de l'${academy.name.charAt(0).toLowerCase()}${academy.name.slice(1)}`
    : frenchOf(academy.name);
}

/** The banner's texts for a warning. `domain` is the address's domain, already lower-cased. */
export interface WarningText {
  title: string;
  text: string;
  /** The label of the link to the right instance, when there is one. */
  goTo?: string;
}

export function describeWarning(warning: SignInWarning, domain: string, lang: Lang): WarningText {
  const t = createTranslator(signInStrings, lang);
  const { expected } = warning;
  switch (warning.kind) {
    case 'wrong-academy':
      return {
        title: t('wrongTitle'),
        text: t('wrongText', {
          page: instanceLabel(warning.instance.academies ?? [], lang),
          domain,
          expected: expected ? academyLabel(expected, lang) : '',
        }),
        ...(warning.suggestedUrl && expected
          ? { goTo: t('goTo', { of: instanceOf(expected), name: expected.name }) }
          : {}),
      };
    case 'not-staff-address':
      return { title: t('notStaffTitle'), text: t('notStaffText') };
    case 'address-form':
      return { title: t('formTitle'), text: t('formText', { domain }) };
  }
}
