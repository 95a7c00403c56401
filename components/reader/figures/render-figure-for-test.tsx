import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createLookups, ReaderContext } from '@/components/navigation/reader-context';
import type { Route } from '@/components/navigation/route';
import type { FigureName, ReaderDataset } from '@/utils/dataset/types';
import { FigureView } from '.';

/**
 * Renders one figure with `data` as the reader's dataset into a fresh element in the document; returns the
 * element and the routes its links opened. For the figures' unit tests.
 */
export function renderFigure(name: FigureName, data: ReaderDataset) {
  const root = document.createElement('div');
  document.body.append(root);
  const opened: Route[] = [];
  const value = {
    ...createLookups(data),
    go: (route: Route) => opened.push(route),
    saveTerm: async () => ({ ok: false as const, message: 'not in this test' }),
  };
  act(() => {
    render(
      <ReaderContext.Provider value={value}>
        <FigureView name={name} />
      </ReaderContext.Provider>,
      root,
    );
  });
  return {
    root,
    opened,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}
