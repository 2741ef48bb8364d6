import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import { bundledHostData } from '@/lib/platform/hosts';
import type { HostData } from '@/lib/platform/schemas';
import type { Settings } from '@/lib/settings/settings';
import { AcademySelect } from '@/components/ui/AcademySelect';
import { AddressField } from '@/components/ui/AddressField';
import { AddressSuggestion } from '@/components/ui/AddressSuggestion';
import { addressProblem, checkAddress, pickedAcademy } from '@/components/ui/profile-form';
import type { AddressCheck } from '@/components/ui/profile-form';
import { FieldError } from '@/components/ui/FieldError';
import { firstRunStrings } from './first-run-strings';

export interface FirstRunProps {
  lang: Lang;
  /** Academies and their domains (default: the bundled data). */
  hostData?: HostData;
  /** The current profile, when the user edits it. */
  profile?: Settings['profile'];
  onSave(profile: Settings['profile']): Promise<void>;
  /** Editing an existing profile: titled « Changer d'adresse… », with Cancel (and Escape). */
  onCancel?(): void;
  /** Another heading (the welcome page has its own « Bienvenue »). */
  heading?: string;
  /** The address field takes the focus on mount (the popup); not in a longer page. */
  autoFocus?: boolean;
}

/** `save` calls `onSave`; `busy` is true meanwhile (both buttons are then disabled). */
function useBusy(onSave: (profile: Settings['profile']) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const save = async (profile: Settings['profile']) => {
    setBusy(true);
    try {
      await onSave(profile);
    } finally {
      setBusy(false);
    }
  };
  return [busy, save] as const;
}

/**
 * No profile yet: the staff address (the academy is derived from its domain), or the academy picked
 * from a list. Stored locally only. With `onCancel`, the same form changes the profile: no welcome,
 * Escape cancels (without closing the popup).
 */
export function FirstRun(props: FirstRunProps) {
  const { lang, hostData = bundledHostData, profile, onSave, onCancel, autoFocus = true } = props;
  const academies = hostData.academies;
  const t = createTranslator(firstRunStrings, lang);
  const id = useId();
  const [address, setAddress] = useState(profile?.address ?? '');
  const [academyId, setAcademyId] = useState(profile?.academyId ?? '');
  const [addressCheck, setAddressCheck] = useState<AddressCheck | undefined>();
  const addressError = addressCheck ? addressProblem(addressCheck, lang) : '';
  const suggestion =
    addressCheck && !addressCheck.ok && addressCheck.code === 'not-staff'
      ? addressCheck.suggestion
      : undefined;
  const [academyError, setAcademyError] = useState('');
  const [busy, save] = useBusy(onSave);
  const addressRef = useRef<HTMLInputElement>(null);
  // The popup opens on this form the first time: the address field takes the focus.
  useEffect(() => {
    if (autoFocus) addressRef.current?.focus();
  }, []);

  const submitAddress = async (event: Event) => {
    event.preventDefault();
    const checked = checkAddress(address, hostData);
    if (!checked.ok) return setAddressCheck(checked);
    setAddressCheck(undefined);
    await save({ address: checked.address, academyId: checked.academy.id });
  };

  const submitAcademy = async (event: Event) => {
    event.preventDefault();
    if (!pickedAcademy(academyId, hostData)) return setAcademyError(t('firstRun.pickAcademy'));
    setAcademyError('');
    await save({ academyId });
  };

  const editing = onCancel !== undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !onCancel) return;
    // Here, not in the browser: Escape would close the whole popup.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <section class="first-run" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-heading`}>
        {props.heading ?? t(editing ? 'firstRun.editHeading' : 'firstRun.heading')}
      </h2>
      <p>{t(editing ? 'firstRun.editIntro' : 'firstRun.intro')}</p>
      <form onSubmit={submitAddress} noValidate>
        <AddressField
          label={t('firstRun.address')}
          hint={t('firstRun.addressHint')}
          value={address}
          errorId={addressError ? `${id}-address-error` : undefined}
          inputRef={addressRef}
          onInput={setAddress}
        >
          <FieldError id={`${id}-address-error`} message={addressError} />
          {suggestion && (
            <AddressSuggestion
              lang={lang}
              suggestion={suggestion}
              onAccept={(accepted) => {
                setAddress(accepted.address);
                setAddressCheck(undefined);
                void save({ address: accepted.address, academyId: accepted.academy.id });
              }}
            />
          )}
        </AddressField>
        <button type="submit" class="btn" disabled={busy}>
          {t('firstRun.submit')}
        </button>
      </form>
      <p class="first-run-or" aria-hidden="true">
        {t('firstRun.or')}
      </p>
      <form onSubmit={submitAcademy} noValidate>
        <AcademySelect
          lang={lang}
          academies={academies}
          label={t('firstRun.academy')}
          value={academyId}
          error={academyError}
          onChange={setAcademyId}
        />
        <div class="actions">
          <button type="submit" class="btn btn-secondary" disabled={busy}>
            {t('firstRun.choose')}
          </button>
          {onCancel && (
            <button type="button" class="btn btn-secondary" onClick={onCancel}>
              {t('firstRun.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
