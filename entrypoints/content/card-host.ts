/** The tag of the only element MagLens adds to a page: the card's shadow host, present while a card is shown. */
export const CARD_HOST_TAG = 'maglens-card';

/**
 * The host's own styles, inline and !important so that no page rule (`* { all: revert !important }`,
 * `div { display: none !important }`) can move, hide or restyle it. Inherited properties start from their
 * initial values, so nothing of the page's font or colour reaches into the shadow root either.
 */
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0px',
  'left: 0px',
  'z-index: 2147483647',
  'display: block',
  'width: max-content',
  'height: auto',
  'margin: 0px',
  'padding: 0px',
  'border: 0px',
  'transform: none',
  'visibility: hidden',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important;`)
  .join(' ');

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders the card. */
  mount: HTMLElement;
  remove(): void;
}

/** Creates the card's host with an open shadow root and its styles, attached to the fullscreen element
 * when there is one (so the card shows in fullscreen too), else to <html>. */
export function createCardHost(css: string, doc: Document = document): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  (doc.fullscreenElement ?? doc.documentElement).append(host);
  return { host, mount, remove: () => host.remove() };
}
