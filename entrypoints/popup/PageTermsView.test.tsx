import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLookups, ReaderContext } from '@/components/navigation/reader-context';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { createRoot } from '@/tests/unit/render';
import { PageTermsView } from './PageTermsView';
import { type PageTermsOrder, pageTermRows } from './page-terms';

let root: HTMLElement;
beforeEach(() => {
  root = createRoot();
});

const rows = () =>
  pageTermRows(
    [
      { termId: 'insomnia', wordings: ['insomnia'], count: 2 },
      { termId: 'proton-pump-inhibitors', wordings: ['PPIs'], count: 1 },
      { termId: 'diuretics', wordings: ['water pills'], count: 3 },
    ],
    fakeReaderData.topics,
    createLookups(fakeReaderData).terms,
  );

function show(order: PageTermsOrder, onOrder = vi.fn(), onReveal = vi.fn()) {
  const context = { ...createLookups(fakeReaderData), go: vi.fn(), saveTerm: vi.fn() };
  render(
    <ReaderContext.Provider value={context}>
      <PageTermsView
        rows={rows()}
        topics={fakeReaderData.topics}
        order={order}
        onOrder={onOrder}
        onReveal={onReveal}
        status=""
      />
    </ReaderContext.Provider>,
    root,
  );
  return { onOrder, onReveal };
}
const titles = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim());

describe('On this page list', () => {
  it('is one ordered list in page order, each term naming its topic and count to a screen reader', () => {
    const { onReveal } = show('page');
    expect(root.querySelectorAll('ol')).toHaveLength(1);
    expect(titles('ol > li .ml-item-title')).toEqual(['Insomnia', expect.any(String), expect.any(String)]);
    const first = root.querySelector<HTMLButtonElement>('ol > li .ml-item-title')!;
    expect(first.getAttribute('aria-label')).toBe('Insomnia, Sleep, marked 2 times: show on the page');
    first.click();
    expect(onReveal).toHaveBeenCalledWith('insomnia');
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      '3 health terms on this page, marked 6 times, in 2 topics.',
    );
  });

  it('groups by topic on request, most marked first', () => {
    const { onOrder } = show('topic');
    expect(root.querySelector('ol')).toBeNull();
    expect(titles('section h2')).toEqual(['Medications', 'Sleep']);
    const [byPage] = root.querySelectorAll<HTMLInputElement>('input[name="page-terms-order"]');
    byPage!.click();
    expect(onOrder).toHaveBeenCalledWith('page');
  });
});
