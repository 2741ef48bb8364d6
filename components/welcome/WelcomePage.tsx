import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { PRIVACY_PAGE, SUGGESTED_SHORTCUT } from '@/lib/about';
import type { BrowserFamily } from '@/lib/about';
import { profileAcademy } from '@/lib/catalogue/catalogue';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import { bundledHostData } from '@/lib/platform/hosts';
import type { HostData } from '@/lib/platform/schemas';
import type { Settings } from '@/lib/settings/settings';
import type { FirstRunProps } from '@/components/popup/FirstRun';
import { academyTitle } from '@/components/ui/academy-words';
import { useAnnouncement } from '@/components/ui/announce';
import { StatusLine } from '@/components/ui/StatusLine';
import { welcomeStrings } from './strings';

export interface WelcomePageProps {
  lang: Lang;
  browser: BrowserFamily;
  /** The shortcut bound now to the popup (commands.getAll), or undefined when none is. */
  shortcut: string | undefined;
  settings: Settings;
  hostData?: HostData;
  /** The popup's address form (same reading, same suggestions). */
  FirstRun: ComponentType<FirstRunProps>;
  saveProfile(profile: Settings['profile']): Promise<Settings>;
}

/**
 * Opened once, on install: what the extension does, how to reach it (pin, shortcut), the address
 * (or skip it), the privacy promise. Headings in order, real links and buttons (RGAA 9.1, 7.1).
 */
export function WelcomePage(props: WelcomePageProps) {
  const { lang, browser, shortcut, settings, FirstRun } = props;
  const hostData = props.hostData ?? bundledHostData;
  const t = createTranslator(welcomeStrings, lang);
  const id = useId();
  const [step, setStep] = useState<'form' | 'skipped' | 'saved'>('form');
  const [status, setStatus] = useAnnouncement();
  const privacyRef = useRef<HTMLHeadingElement>(null);
  const academy = profileAcademy(settings.profile, hostData);
  // The form is gone once saved or skipped: the focus goes on to the next section, not to <body>.
  useEffect(() => {
    if (step !== 'form') privacyRef.current?.focus();
  }, [step]);

  return (
    <main class="welcome">
      <h1>{t('title')}</h1>
      <p class="muted">{t('unofficial')}</p>

      <section class="card welcome-section" aria-labelledby={`${id}-does`}>
        <h2 id={`${id}-does`}>{t('does.heading')}</h2>
        <ul>
          <li>{t('does.services')}</li>
          <li>{t('does.share')}</li>
          <li>{t('does.signin')}</li>
          <li>{t('does.faq')}</li>
        </ul>
      </section>

      <section class="card welcome-section" aria-labelledby={`${id}-pin`}>
        <h2 id={`${id}-pin`}>{t('pin.heading')}</h2>
        <p>{t(browser === 'firefox' ? 'pin.firefox' : 'pin.chrome')}</p>
      </section>

      <section class="card welcome-section" aria-labelledby={`${id}-shortcut`} data-testid="welcome-shortcut">
        <h2 id={`${id}-shortcut`}>{t('shortcut.heading')}</h2>
        <p>
          {shortcut ? (
            <>
              {t('shortcut.before')} <kbd>{shortcut}</kbd> {t('shortcut.after')}
            </>
          ) : (
            t('shortcut.none', { suggested: SUGGESTED_SHORTCUT })
          )}{' '}
          {t('shortcut.change', {
            page: t(browser === 'firefox' ? 'shortcut.changeFirefox' : 'shortcut.changeChrome'),
          })}
        </p>
      </section>

      {step === 'form' && !academy ? (
        // The popup's form is its own section, headed « 3. Indiquez votre adresse académique ».
        <div class="card welcome-section" data-testid="welcome-address">
          <FirstRun
            lang={lang}
            hostData={hostData}
            heading={t('address.heading')}
            autoFocus={false}
            onSave={async (profile) => {
              const saved = await props.saveProfile(profile);
              const found = profileAcademy(saved.profile, hostData);
              setStep('saved');
              setStatus(found ? t('address.saved', { academy: academyTitle(found, lang) }) : '');
            }}
          />
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => {
              setStep('skipped');
              setStatus(t('address.skipped'));
            }}
          >
            {t('address.skip')}
          </button>
        </div>
      ) : (
        <section class="card welcome-section" aria-labelledby={`${id}-address`} data-testid="welcome-address">
          <h2 id={`${id}-address`}>{t('address.heading')}</h2>
          {step === 'skipped' ? (
            <p>{t('address.skipped')}</p>
          ) : (
            academy && <p>{t('address.saved', { academy: academyTitle(academy, lang) })}</p>
          )}
        </section>
      )}
      <StatusLine message={status} />

      <section class="card welcome-section" aria-labelledby={`${id}-privacy`}>
        <h2 id={`${id}-privacy`} ref={privacyRef} tabIndex={-1}>
          {t('privacy.heading')}
        </h2>
        <p>{t('privacy.text')}</p>
        <p>
          <a href={PRIVACY_PAGE} target="_blank" rel="noopener">
            {t('privacy.link')}
          </a>
        </p>
      </section>
    </main>
  );
}
