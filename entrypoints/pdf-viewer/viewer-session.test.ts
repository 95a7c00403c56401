import { describe, expect, it, vi } from 'vitest';
import type { DocumentView, OpenedDocument } from './document-view';
import { BROKEN_MESSAGE, IMAGE_ONLY_MESSAGE, PASSWORD_MESSAGE } from './open-messages';
import { createViewerSession, type ViewerSessionDeps, type ViewerState } from './viewer-session';

const leaflet: OpenedDocument = { pages: 2, title: 'Omeprazole leaflet', hasText: true };

function setUp(open: (bytes: Uint8Array) => Promise<OpenedDocument>) {
  const states: ViewerState[] = [];
  const view: DocumentView = {
    open: vi.fn(open),
    goToPage: vi.fn(),
    zoom: vi.fn(),
    zoomPercent: () => 125,
    find: vi.fn(),
    setDark: vi.fn(),
    close: vi.fn(async () => {}),
  };
  const marks: { site: string; signal: AbortSignal; page: () => unknown }[] = [];
  const deps: ViewerSessionDeps = {
    view,
    download: vi.fn(async () => new Uint8Array([1, 2, 3])),
    startMarks: vi.fn(async (options) => {
      marks.push(options);
      return null;
    }),
    ownHost: 'maglens-id',
    onChange: (state) => states.push(state),
  };
  const session = createViewerSession(deps);
  return { session, deps, view, marks, states, last: () => states[states.length - 1]! };
}

const file = (name = 'leaflet.pdf') => ({ kind: 'file' as const, name, file: new Blob(['%PDF-1.7']) });

describe('createViewerSession', () => {
  it("opens a local file: its bytes go to PDF.js, then marks start under the viewer's own host, and nothing is downloaded", async () => {
    const { session, deps, view, marks, last } = setUp(async () => leaflet);
    await session.open(file());
    expect(view.open).toHaveBeenCalledWith(new TextEncoder().encode('%PDF-1.7'));
    expect(deps.download).not.toHaveBeenCalled();
    expect(last()).toMatchObject({ name: 'leaflet.pdf', title: 'Omeprazole leaflet', pages: 2, zoom: 125 });
    expect(last().status).toEqual({ kind: 'ready' });
    expect(marks.map((m) => m.site)).toEqual(['maglens-id']);
    session.pageChanged(2, 2);
    expect(marks[0]!.page()).toEqual({
      title: 'Omeprazole leaflet (leaflet.pdf), page 2',
      url: '',
      host: 'maglens-id',
    });
  });

  it('downloads a web PDF from its address, and its host is the site for settings and notes', async () => {
    const { session, deps, marks } = setUp(async () => ({ ...leaflet, title: '' }));
    await session.open({ kind: 'url', name: 'leaflet.pdf', url: 'https://nhs.example/leaflet.pdf' });
    expect(deps.download).toHaveBeenCalledWith('https://nhs.example/leaflet.pdf');
    expect(marks[0]!.site).toBe('nhs.example');
    expect(marks[0]!.page()).toEqual({
      title: 'leaflet.pdf, page 1',
      url: 'https://nhs.example/leaflet.pdf#page=1',
      host: 'nhs.example',
    });
  });

  it('says a scan is an image and marks nothing', async () => {
    const { session, marks, last } = setUp(async () => ({ ...leaflet, hasText: false }));
    await session.open(file('scan.pdf'));
    expect(last().status).toEqual({ kind: 'image-only', message: IMAGE_ONLY_MESSAGE });
    expect(marks).toHaveLength(0);
  });

  it('says a broken file plainly', async () => {
    const { session, last } = setUp(async () => {
      throw Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
    });
    await session.open(file('broken.pdf'));
    expect(last().status).toEqual({ kind: 'error', message: BROKEN_MESSAGE });
  });

  it('asks for a password, and says why the document stays shut when none is given', async () => {
    let refuse: () => void = () => {};
    const { session, last } = setUp(
      () =>
        new Promise((_, reject) => {
          refuse = () => reject(Object.assign(new Error('Loading aborted'), { name: 'AbortException' }));
        }),
    );
    const opening = session.open(file('protected.pdf'));
    await Promise.resolve();
    const answer = session.askPassword(false);
    expect(last().status).toEqual({ kind: 'password', retry: false });
    session.givePassword(null);
    expect(await answer).toBeNull();
    refuse();
    await opening;
    expect(last().status).toEqual({ kind: 'error', message: PASSWORD_MESSAGE });
  });

  it("a second document replaces the first: the first one's marks stop", async () => {
    const { session, marks } = setUp(async () => leaflet);
    await session.open(file('one.pdf'));
    await session.open(file('two.pdf'));
    expect(marks).toHaveLength(2);
    expect(marks[0]!.signal.aborted).toBe(true);
    expect(marks[1]!.signal.aborted).toBe(false);
  });

  it('a file that is not a PDF is refused with a message, and the open document stays', async () => {
    const { session, view, last } = setUp(async () => leaflet);
    await session.open(file());
    session.fail('photo.png is not a PDF.');
    expect(last()).toMatchObject({
      name: 'leaflet.pdf',
      status: { kind: 'error', message: 'photo.png is not a PDF.' },
    });
    expect(view.close).not.toHaveBeenCalled();
  });
});
