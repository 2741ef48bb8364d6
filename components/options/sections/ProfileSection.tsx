import { useEffect, useId, useState } from 'preact/hooks';
import { profileAcademy } from '@/lib/catalogue/catalogue';
import type { Lang } from '@/lib/i18n';
import type { Academy, HostData } from '@/lib/platform/schemas';
import type { Settings } from '@/lib/settings/settings';
import { AcademySelect } from '@/components/ui/AcademySelect';
import { AddressField } from '@/components/ui/AddressField';
import { AddressSuggestion } from '@/components/ui/AddressSuggestion';
import { useAnnouncement } from '@/components/ui/announce';
import { addressProblem, checkAddress, pickedAcademy } from '@/components/ui/profile-form';
import type { AddressCheck } from '@/components/ui/profile-form';
import { Section } from '@/components/ui/Section';
import { FieldError } from '@/components/ui/FieldError';
import { StatusLine } from '@/components/ui/StatusLine';
import type { OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export interface ProfileSectionProps {
  t: OptionsTranslate;
  lang: Lang;
  settings: Settings;
  client: OptionsClient;
  hostData: HostData;
}

/** The address's academy and the one picked in the list, when they differ. */
function disagreement(check: AddressCheck, picked: Academy | undefined) {
  return check.ok && picked && check.academy.id !== picked.id
    ? { address: check.address, fromAddress: check.academy, picked }
    : undefined;
}

/**
 * The staff address (optional) and the academy. An address and an academy that disagree are flagged,
 * with both ways out (the address's academy, or keep the one picked): never saved silently.
 */
export function ProfileSection({ t, lang, settings, client, hostData }: ProfileSectionProps) {
  const id = useId();
  const current = profileAcademy(settings.profile, hostData);
  const [address, setAddress] = useState(settings.profile.address ?? '');
  const [academyId, setAcademyId] = useState(current?.id ?? '');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState<AddressCheck | undefined>();
  const [status, setStatus] = useAnnouncement();
  // Another page (the popup) changed the profile: show it.
  useEffect(() => {
    setAddress(settings.profile.address ?? '');
    setAcademyId(profileAcademy(settings.profile, hostData)?.id ?? '');
  }, [settings.profile.address, settings.profile.academyId]);

  const checked = checkAddress(address, hostData);
  const mismatch = disagreement(checked, pickedAcademy(academyId, hostData));
  // Saved like this on purpose earlier (« Garder … »): still said, without asking again.
  const kept =
    mismatch !== undefined &&
    settings.profile.address === mismatch.address &&
    settings.profile.academyId === mismatch.picked.id;
  const suggestion = problem && !problem.ok && problem.code === 'not-staff' ? problem.suggestion : undefined;

  const store = async (profile: Settings['profile'], academy: Academy) => {
    setError('');
    setProblem(undefined);
    const saved = await client.updateSettings({ profile });
    setStatus(t('profile.saved', { academy: profileAcademy(saved.profile, hostData)?.name ?? academy.name }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    if (!checked.ok && checked.code !== 'empty') {
      setProblem(checked);
      return setError(addressProblem(checked, lang));
    }
    const academy = pickedAcademy(academyId, hostData);
    if (!academy) return setError(t('profile.needAcademy'));
    if (mismatch && !kept) return setError(t('profile.mismatchChoose'));
    await store(
      checked.ok ? { address: checked.address, academyId: academy.id } : { academyId: academy.id },
      academy,
    );
  };

  return (
    <Section title={t('profile.heading')} class="options-section">
      <form onSubmit={save} noValidate>
        <AddressField
          label={t('profile.address')}
          hint={t('profile.addressHint')}
          value={address}
          errorId={error ? `${id}-error` : undefined}
          onInput={(value) => {
            setAddress(value);
            const read = checkAddress(value, hostData);
            if (read.ok) setAcademyId(read.academy.id);
          }}
        />
        <AcademySelect
          lang={lang}
          academies={hostData.academies}
          label={t('profile.academy')}
          value={academyId}
          onChange={setAcademyId}
        />
        <FieldError id={`${id}-error`} message={error} />
        {suggestion && (
          <AddressSuggestion
            lang={lang}
            suggestion={suggestion}
            onAccept={(accepted) => {
              setAddress(accepted.address);
              setAcademyId(accepted.academy.id);
              void store({ address: accepted.address, academyId: accepted.academy.id }, accepted.academy);
            }}
          />
        )}
        {mismatch && (
          <div class={`status ${kept ? 'status-ok' : 'status-warn'} mismatch`} data-testid="profile-mismatch">
            <p>
              {t(kept ? 'profile.mismatchKept' : 'profile.mismatch', {
                address: mismatch.address,
                fromAddress: mismatch.fromAddress.name,
                picked: mismatch.picked.name,
              })}
            </p>
            <div class="actions">
              <button
                type="button"
                class="btn"
                onClick={() => {
                  setAcademyId(mismatch.fromAddress.id);
                  void store(
                    { address: mismatch.address, academyId: mismatch.fromAddress.id },
                    mismatch.fromAddress,
                  );
                }}
              >
                {t('profile.useAddressAcademy', { academy: mismatch.fromAddress.name })}
              </button>
              {!kept && (
                <button
                  type="button"
                  class="btn btn-secondary"
                  onClick={() =>
                    void store({ address: mismatch.address, academyId: mismatch.picked.id }, mismatch.picked)
                  }
                >
                  {t('profile.keepPicked', { academy: mismatch.picked.name })}
                </button>
              )}
            </div>
          </div>
        )}
        <button type="submit" class="btn">
          {t('profile.save')}
        </button>
        <StatusLine message={status} />
      </form>
    </Section>
  );
}
