import type { ComponentChildren } from 'preact';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  legend: string;
  /** The radios' shared name; also prefixes their ids. */
  name: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  /** Controls that belong to the group, shown after the radios. */
  children?: ComponentChildren;
}

/** A fieldset of radio buttons with a legend; arrow keys move between them natively. */
export function RadioGroup<T extends string>({ legend, name, value, options, onChange, children }: Props<T>) {
  return (
    <fieldset class="ml-fieldset">
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div class="ml-radio-row" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={id}>{option.label}</label>
            {option.hint && (
              <span id={`${id}-hint`} class="ml-hint">
                {option.hint}
              </span>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
