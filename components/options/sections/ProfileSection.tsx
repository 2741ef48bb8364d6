import { useEffect, useId, useState } from 'preact/hooks';
import { profileAcademy } from '@/lib/catalogue/catalogue';
import type { Lang } from '@/lib/i18n';
import type { HostData } from '@/lib/platform/schemas';
import type { Settings } from '@/lib/settings/settings';
import { AcademySelect } from '@/components/ui/AcademySelect';
import { AddressField } from '@/components/ui/AddressField';
import { useAnnouncement } from '@/components/ui/announce';
import { checkAddress, pickedAcademy } from '@/components/ui/profile-form';
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

/** The staff address (optional) and the academy. */
export function ProfileSection({ t, lang, settings, client, hostData }: ProfileSectionProps) {
  const id = useId();
  const current = profileAcademy(settings.profile, hostData);
  const [address, setAddress] = useState(settings.profile.address ?? '');
  const [academyId, setAcademyId] = useState(current?.id ?? '');
  const [error, setError] = useState('');
  const [status, setStatus] = useAnnouncement();
  // Another page (the popup) changed the profile: show it.
  useEffect(() => {
    setAddress(settings.profile.address ?? '');
    setAcademyId(profileAcademy(settings.profile, hostData)?.id ?? '');
  }, [settings.profile.address, settings.profile.academyId]);

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    const checked = checkAddress(address, hostData);
    if (!checked.ok && checked.code === 'not-staff') {
      return setError(t('profile.notStaff', { address: checked.address }));
    }
    const academy = pickedAcademy(academyId, hostData);
    if (!academy) return setError(t('profile.needAcademy'));
    setError('');
    const saved = await client.updateSettings({
      profile: checked.ok ? { address: checked.address, academyId: academy.id } : { academyId: academy.id },
    });
    setStatus(t('profile.saved', { academy: profileAcademy(saved.profile, hostData)?.name ?? academy.name }));
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
            const checked = checkAddress(value, hostData);
            if (checked.ok) setAcademyId(checked.academy.id);
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
        <button type="submit" class="btn">
          {t('profile.save')}
        </button>
        <StatusLine message={status} />
      </form>
    </Section>
  );
}
