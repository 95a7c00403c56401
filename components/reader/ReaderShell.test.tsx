import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLookups, ReaderContext } from '@/components/navigation/reader-context';
import type { Route, TabId } from '@/components/navigation/route';
import { useRouteStack } from '@/components/navigation/use-route-stack';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { ReaderShell } from './ReaderShell';

const TABS: { id: TabId; label: string }[] = [
  { id: 'articles', label: 'Articles' },
  { id: 'search', label: 'Search' },
];

function Harness({ initial }: { initial: Route }) {
  const nav = useRouteStack(initial);
  const value = {
    ...createLookups(fakeReaderData),
    go: nav.go,
    saveTerm: async () => ({ ok: false as const, message: 'not in this test' }),
  };
  return (
    <ReaderContext.Provider value={value}>
      <ReaderShell nav={nav} tabs={TABS} />
    </ReaderContext.Provider>
  );
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  history.replaceState(null, '', '/reader.html');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = () => root.querySelector('#ml-panel')?.textContent ?? '';
const click = (el: Element | null | undefined) =>
  act(() => {
    el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  });

describe('the reader', () => {
  it('renders an article from its AST with contents, sources and the not-medical-advice line', async () => {
    await act(() => render(<Harness initial={{ view: 'article', articleId: 'medicines' }} />, root));
    expect(root.querySelector('h1')?.textContent).toBe('Medicines that lower magnesium');
    expect([...root.querySelectorAll('.ml-toc a')].map((a) => a.textContent)).toEqual([
      'Proton pump inhibitors',
      'Spacing supplements',
    ]);
    expect(root.querySelector('strong')?.textContent).toBe('lower magnesium');
    expect(root.querySelector('a[href="https://www.fda.gov/ppi"]')?.getAttribute('rel')).toContain(
      'noopener',
    );
    expect(root.querySelectorAll('table th')).toHaveLength(2);
    expect(text()).toContain('FDA safety communication');
    expect(text()).toContain('not medical advice');
  });

  it('opens a term card from a term link, and Back returns to the article', async () => {
    await act(() => render(<Harness initial={{ view: 'article', articleId: 'medicines' }} />, root));
    await click(root.querySelector('.ml-term-link'));
    expect(root.querySelector('#term-title')?.textContent).toBe('Proton pump inhibitors (PPIs)');
    expect(text()).toContain('Evidence: strong');
    expect(text()).toContain('When to seek care');
    expect(text()).toContain('Diuretics'); // related term
    expect(location.hash).toBe('#/term/proton-pump-inhibitors');
    await click(root.querySelector('.ml-back'));
    expect(root.querySelector('h1')?.textContent).toBe('Medicines that lower magnesium');
    expect(root.querySelector('.ml-back')).toBeNull();
  });

  it('goes back with Alt+Left, but Backspace in the search box only edits the text', async () => {
    await act(() => render(<Harness initial={{ view: 'search', query: 'ppi' }} />, root));
    await click(root.querySelector('#ml-panel .ml-item-title'));
    expect(root.querySelector('#term-title')).not.toBeNull();
    await act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true }));
    });
    const input = root.querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.value).toBe('ppi');
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
    });
    expect(root.querySelector('input[type="search"]')).not.toBeNull();
  });

  it('moves between tabs with the arrow keys', async () => {
    await act(() => render(<Harness initial={{ view: 'articles' }} />, root));
    const first = root.querySelector('#tab-articles') as HTMLElement;
    expect(first.getAttribute('aria-selected')).toBe('true');
    await act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(root.querySelector('#tab-search')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('input[type="search"]')).not.toBeNull();
  });
});
