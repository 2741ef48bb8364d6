import type { ComponentChildren } from 'preact';

export interface RadioGroupProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  /** `[value, label]`, in display order. */
  options: readonly (readonly [V, string])[];
  disabled?: boolean;
  /** Shown after the legend (e.g. "set by the administrator"). */
  badge?: ComponentChildren;
  /** `data-testid` of the fieldset (the acceptance tests' handle on the group). */
  testId?: string;
  onChange(value: V): void;
}

/** A fieldset of radio buttons with its legend. */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  return (
    <fieldset
      class="radio-group"
      disabled={props.disabled}
      {...(props.testId ? { 'data-testid': props.testId } : {})}
    >
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
