import { Section } from '@/components/ui/Section';
import type { OptionsTranslate } from '../strings';

/** « À propos »: the privacy policy (PRIVACY.md, shipped in the package as privacy.html). */
export function AboutSection({ t }: { t: OptionsTranslate }) {
  return (
    <Section title={t('about.heading')} class="options-section">
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('about.privacy')}
        </a>
      </p>
    </Section>
  );
}
