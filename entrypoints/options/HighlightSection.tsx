import { useState } from 'preact/hooks';
import type { Topic } from '@/utils/dataset/types';
import type { ColorMode, Density, HighlightStyle, Settings } from '@/utils/settings';
import { CardTriggerFields } from './CardTriggerFields';
import { MarkPreview } from './MarkPreview';
import { RadioGroup, type RadioOption } from './RadioGroup';

interface Props {
  settings: Settings;
  topics: readonly Topic[];
  onChange: (patch: Partial<Settings>) => void;
}

const STYLES: RadioOption<HighlightStyle>[] = [
  { value: 'underline', label: 'Dotted underline' },
  { value: 'background', label: 'Soft background' },
  { value: 'off', label: 'Off', hint: 'Cards only for text you select' },
];
const COLOR_MODES: RadioOption<ColorMode>[] = [
  { value: 'topic', label: 'A colour for each topic' },
  { value: 'single', label: 'One colour for all' },
];
const DENSITIES: RadioOption<Density>[] = [
  { value: 'first', label: 'First time a term appears on a page' },
  { value: 'every', label: 'Every time it appears' },
];

/** How marks look and when cards open, with a live preview. */
export function HighlightSection({ settings, topics, onChange }: Props) {
  // While the colour picker is open the preview follows it; the colour is saved when the picker closes.
  const [draftColor, setDraftColor] = useState<string | null>(null);
  const shown = draftColor ? { ...settings, singleColor: draftColor } : settings;
  return (
    <section class="ml-section" aria-labelledby="highlighting-heading">
      <h2 id="highlighting-heading">Highlighting</h2>
      <MarkPreview settings={shown} topics={topics} />
      <RadioGroup
        legend="Style"
        name="style"
        value={settings.style}
        options={STYLES}
        onChange={(style) => onChange({ style })}
      />
      <RadioGroup
        legend="Colour"
        name="color-mode"
        value={settings.colorMode}
        options={COLOR_MODES}
        onChange={(colorMode) => onChange({ colorMode })}
      >
        <div class="ml-inline-field">
          <label for="single-color">Colour for all marks</label>
          <input
            type="color"
            id="single-color"
            value={shown.singleColor}
            disabled={settings.colorMode !== 'single'}
            onInput={(event) => setDraftColor(event.currentTarget.value)}
            onChange={(event) => {
              setDraftColor(null);
              onChange({ singleColor: event.currentTarget.value });
            }}
          />
        </div>
      </RadioGroup>
      <RadioGroup
        legend="Mark a term"
        name="density"
        value={settings.density}
        options={DENSITIES}
        onChange={(density) => onChange({ density })}
      />
      <CardTriggerFields settings={settings} onChange={onChange} />
    </section>
  );
}
