import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRoot } from '@/tests/unit/render';
import { sourceLink } from './source-link';

let root: HTMLElement;
beforeEach(() => {
  root = createRoot();
});

describe('sourceLink', () => {
  it('links a web source, opening a new tab without telling the site the page', () => {
    render(<p>{sourceLink({ title: 'A trial', url: 'HTTPS://example.org/trial' })}</p>, root);
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('A trial');
    expect(link?.getAttribute('href')).toBe('HTTPS://example.org/trial');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('gives any other source as plain text', () => {
    render(<p>{sourceLink({ title: 'A book', url: 'javascript:alert(1)' })}</p>, root);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('A book');
  });

  it('gives a title-only citation (no verified identifier) as plain text', () => {
    render(
      <p>{sourceLink({ title: 'Yagi 2012, Drug Metab Pharmacokinet: magnesium oxide and gabapentin' })}</p>,
      root,
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('Yagi 2012, Drug Metab Pharmacokinet: magnesium oxide and gabapentin');
  });
});
