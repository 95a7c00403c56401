import { afterEach, describe, expect, it } from 'vitest';
import { CARD_HOST_TAG, createCardHost } from './card-host';

afterEach(() => {
  for (const host of document.querySelectorAll(CARD_HOST_TAG)) host.remove();
});

describe('card host', () => {
  it('is a maglens-card element on <html> with an open shadow root holding the styles', () => {
    const card = createCardHost('.card { color: red; }');
    expect(card.host.localName).toBe('maglens-card');
    expect(card.host.parentNode).toBe(document.documentElement);
    const root = card.host.shadowRoot!;
    expect(root.querySelector('style')?.textContent).toBe('.card { color: red; }');
    expect(card.mount.parentNode).toBe(root);
  });

  it('locks its position and stacking against page rules, and starts hidden until placed', () => {
    const { host } = createCardHost('');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.style.getPropertyValue('visibility')).toBe('hidden');
    // Text spacing stays adjustable by the reader's own stylesheets.
    expect(host.style.getPropertyPriority('letter-spacing')).toBe('');
  });

  it('says what it is given through a polite live region of its own, outside the card and the page', () => {
    const card = createCardHost('');
    const live = card.host.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    card.announce('MagLens note: Insomnia.');
    expect(live.textContent).toBe('MagLens note: Insomnia.');
    expect(card.mount.contains(live)).toBe(false);
    expect(document.body.textContent).not.toContain('MagLens note');
  });

  it('leaves nothing behind once removed', () => {
    const card = createCardHost('');
    card.remove();
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(0);
  });
});

describe('card host as a bottom sheet', () => {
  it('spans the window on its bottom edge and says so to the card and its placement', () => {
    const { host } = createCardHost('', document, 'sheet');
    expect(host.getAttribute('data-layout')).toBe('sheet');
    expect(host.style.getPropertyValue('bottom')).toBe('0px');
    expect(host.style.getPropertyValue('top')).toBe('auto');
    expect(host.style.getPropertyValue('width')).toBe('100%');
    expect(host.style.getPropertyPriority('bottom')).toBe('important');
  });

  it('floats by default', () => {
    expect(createCardHost('').host.getAttribute('data-layout')).toBe('float');
  });
});
