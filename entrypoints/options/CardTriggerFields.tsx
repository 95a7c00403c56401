import { useState } from 'preact/hooks';
import { Switch } from '@/components/ui/Switch';
import { HOVER_DELAY_RANGE, type ModifierKey, type Settings, type Trigger } from '@/utils/settings';
import { RadioGroup, type RadioOption } from './RadioGroup';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const TRIGGERS: RadioOption<Trigger>[] = [
  { value: 'hover', label: 'When I rest the pointer on a term' },
  { value: 'modifier', label: 'When I rest the pointer on a term while holding a key' },
  { value: 'click', label: 'When I click a term' },
];
const KEYS: { value: ModifierKey; label: string }[] = [
  { value: 'Alt', label: 'Alt (Option on a Mac)' },
  { value: 'Shift', label: 'Shift' },
  { value: 'Control', label: 'Ctrl' },
  { value: 'Meta', label: '⌘ Command / Windows key' },
];

/** When cards open: trigger, modifier key, hover delay, touch. */
export function CardTriggerFields({ settings, onChange }: Props) {
  // The slider shows its value while dragging; it is saved on release (storage.sync limits writes).
  const [draftDelay, setDraftDelay] = useState<number | null>(null);
  const delay = draftDelay ?? settings.hoverDelayMs;
  return (
    <>
      <RadioGroup
        legend="Open a card"
        name="trigger"
        value={settings.trigger}
        options={TRIGGERS}
        onChange={(trigger) => onChange({ trigger })}
      >
        <div class="ml-inline-field">
          <label for="modifier-key">Key to hold</label>
          <select
            id="modifier-key"
            value={settings.modifierKey}
            disabled={settings.trigger !== 'modifier'}
            onChange={(event) => onChange({ modifierKey: event.currentTarget.value as ModifierKey })}
          >
            {KEYS.map((key) => (
              <option key={key.value} value={key.value}>
                {key.label}
              </option>
            ))}
          </select>
        </div>
      </RadioGroup>
      <div class="ml-field">
        <label for="hover-delay">Hover delay</label>
        <div class="ml-range-row">
          <input
            type="range"
            id="hover-delay"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={delay}
            aria-valuetext={`${delay} milliseconds`}
            aria-describedby="hover-delay-hint"
            disabled={settings.trigger === 'click'}
            onInput={(event) => setDraftDelay(Number(event.currentTarget.value))}
            onChange={(event) => {
              setDraftDelay(null);
              onChange({ hoverDelayMs: Number(event.currentTarget.value) });
            }}
          />
          <output for="hover-delay">{delay} ms</output>
        </div>
        <p id="hover-delay-hint" class="ml-hint">
          How long the pointer rests on a term before its card opens.
        </p>
      </div>
      <Switch
        label="Tap a marked term to open its card"
        description="On touch screens and with a pen."
        checked={settings.touchTap}
        onChange={(touchTap) => onChange({ touchTap })}
      />
      <Switch
        label="Open a card when keyboard focus reaches a link on a marked term"
        description="After the same delay as hovering. Alt+Shift+. and Alt+Shift+, move between marked terms."
        checked={settings.focusOpensCard}
        onChange={(focusOpensCard) => onChange({ focusOpensCard })}
      />
    </>
  );
}
