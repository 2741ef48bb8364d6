import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { academyForAddress } from '@/lib/platform/academies';
import { profileAcademy } from '@/lib/catalogue/catalogue';
import { bundledHostData } from '@/lib/platform/hosts';
import { createTranslator } from '@/lib/i18n';
import type { Lang, Translate } from '@/lib/i18n';
import { managedSettings } from '@/lib/settings/policy';
import type { ManagedSetting } from '@/lib/settings/policy';
import type { PageState } from '@/lib/settings/reader';
import type { HostData } from '@/lib/platform/schemas';
import { serializeSettings } from '@/lib/settings/file';
import { isValidSettingValue } from '@/lib/settings/settings';
import type { Settings } from '@/lib/settings/settings';
import { AcademySelect } from '../ui/AcademySelect';
import { AddressField } from '../ui/AddressField';
import type { OptionsClient } from './client';
import { RescueSection } from './RescueSection';
import { optionsStrings } from './strings';
import type { OptionsStringKey } from './strings';
import { useAnnouncement } from '../ui/announce';

export interface OptionsAppProps {
  lang: Lang;
  state: PageState;
  client: OptionsClient;
  hostData?: HostData;
}

type T = Translate<OptionsStringKey>;

export const SETTINGS_FILE_NAME = 'compagnon-apps-edu-reglages.json';

/** The options page: profile, platform, display, data sources, "ne plus avertir" sites, backup. */
export function OptionsApp({ lang, state, client, hostData = bundledHostData }: OptionsAppProps) {
  const t = createTranslator(optionsStrings, lang);
  const locked = new Set<ManagedSetting>(managedSettings(state.policy));
  const user = state.userSettings;
  return (
    <main class="options">
      <h1>{t('page.heading')}</h1>
      <p class="muted">{t('page.intro')}</p>
      {locked.size > 0 && (
        <p class="status status-warn" data-testid="managed-notice">
          {t('managed.notice')}
        </p>
      )}
      <ProfileSection t={t} lang={lang} settings={user} client={client} hostData={hostData} />
      <PlatformSection t={t} state={state} locked={locked.has('platform')} client={client} />
      <DisplaySection t={t} settings={user} client={client} />
      <SourcesSection t={t} lang={lang} state={state} locked={locked} client={client} />
      <RescueSection t={t} settings={user} platform={state.settings.platform} client={client} />
      <DismissedSection t={t} settings={user} client={client} />
      <BackupSection t={t} settings={user} client={client} />
    </main>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="card options-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A polite live region: what was just done, for screen readers too (RGAA 7.5). */
function Status({ message, kind = 'ok' }: { message: string; kind?: 'ok' | 'error' | 'warn' }) {
  return (
    <p role="status" class={message ? `status status-${kind}` : 'visually-hidden'}>
      {message}
    </p>
  );
}

function ManagedBadge({ t }: { t: T }) {
  return <span class="badge managed-badge">{t('managed.badge')}</span>;
}

function ProfileSection(props: {
  t: T;
  lang: Lang;
  settings: Settings;
  client: OptionsClient;
  hostData: HostData;
}) {
  const { t, lang, settings, client, hostData } = props;
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
    const value = address.trim();
    if (value !== '' && !academyForAddress(value, hostData)) {
      return setError(t('profile.notStaff', { address: value }));
    }
    const academy = hostData.academies.find((a) => a.id === academyId);
    if (!academy) return setError(t('profile.needAcademy'));
    setError('');
    const saved = await client.updateSettings({
      profile:
        value === '' ? { academyId: academy.id } : { address: value.toLowerCase(), academyId: academy.id },
    });
    setStatus(t('profile.saved', { academy: profileAcademy(saved.profile, hostData)?.name ?? academy.name }));
  };

  return (
    <Section title={t('profile.heading')}>
      <form onSubmit={save} noValidate>
        <AddressField
          label={t('profile.address')}
          hint={t('profile.addressHint')}
          value={address}
          errorId={error ? `${id}-error` : undefined}
          onInput={(value) => {
            setAddress(value);
            const found = academyForAddress(value.trim(), hostData);
            if (found) setAcademyId(found.id);
          }}
        />
        <AcademySelect
          lang={lang}
          academies={hostData.academies}
          label={t('profile.academy')}
          value={academyId}
          onChange={setAcademyId}
        />
        <p id={`${id}-error`} role="alert" class={error ? 'status status-error' : 'visually-hidden'}>
          {error}
        </p>
        <button type="submit" class="btn">
          {t('profile.save')}
        </button>
        <Status message={status} />
      </form>
    </Section>
  );
}

function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  options: [V, string][];
  disabled?: boolean;
  badge?: ComponentChildren;
  onChange(value: V): void;
}) {
  return (
    <fieldset class="radio-group" disabled={props.disabled}>
      <legend>
        {props.legend} {props.badge}
      </legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="radio">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function PlatformSection({
  t,
  state,
  locked,
  client,
}: {
  t: T;
  state: PageState;
  locked: boolean;
  client: OptionsClient;
}) {
  const [status, setStatus] = useAnnouncement();
  return (
    <Section title={t('platform.heading')}>
      <RadioGroup
        legend={t('platform.legend')}
        name="platform"
        value={state.settings.platform}
        options={[
          ['beta', t('platform.beta')],
          ['national', t('platform.national')],
        ]}
        disabled={locked}
        badge={locked ? <ManagedBadge t={t} /> : null}
        onChange={async (platform) => {
          await client.updateSettings({ platform });
          setStatus(t('saved'));
        }}
      />
      <Status message={status} />
    </Section>
  );
}

function DisplaySection({ t, settings, client }: { t: T; settings: Settings; client: OptionsClient }) {
  const id = useId();
  const [status, setStatus] = useAnnouncement();
  const save = async (patch: Partial<Pick<Settings, 'language' | 'theme'>>) => {
    await client.updateSettings(patch);
    setStatus(t('saved'));
  };
  return (
    <Section title={t('display.heading')}>
      <div class="field">
        <label for={`${id}-language`}>{t('language.label')}</label>
        <select
          id={`${id}-language`}
          data-testid="language"
          value={settings.language}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isValidSettingValue('language', value)) void save({ language: value });
          }}
        >
          <option value="auto">{t('language.auto')}</option>
          <option value="fr" lang="fr">
            {t('language.fr')}
          </option>
          <option value="en" lang="en">
            {t('language.en')}
          </option>
        </select>
      </div>
      <RadioGroup
        legend={t('theme.legend')}
        name="theme"
        value={settings.theme}
        options={[
          ['system', t('theme.system')],
          ['light', t('theme.light')],
          ['dark', t('theme.dark')],
        ]}
        onChange={(theme) => void save({ theme })}
      />
      <Status message={status} />
    </Section>
  );
}

function UrlField(props: {
  t: T;
  label: string;
  hint: string;
  saveLabel: string;
  testId: string;
  value: string | undefined;
  locked: boolean;
  onSave(value: string | undefined): Promise<void>;
  children?: ComponentChildren;
}) {
  const { t } = props;
  const id = useId();
  const [value, setValue] = useState(props.value ?? '');
  const [error, setError] = useState('');
  useEffect(() => setValue(props.value ?? ''), [props.value]);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const trimmed = value.trim();
        if (trimmed !== '' && !isValidSettingValue('catalogueUrl', trimmed))
          return setError(t('catalogue.invalidUrl'));
        setError('');
        await props.onSave(trimmed === '' ? undefined : trimmed);
      }}
    >
      <fieldset class="url-field" disabled={props.locked}>
        <div class="field">
          <label for={`${id}-url`}>
            {props.label} {props.locked && <ManagedBadge t={t} />}
          </label>
          <input
            id={`${id}-url`}
            data-testid={props.testId}
            type="url"
            inputMode="url"
            spellcheck={false}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <span id={`${id}-hint`} class="hint">
            {props.hint}
          </span>
          <p id={`${id}-error`} role="alert" class={error ? 'status status-error' : 'visually-hidden'}>
            {error}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-secondary">
            {props.saveLabel}
          </button>
          {props.children}
        </div>
      </fieldset>
    </form>
  );
}

function SourcesSection(props: {
  t: T;
  lang: Lang;
  state: PageState;
  locked: ReadonlySet<ManagedSetting>;
  client: OptionsClient;
}) {
  const { t, lang, state, locked, client } = props;
  const [status, setStatus] = useAnnouncement();
  const [busy, setBusy] = useState(false);
  const source = state.source;
  const url = state.settings.catalogueUrl;

  const refresh = async (target: string | undefined) => {
    if (!target) return;
    setBusy(true);
    try {
      await client.refreshCatalogue(target);
    } finally {
      setBusy(false);
    }
  };

  let sourceText: string;
  let sourceKind: 'ok' | 'warn' = 'ok';
  if (source.kind === 'bundled') sourceText = t('catalogue.bundled');
  else if (source.error) {
    sourceText = t(`catalogue.error.${source.error}`);
    sourceKind = 'warn';
  } else if (source.kind === 'remote' && source.fetchedAt !== undefined) {
    sourceText = t('catalogue.remote', {
      date: new Date(source.fetchedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR'),
    });
  } else sourceText = t('catalogue.fallback');

  return (
    <Section title={t('sources.heading')}>
      <p class="muted">{t('sources.intro')}</p>
      <UrlField
        t={t}
        label={t('catalogue.label')}
        hint={t('catalogue.hint')}
        saveLabel={t('catalogue.save')}
        testId="catalogue-url"
        value={url}
        locked={locked.has('catalogueUrl')}
        onSave={async (catalogueUrl) => {
          await client.updateSettings({ catalogueUrl });
          setStatus(t('saved'));
          await refresh(catalogueUrl);
        }}
      >
        {url && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => void refresh(url)}>
            {t('catalogue.refresh')}
          </button>
        )}
      </UrlField>
      <p class={`status status-${sourceKind}`} role="status" data-testid="catalogue-source">
        {sourceText}
      </p>
      <UrlField
        t={t}
        label={t('faq.label')}
        hint={t('faq.hint')}
        saveLabel={t('faq.save')}
        testId="faq-url"
        value={state.settings.faqUrl}
        locked={locked.has('faqUrl')}
        onSave={async (faqUrl) => {
          await client.updateSettings({ faqUrl });
          setStatus(t('saved'));
        }}
      />
      <Status message={status} />
    </Section>
  );
}

function DismissedSection({ t, settings, client }: { t: T; settings: Settings; client: OptionsClient }) {
  const [status, setStatus] = useAnnouncement();
  const sites = settings.dismissedSites;
  return (
    <Section title={t('dismissed.heading')}>
      <p class="muted">{t('dismissed.intro')}</p>
      {sites.length === 0 ? (
        <p>{t('dismissed.empty')}</p>
      ) : (
        <ul class="dismissed-list" data-testid="dismissed-sites">
          {sites.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={async () => {
                  await client.updateSettings({ dismissedSites: sites.filter((h) => h !== host) });
                  setStatus(t('dismissed.removed', { host }));
                }}
              >
                {t('dismissed.remove', { host })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
    </Section>
  );
}

function BackupSection({ t, settings, client }: { t: T; settings: Settings; client: OptionsClient }) {
  const id = useId();
  const [status, setStatus] = useState<{ message: string; kind: 'ok' | 'error' }>({
    message: '',
    kind: 'ok',
  });
  const [confirming, setConfirming] = useState(false);

  return (
    <Section title={t('backup.heading')}>
      <div class="actions">
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            client.download(SETTINGS_FILE_NAME, serializeSettings(settings));
            setStatus({ message: t('backup.exported', { file: SETTINGS_FILE_NAME }), kind: 'ok' });
          }}
        >
          {t('backup.export')}
        </button>
      </div>
      <div class="field import-field">
        <label for={`${id}-import`}>{t('backup.import')}</label>
        <input
          id={`${id}-import`}
          data-testid="settings-import"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-import-hint`}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const result = await client.importSettings(await file.text());
            input.value = '';
            setStatus(
              result.ok
                ? { message: t('backup.imported'), kind: 'ok' }
                : {
                    message: t('backup.importError', { errors: result.errors.slice(0, 3).join(' ; ') }),
                    kind: 'error',
                  },
            );
          }}
        />
        <span id={`${id}-import-hint`} class="hint">
          {t('backup.importHint')}
        </span>
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby={`${id}-reset-question`}>
          <p id={`${id}-reset-question`}>{t('backup.resetQuestion')}</p>
          <div class="actions">
            <button
              type="button"
              class="btn btn-danger"
              onClick={async () => {
                await client.resetSettings();
                setConfirming(false);
                setStatus({ message: t('backup.resetDone'), kind: 'ok' });
              }}
            >
              {t('backup.resetConfirm')}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t('backup.resetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
          {t('backup.reset')}
        </button>
      )}
      <Status message={status.message} kind={status.kind} />
    </Section>
  );
}
