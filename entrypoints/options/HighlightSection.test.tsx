import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from '@/tests/unit/render';
import type { Topic } from '@/utils/dataset/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { HighlightSection } from './HighlightSection';

const TOPICS: Topic[] = [
  { id: 'medications', name: 'Medications', color: '#7b5ea7', description: '', termCount: 8 },
];
let root: HTMLElement;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const show = (settings: Settings, onChange = vi.fn()) => {
  render(<HighlightSection settings={settings} topics={TOPICS} onChange={onChange} />, root);
  return onChange;
};
const marks = () => [...root.querySelectorAll<HTMLElement>('.ml-mark')];
const fire = (selector: string, type: string, value?: string) => {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  if (value !== undefined) input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true }));
};

beforeEach(() => {
  root = createRoot();
});

describe('HighlightSection', () => {
  it('previews marks in the chosen style, and none when marks are off', () => {
    show(DEFAULT_SETTINGS);
    expect(root.querySelector('.ml-preview')?.getAttribute('data-style')).toBe('underline');
    expect(marks().map((m) => m.textContent)).toContain('omeprazole');
    show({ ...DEFAULT_SETTINGS, style: 'off' });
    expect(marks()).toEqual([]);
    expect(root.textContent).toContain('Nothing is marked');
  });

  it('reports each choice as a settings change', () => {
    const onChange = show(DEFAULT_SETTINGS);
    root.querySelector<HTMLInputElement>('#style-background')!.click();
    root.querySelector<HTMLInputElement>('#density-every')!.click();
    root.querySelector<HTMLInputElement>('#trigger-modifier')!.click();
    expect(onChange.mock.calls).toEqual([
      [{ style: 'background' }],
      [{ density: 'every' }],
      [{ trigger: 'modifier' }],
    ]);
  });

  it('has a switch for opening cards on keyboard focus, on by default', () => {
    const onChange = show(DEFAULT_SETTINGS);
    const focusSwitch = [...root.querySelectorAll<HTMLElement>('[role="switch"]')].find((el) =>
      el.closest('label, div')?.textContent?.includes('keyboard focus'),
    );
    expect(focusSwitch?.getAttribute('aria-checked')).toBe('true');
    focusSwitch!.click();
    expect(onChange).toHaveBeenCalledWith({ focusOpensCard: false });
  });

  it('shows the hover delay while dragging and saves it on release only', async () => {
    const onChange = show(DEFAULT_SETTINGS);
    fire('#hover-delay', 'input', '900');
    await flush();
    expect(root.querySelector('output')?.textContent).toBe('900 ms');
    expect(onChange).not.toHaveBeenCalled();
    fire('#hover-delay', 'change', '900');
    expect(onChange).toHaveBeenCalledWith({ hoverDelayMs: 900 });
  });

  it('previews a colour while it is being picked and saves it when the picker closes', async () => {
    const onChange = show({ ...DEFAULT_SETTINGS, colorMode: 'single' });
    fire('#single-color', 'input', '#aa0000');
    await flush();
    expect(marks()[0]?.style.getPropertyValue('--mark-color')).toBe('#aa0000');
    expect(onChange).not.toHaveBeenCalled();
    fire('#single-color', 'change', '#aa0000');
    expect(onChange).toHaveBeenCalledWith({ singleColor: '#aa0000' });
  });

  it('lets the key be chosen only for the modifier trigger, and the delay only for hover', () => {
    show(DEFAULT_SETTINGS);
    expect(root.querySelector<HTMLSelectElement>('#modifier-key')?.disabled).toBe(true);
    show({ ...DEFAULT_SETTINGS, trigger: 'modifier' });
    expect(root.querySelector<HTMLSelectElement>('#modifier-key')?.disabled).toBe(false);
    show({ ...DEFAULT_SETTINGS, trigger: 'click' });
    expect(root.querySelector<HTMLInputElement>('#hover-delay')?.disabled).toBe(true);
  });
});
