import { useId } from 'preact/hooks';
import './switch.css';

interface Props {
  /** The accessible name, exactly as shown. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra text under the label, announced as the switch's description. */
  description?: string;
  /** A colour dot before the label (a topic's colour). */
  swatch?: string;
  disabled?: boolean;
}

/** MagLens' one on/off switch: a real checkbox with role="switch" and a <label>, so Space, clicks on the
 * label and screen readers work natively; its state is in aria-checked as well as in its look. */
export function Switch({ label, checked, onChange, description, swatch, disabled }: Props) {
  const id = useId();
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
        disabled={disabled}
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
