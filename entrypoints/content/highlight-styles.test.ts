import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { FLASH_HIGHLIGHT, highlightCss, highlightName } from './highlight-styles';

const topics = [
  { id: 'medications', color: '#7b5ea7' },
  { id: 'sleep', color: '#3a6ea5' },
];

describe('highlight styles', () => {
  it('names one highlight per topic, all starting with maglens', () => {
    expect(highlightName('medications')).toBe('maglens-medications');
  });

  it('underlines each topic in its own colour by default', () => {
    const css = highlightCss(topics, DEFAULT_SETTINGS);
    expect(css).toContain('::highlight(maglens-medications) { text-decoration: underline dotted 2px #7b5ea7');
    expect(css).toContain('::highlight(maglens-sleep) { text-decoration: underline dotted 2px #3a6ea5');
    expect(css).toContain('text-underline-offset: 3px');
  });

  it('gives underlined marks a faint tint, so a mark on a link reads as more than its underline', () => {
    const css = highlightCss(topics, DEFAULT_SETTINGS);
    const sleep = css.split('\n').find((rule) => rule.startsWith('::highlight(maglens-sleep)'))!;
    expect(sleep).toContain('background-color: color-mix(in srgb, #3a6ea5 10%, transparent)');
    expect(sleep).toContain('text-decoration-thickness: 2px');
  });

  it('uses one colour for every topic in single colour mode', () => {
    const css = highlightCss(topics, { ...DEFAULT_SETTINGS, colorMode: 'single', singleColor: '#aa0000' });
    expect(css).not.toContain('#7b5ea7');
    expect(css.match(/#aa0000/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('paints a translucent background in background style', () => {
    const css = highlightCss(topics, { ...DEFAULT_SETTINGS, style: 'background' });
    expect(css).toContain('background-color: #7b5ea733');
    expect(css).not.toContain('underline dotted');
  });

  it('shows no term marks in off style, only the reveal flash', () => {
    const css = highlightCss(topics, { ...DEFAULT_SETTINGS, style: 'off' });
    expect(css).not.toContain('maglens-medications');
    expect(css).toContain(`::highlight(${FLASH_HIGHLIGHT})`);
  });
});
