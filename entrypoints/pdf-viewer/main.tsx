import { render } from 'preact';
import { browser } from 'wxt/browser';
import { prefersDark, watchColorScheme } from './color-scheme';
import { looksLikePdf, sourceFromSearch } from './document-source';
import { createDocumentView } from './document-view';
import { StatusPanel } from './StatusPanel';
import { Toolbar } from './Toolbar';
import { startViewerMarks } from './viewer-marks';
import { createViewerSession, type ViewerState } from './viewer-session';
import './viewer.css';

const toolbar = document.getElementById('toolbar')!;
const status = document.getElementById('status')!;
const container = document.getElementById('viewerContainer') as HTMLDivElement;
const ownElements = [toolbar, status];

/** The PDF's bytes, for a document the user had open in a tab: its address is the only request made. */
async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { name: 'ResponseException' });
  return new Uint8Array(await response.arrayBuffer());
}

const view = createDocumentView(
  container,
  (path) => browser.runtime.getURL(path as '/'),
  {
    onPage: (page, pages) => session.pageChanged(page, pages),
    onPassword: (retry) => session.askPassword(retry),
  },
  prefersDark(),
);
// The system switching between light and dark while a document is open redraws its pages to match.
const stopFollowingScheme = watchColorScheme((dark) => view.setDark(dark));
addEventListener('pagehide', stopFollowingScheme, { once: true });

const session = createViewerSession({
  view,
  download,
  ownHost: location.hostname,
  startMarks: (options) =>
    startViewerMarks({
      ...options,
      isOwnElement: (element) => ownElements.some((own) => own.contains(element)),
    }),
  onChange: paint,
});

function openFile(file: File) {
  if (!looksLikePdf(file)) {
    session.fail(`${file.name} is not a PDF. MagLens' viewer opens PDF files.`);
    return;
  }
  void session.open({ kind: 'file', name: file.name, file });
}

function paint(state: ViewerState) {
  const name = state.title || state.name;
  document.title = name ? `${name}, page ${state.page} – MagLens` : 'MagLens PDF viewer';
  document.body.dataset.status = state.status.kind;
  render(
    <Toolbar
      state={state}
      onFile={openFile}
      onPage={(page) => view.goToPage(page)}
      onZoom={(steps) => {
        view.zoom(steps);
        session.zoomed();
      }}
      onFind={(query, previous) => view.find(query, previous)}
    />,
    toolbar,
  );
  render(
    <StatusPanel status={state.status} onPassword={(password) => session.givePassword(password)} />,
    status,
  );
}

// A file dropped anywhere on the viewer opens in it.
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  openFile(file);
});
// Ctrl+F (⌘F) finds in the document, through the viewer: the browser's own find sees only drawn pages.
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && session.state().pages > 0) {
    event.preventDefault();
    document.getElementById('ml-pdf-find')?.focus();
  }
});

paint(session.state());
const fromTab = sourceFromSearch(location.search);
if (fromTab) void session.open(fromTab);
