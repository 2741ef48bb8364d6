import { useId } from 'preact/hooks';
import { createTranslator } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n';
import type { Academy, AcademyKind } from '@/lib/platform/schemas';
import { firstRunStrings } from '@/components/popup/first-run-strings';

export interface AcademySelectProps {
  lang: Lang;
  academies: readonly Academy[];
  label: string;
  value: string;
  error?: string;
  disabled?: boolean;
  onChange(id: string): void;
}

/** The list's groups: the vice-rectorats sit with the other overseas territories. */
const GROUPS: [
  readonly AcademyKind[],
  'firstRun.academyGroup' | 'firstRun.territoryGroup' | 'firstRun.adminGroup',
][] = [
  [['academie'], 'firstRun.academyGroup'],
  [['vice-rectorat', 'territoire'], 'firstRun.territoryGroup'],
  [['administration'], 'firstRun.adminGroup'],
];

/** A labelled <select> of the academies, grouped by kind and sorted the French way. */
export function AcademySelect({
  lang,
  academies,
  label,
  value,
  error,
  disabled,
  onChange,
}: AcademySelectProps) {
  const t = createTranslator(firstRunStrings, lang);
  const id = useId();
  const collator = new Intl.Collator('fr');
  return (
    <div class="field">
      <label for={`${id}-academy`}>{label}</label>
      <select
        id={`${id}-academy`}
        data-testid="profile-academy"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-academy-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('firstRun.academyPlaceholder')}</option>
        {GROUPS.map(([kinds, key]) => {
          const members = academies
            .filter((a) => kinds.includes(a.kind))
            .sort((a, b) => collator.compare(a.name, b.name));
          return members.length === 0 ? null : (
            <optgroup key={key} label={t(key)}>
              {members.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      {error && (
        <p id={`${id}-academy-error`} role="alert" class="status status-error">
          {error}
        </p>
      )}
    </div>
  );
}
