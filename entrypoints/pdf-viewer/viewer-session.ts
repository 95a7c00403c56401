import type { PageMarks } from '@/entrypoints/content/contracts';
import { type DocumentSource, notePage, siteOf } from './document-source';
import type { DocumentView } from './document-view';
import { IMAGE_ONLY_MESSAGE, openErrorMessage, PASSWORD_MESSAGE } from './open-messages';

/** What the viewer shows around the document. */
export interface ViewerState {
  /** The open (or opening) document's name, or null before the first one. */
  name: string | null;
  title: string;
  page: number;
  pages: number;
  zoom: number;
  status:
    | { kind: 'empty' }
    | { kind: 'loading' }
    | { kind: 'ready' }
    | { kind: 'image-only'; message: string }
    | { kind: 'error'; message: string }
    | { kind: 'password'; retry: boolean };
}

export interface ViewerSessionDeps {
  view: DocumentView;
  /** Reads a web PDF's bytes (the viewer's own fetch). */
  download: (url: string) => Promise<Uint8Array>;
  startMarks: (options: {
    site: string;
    signal: AbortSignal;
    page: () => { title: string; url: string; host: string };
  }) => Promise<PageMarks | null>;
  /** The viewer's own host: the site of a local file, for settings and "Not on this site". */
  ownHost: string;
  onChange: (state: ViewerState) => void;
}

/**
 * One viewer tab's life: opens documents one at a time (a new one replaces the last, and its marks), asks
 * for a password when PDF.js needs one, and says plainly what went wrong. A local file's bytes are read
 * here and handed to PDF.js; nothing is stored.
 */
export function createViewerSession(deps: ViewerSessionDeps) {
  let state: ViewerState = { name: null, title: '', page: 1, pages: 0, zoom: 100, status: { kind: 'empty' } };
  let source: DocumentSource | null = null;
  let marks: AbortController | null = null;
  let answerPassword: ((password: string | null) => void) | null = null;
  let opening = 0;
  /** The user closed the password form: the document stays shut, and the message says why. */
  let refused = false;

  const set = (patch: Partial<ViewerState>) => {
    state = { ...state, ...patch };
    deps.onChange(state);
  };

  const notePageNow = () => {
    const current = source;
    if (!current) return { title: document.title, url: location.href, host: deps.ownHost };
    return { ...notePage(current, state.title, state.page), host: siteOf(current) || deps.ownHost };
  };

  return {
    state: () => state,
    async open(next: DocumentSource): Promise<void> {
      const attempt = ++opening;
      marks?.abort();
      marks = null;
      answerPassword?.(null);
      source = next;
      refused = false;
      set({ name: next.name, title: '', page: 1, pages: 0, status: { kind: 'loading' } });
      try {
        const bytes =
          next.kind === 'file'
            ? new Uint8Array(await next.file.arrayBuffer())
            : await deps.download(next.url);
        if (attempt !== opening) return;
        const opened = await deps.view.open(bytes);
        if (attempt !== opening) return;
        set({
          title: opened.title,
          pages: opened.pages,
          zoom: deps.view.zoomPercent(),
          status: opened.hasText ? { kind: 'ready' } : { kind: 'image-only', message: IMAGE_ONLY_MESSAGE },
        });
        if (!opened.hasText) return;
        const controller = new AbortController();
        marks = controller;
        // A local file has no site of its own: the viewer's host stands for it, so "Not on this site" on its
        // card turns marks off in local PDFs, and the site list decides as it does for any page.
        await deps.startMarks({
          site: siteOf(next) || deps.ownHost,
          signal: controller.signal,
          page: notePageNow,
        });
      } catch (error) {
        if (attempt !== opening) return;
        set({
          status: { kind: 'error', message: refused ? PASSWORD_MESSAGE : openErrorMessage(error, next.name) },
        });
      }
    },
    /** PDF.js asks for a password: the form shows until the user gives one or cancels (null). */
    askPassword(retry: boolean): Promise<string | null> {
      set({ status: { kind: 'password', retry } });
      return new Promise((resolve) => {
        answerPassword = (password) => {
          answerPassword = null;
          if (password === null) refused = true;
          else set({ status: { kind: 'loading' } });
          resolve(password);
        };
      });
    },
    /** A file the viewer will not try (not a PDF): said, and the open document, if any, stays. */
    fail(message: string) {
      set({ status: { kind: 'error', message } });
    },
    givePassword(password: string | null) {
      answerPassword?.(password);
    },
    pageChanged(page: number, pages: number) {
      set({ page, pages, zoom: deps.view.zoomPercent() });
    },
    zoomed() {
      set({ zoom: deps.view.zoomPercent() });
    },
  };
}

export type ViewerSession = ReturnType<typeof createViewerSession>;
