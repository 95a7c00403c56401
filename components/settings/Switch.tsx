interface Props {
  id: string;
  /** The accessible name, exactly as shown. */
  label: string;
  checked: boolean;
  /** Extra text under the label, announced as the switch's description. */
  description?: string;
  swatch?: string;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch: a real checkbox with role="switch", so Space and clicks work natively. */
export function Switch({ id, label, checked, description, swatch, onChange }: Props) {
  const descId = description ? `${id}-desc` : undefined;
  return (
    <div class="ml-switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        class="ml-switch"
        checked={checked}
        aria-checked={checked}
        aria-describedby={descId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div class="ml-switch-text">
        <label for={id}>
          {swatch && <span class="ml-swatch" style={{ backgroundColor: swatch }} aria-hidden="true" />}
          {label}
        </label>
        {description && (
          <p id={descId} class="ml-hint">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
