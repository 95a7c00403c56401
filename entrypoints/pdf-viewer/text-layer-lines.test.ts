import { describe, expect, it } from 'vitest';
import { joinTextLayerLines } from './text-layer-lines';

describe('joinTextLayerLines', () => {
  it('turns the line breaks between spans into white space, so a term over two lines reads as one', () => {
    const layer = document.createElement('div');
    layer.innerHTML =
      '<span>Talk to your doctor if you get muscle</span><br role="presentation"><span>cramps or twitching.</span><br role="presentation">';
    expect(joinTextLayerLines(layer)).toBe(2);
    expect(layer.querySelector('br')).toBeNull();
    expect(layer.textContent).toBe('Talk to your doctor if you get muscle\ncramps or twitching.\n');
    expect(layer.querySelectorAll('span')).toHaveLength(2);
  });
});
