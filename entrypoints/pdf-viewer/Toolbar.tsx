import { useRef } from 'preact/hooks';
import type { ViewerState } from './viewer-session';

export interface ToolbarProps {
  state: ViewerState;
  onFile: (file: File) => void;
  onPage: (page: number) => void;
  onZoom: (steps: number) => void;
  onFind: (query: string, previous: boolean) => void;
}

/** The viewer's bar: open a file, the document's name, page and zoom, and find in the document. */
export function Toolbar({ state, onFile, onPage, onZoom, onFind }: ToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const open = state.pages > 0;
  return (
    <div class="ml-pdf-bar">
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open a PDF…
      </button>
      <input
        ref={fileInput}
        id="ml-pdf-file"
        class="ml-pdf-file"
        type="file"
        accept="application/pdf,.pdf"
        aria-label="Open a PDF"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      <span class="ml-pdf-name" title={state.name ?? undefined}>
        {state.title || state.name || 'MagLens PDF viewer'}
      </span>
      {open && (
        <>
          <nav class="ml-pdf-pager" aria-label="Pages">
            <button
              type="button"
              aria-label="Previous page"
              disabled={state.page <= 1}
              onClick={() => onPage(state.page - 1)}
            >
              ‹
            </button>
            <label>
              Page{' '}
              <input
                class="ml-pdf-page"
                type="number"
                min={1}
                max={state.pages}
                value={state.page}
                onChange={(event) => onPage(Number(event.currentTarget.value))}
              />{' '}
              of {state.pages}
            </label>
            <button
              type="button"
              aria-label="Next page"
              disabled={state.page >= state.pages}
              onClick={() => onPage(state.page + 1)}
            >
              ›
            </button>
          </nav>
          <span class="ml-pdf-zoom">
            <button type="button" aria-label="Zoom out" onClick={() => onZoom(-1)}>
              −
            </button>
            <output aria-live="polite">{state.zoom} %</output>
            <button type="button" aria-label="Zoom in" onClick={() => onZoom(1)}>
              +
            </button>
          </span>
          <input
            id="ml-pdf-find"
            class="ml-pdf-find"
            type="search"
            placeholder="Find in document"
            aria-label="Find in document"
            onKeyDown={(event) => {
              if (event.key === 'Enter') onFind(event.currentTarget.value, event.shiftKey);
            }}
          />
        </>
      )}
    </div>
  );
}
