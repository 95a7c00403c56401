/** The tag of the only element MagLens adds to a page: the card's shadow host, present while a card is shown. */
export const CARD_HOST_TAG = 'maglens-card';

/**
 * The host's own styles. `all: initial` drops whatever the page would apply to it; the properties that
 * decide where and whether the card shows are also !important, so no page rule (`* { all: revert
 * !important }`, `html > * { display: none !important }`) can move, hide or restyle it. Text properties
 * stay overridable (a reader's text-spacing stylesheet may set them), and the card resets them in its
 * shadow root anyway, so nothing of the page's font or colour reaches in.
 */
const HOST_LAYOUT: Record<string, string> = {
  position: 'fixed',
  top: '0px',
  left: '0px',
  right: 'auto',
  bottom: 'auto',
  'z-index': '2147483647',
  display: 'block',
  float: 'none',
  width: 'max-content',
  height: 'auto',
  'min-width': '0px',
  'min-height': '0px',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0px',
  padding: '0px',
  border: '0px none',
  outline: '0px none',
  background: 'none',
  'box-shadow': 'none',
  overflow: 'visible',
  transform: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  zoom: '1',
  opacity: '1',
  filter: 'none',
  'backdrop-filter': 'none',
  'clip-path': 'none',
  mask: 'none',
  'mix-blend-mode': 'normal',
  contain: 'none',
  'content-visibility': 'visible',
  animation: 'none',
  transition: 'none',
  'writing-mode': 'horizontal-tb',
  direction: 'ltr',
  'pointer-events': 'auto',
  visibility: 'hidden',
};

/** The bottom sheet of narrow touch screens: the window's width, on its bottom edge. */
const SHEET_LAYOUT: Record<string, string> = {
  ...HOST_LAYOUT,
  top: 'auto',
  bottom: '0px',
  width: '100%',
};

const styleOf = (layout: Record<string, string>) =>
  `all: initial; ${Object.entries(layout)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ')}`;

/** 'float': the card floats next to its term; 'sheet': a bottom sheet on a narrow touch screen. */
export type CardLayout = 'float' | 'sheet';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders the card. */
  mount: HTMLElement;
  /** Says `text` to screen readers through a polite live region in the shadow root (nothing shows). Call
   * it once the host is visible: a hidden region is not in the accessibility tree. */
  announce(text: string): void;
  remove(): void;
}

/** Creates the card's host with an open shadow root and its styles, attached to the fullscreen element
 * when there is one (so the card shows in fullscreen too), else to <html>. `layout` picks a floating card
 * or a bottom sheet. */
export function createCardHost(
  css: string,
  doc: Document = document,
  layout: CardLayout = 'float',
): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('style', styleOf(layout === 'sheet' ? SHEET_LAYOUT : HOST_LAYOUT));
  // The card's stylesheet and its placement read the layout from here (`:host([data-layout="sheet"])`).
  host.setAttribute('data-layout', layout);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  // Present and empty from the start, so what it is given later is read out.
  const live = doc.createElement('p');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.className = 'announce';
  root.append(style, mount, live);
  (doc.fullscreenElement ?? doc.documentElement).append(host);
  return {
    host,
    mount,
    announce: (text) => {
      live.textContent = text;
    },
    remove: () => host.remove(),
  };
}
