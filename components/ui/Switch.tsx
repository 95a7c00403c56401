interface Props {
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** An on/off switch: a button with role="switch", its state in words as well as in its look. */
export function Switch({ checked, label, onChange, disabled }: Props) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      class="ml-switch"
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="ml-switch-track" aria-hidden="true">
        <span class="ml-switch-thumb" />
      </span>
      <span class="ml-switch-label">{label}</span>
    </button>
  );
}
