import { afterEach, describe, expect, it } from 'vitest';
import { comparePagePlaces, inPageOrder } from './page-order';

afterEach(() => document.body.replaceChildren());

const textIn = (el: Element | ShadowRoot) => el.firstChild as Text;

describe('page order', () => {
  it('orders places by where they stand in the document, then by offset in one text', () => {
    document.body.innerHTML = '<p>first insomnia</p><p>then cramps</p>';
    const [a, b] = [...document.querySelectorAll('p')].map((p) => textIn(p));
    expect(comparePagePlaces({ node: a!, offset: 0 }, { node: b!, offset: 0 })).toBeLessThan(0);
    expect(comparePagePlaces({ node: b!, offset: 0 }, { node: a!, offset: 3 })).toBeGreaterThan(0);
    expect(comparePagePlaces({ node: a!, offset: 6 }, { node: a!, offset: 0 })).toBeGreaterThan(0);
  });

  it('puts text in a shadow root where its host stands, not at the end', () => {
    document.body.innerHTML = '<p>before</p><div id="host"></div><p>after</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>inside</span>';
    const inside = textIn(root.querySelector('span')!);
    const [before, after] = [...document.querySelectorAll('p')].map((p) => textIn(p));
    const items = [after!, inside, before!];
    const sorted = inPageOrder(items, (node) => ({ node, offset: 0 }));
    expect(sorted.map((n) => n.data)).toEqual(['before', 'inside', 'after']);
  });

  it('keeps the given order for places it cannot compare', () => {
    const loose = document.createTextNode('loose');
    document.body.innerHTML = '<p>here</p>';
    const here = textIn(document.querySelector('p')!);
    expect(inPageOrder([loose, here], (node) => ({ node, offset: 0 }))).toEqual([loose, here]);
  });
});
