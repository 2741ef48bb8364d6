import { useEffect, useState } from 'preact/hooks';
import {
  CHANGELOG_PAGE,
  PRIVACY_PAGE,
  projectLinks,
  shortcutSettingsPage,
  SUGGESTED_SHORTCUT,
} from '@/lib/about';
import { Section } from '@/components/ui/Section';
import type { AboutInfo, OptionsClient } from '../client';
import type { OptionsTranslate } from '../strings';

export interface AboutSectionProps {
  t: OptionsTranslate;
  client: OptionsClient;
}

/**
 * « À propos »: the version, what is new (CHANGELOG.md, shipped as changelog.html), the sources, the
 * privacy policy (PRIVACY.md as privacy.html), how to report a problem, the keyboard shortcut and
 * where to change it.
 */
export function AboutSection({ t, client }: AboutSectionProps) {
  const [info, setInfo] = useState<AboutInfo | undefined>();
  useEffect(() => {
    client.about().then(setInfo, () => setInfo(undefined));
  }, [client]);
  const browser = info?.browser ?? 'chrome';
  const page = shortcutSettingsPage(browser);
  return (
    <Section title={t('about.heading')} class="options-section about">
      <dl class="about-list">
        <dt>{t('about.version')}</dt>
        <dd data-testid="about-version">{info?.version ?? '…'}</dd>
        <dt>{t('about.whatsNew')}</dt>
        <dd>
          <a href={CHANGELOG_PAGE} target="_blank" rel="noopener">
            {t('about.changelog')}
          </a>
        </dd>
        <dt>{t('about.shortcut')}</dt>
        <dd data-testid="about-shortcut">
          {info?.shortcut ? (
            <kbd>{info.shortcut}</kbd>
          ) : (
            t('about.noShortcut', { suggested: SUGGESTED_SHORTCUT })
          )}{' '}
          {t(browser === 'firefox' ? 'about.shortcutFirefox' : 'about.shortcutChrome', { page })}
        </dd>
        <dt>{t('about.privacyTitle')}</dt>
        <dd>
          <a href={PRIVACY_PAGE} target="_blank" rel="noopener">
            {t('about.privacy')}
          </a>
        </dd>
        <dt>{t('about.source')}</dt>
        <dd>
          {projectLinks.repository ? (
            <a href={projectLinks.repository} target="_blank" rel="noopener noreferrer">
              {t('about.sourceLink')}
            </a>
          ) : (
            t('about.sourceNone')
          )}
        </dd>
        <dt>{t('about.report')}</dt>
        <dd>
          {projectLinks.issues ? (
            <a href={projectLinks.issues} target="_blank" rel="noopener noreferrer">
              {t('about.reportLink')}
            </a>
          ) : (
            t('about.reportNone')
          )}
        </dd>
      </dl>
    </Section>
  );
}
