import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { blockAround, type CardSide, planCardSide } from './card-side';

/**
 * Where the card goes: next to the paragraph of the hovered line of the term (card-side.ts decides which
 * side), shifted to stay 8 px inside the window, following scroll and resize. A term that wraps onto two lines has one box
 * per line (and a term split across <em> has several boxes on one line): the card goes next to the line
 * under the pointer.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

const EMPTY: Box = { left: 0, top: 0, right: 0, bottom: 0 };

const overlapsVertically = (a: Box, b: Box) =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);

const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** Groups a range's client rects into lines (boxes that share most of their height), in order. */
export function groupLines(rects: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const rect of rects) {
    if (rect.right - rect.left <= 0 && rect.bottom - rect.top <= 0) continue;
    const i = lines.findIndex((line) => overlapsVertically(line, rect));
    if (i === -1) lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    else lines[i] = union(lines[i]!, rect);
  }
  return lines;
}

const distance = (box: Box, p: Point) =>
  Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));

/** The line of a term the card should sit next to: the one under (or nearest to) the pointer, else the first.
 * Returns its index among `groupLines(rects)`, or -1 when the range has no box at all. */
export function pickLine(lines: readonly Box[], point: Point | null): number {
  if (lines.length === 0) return -1;
  if (!point) return 0;
  let best = 0;
  for (let i = 1; i < lines.length; i++) {
    if (distance(lines[i]!, point) < distance(lines[best]!, point)) best = i;
  }
  return best;
}

const toRect = (b: Box) => ({
  x: b.left,
  y: b.top,
  left: b.left,
  top: b.top,
  right: b.right,
  bottom: b.bottom,
  width: b.right - b.left,
  height: b.bottom - b.top,
});

/** True when a box has no size and sits at the origin: what a detached range reports. */
export const isEmptyBox = (b: Box) => b.left === 0 && b.top === 0 && b.right === 0 && b.bottom === 0;

/** A floating-ui reference for one line of a range, measured afresh on every update (scroll, resize). */
export function rangeReference(range: Range, point: Point | null): VirtualElement {
  const lineIndex = pickLine(groupLines(Array.from(range.getClientRects())), point);
  const measure = (): Box => {
    const lines = groupLines(Array.from(range.getClientRects()));
    return lines[Math.min(lineIndex, lines.length - 1)] ?? EMPTY;
  };
  const start = range.startContainer;
  const contextElement = start instanceof Element ? start : (start.parentElement ?? undefined);
  return { getBoundingClientRect: () => toRect(measure()), contextElement };
}

/** A reference for a fixed box in the viewport (the selection, for the "not in MagLens" notice). */
export function boxReference(box: Box): VirtualElement {
  return { getBoundingClientRect: () => toRect(box) };
}

export const CARD_GAP = 8;
export const VIEWPORT_PADDING = 8;
/** The card never shrinks below this to fit a short window (its middle scrolls). */
export const MIN_CARD_HEIGHT = 120;
/** The custom property, set on the host, that caps the card's height to the room beside the term. */
export const MAX_HEIGHT_PROPERTY = '--ml-max-height';
/** The custom property, set on the host, that narrows the card to a margin beside the paragraph. */
export const WIDTH_PROPERTY = '--ml-card-width';
/** Beside the paragraph, the card narrows to fit a margin down to this width (card.css: 480 px else). */
export const MIN_BESIDE_WIDTH = 320;

/** Beside, under or over the paragraph, the card may sit at most this far from the term: a hand moving
 * at an easy 0.4 px/ms crosses it within the 300 ms the card waits for the pointer. */
export const MAX_REACH = 120;

export interface Placement {
  x: number;
  y: number;
  side: CardSide;
  /** The term has scrolled out of sight. */
  hidden: boolean;
}

/** Places the card where it hides least of the paragraph (card-side.ts), shifted and capped to stay in the
 * window, flipped to the other side if the window has changed under it. */
export async function computeCardPlacement(
  reference: VirtualElement,
  floating: HTMLElement,
): Promise<Placement> {
  const doc = floating.ownerDocument;
  // The card's size before any cap: whether it fits somewhere whole decides where it goes.
  floating.style.removeProperty(MAX_HEIGHT_PROPERTY);
  floating.style.removeProperty(WIDTH_PROPERTY);
  const card = floating.getBoundingClientRect();
  const essentials = essentialsHeight(floating);
  const plan = planCardSide({
    term: reference.getBoundingClientRect(),
    block: blockAround(reference.contextElement),
    viewport: { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight },
    card: { width: card.width, height: card.height, ...(essentials ? { essentials } : {}) },
    gap: CARD_GAP,
    padding: VIEWPORT_PADDING,
    maxReach: MAX_REACH,
    minWidth: MIN_BESIDE_WIDTH,
  });
  if (plan.width) floating.style.setProperty(WIDTH_PROPERTY, `${plan.width}px`);
  const placed: VirtualElement = {
    getBoundingClientRect: () => toRect(plan.reference),
    contextElement: reference.contextElement,
  };
  const result = await computePosition(placed, floating, {
    strategy: 'fixed',
    placement: plan.side,
    middleware: [
      offset(CARD_GAP),
      // Flipped only to a side where all of it fits: else the plan's side, which has room for the essentials.
      flip({ padding: VIEWPORT_PADDING, fallbackStrategy: 'initialPlacement' }),
      shift({ padding: VIEWPORT_PADDING }),
      size({
        padding: VIEWPORT_PADDING,
        apply({ availableHeight, elements }) {
          const height = Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight));
          elements.floating.style.setProperty(MAX_HEIGHT_PROPERTY, `${height}px`);
        },
      }),
      hide(),
    ],
  });
  return {
    x: Math.round(result.x),
    // Down, not to the nearest: a card of fractional height pushed against the window's bottom edge stays
    // inside it.
    y: Math.floor(result.y),
    side: result.placement as CardSide,
    hidden: !!result.middlewareData.hide?.referenceHidden,
  };
}

/**
 * The height that shows the card's essentials without scrolling its middle: from its top to the end of
 * `.essentials` (however far the middle is scrolled), the middle's bottom padding and the actions under
 * it. Undefined for a card with no essentials apart (the "not in MagLens" notice).
 */
export function essentialsHeight(floating: HTMLElement): number | undefined {
  const root = floating.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.card');
  const essentials = root?.querySelector<HTMLElement>('.essentials');
  const body = essentials?.parentElement;
  if (!card || !essentials || !body) return undefined;
  const view = floating.ownerDocument.defaultView ?? window;
  const top = card.getBoundingClientRect().top;
  const end = essentials.getBoundingClientRect().bottom + body.scrollTop - top;
  const padding = Number.parseFloat(view.getComputedStyle(body).paddingBottom) || 0;
  const footer = root?.querySelector<HTMLElement>('footer')?.getBoundingClientRect().height ?? 0;
  const border = Number.parseFloat(view.getComputedStyle(card).borderBottomWidth) || 0;
  return Math.ceil(end + padding + footer + border);
}

/** The sheet takes at most this share of the window's height. */
export const SHEET_MAX_SHARE = 0.7;
/** Where a tapped term may be scrolled up to, at the least, from the window's top. */
export const SHEET_TERM_TOP = 16;

export interface SheetFit {
  /** How far to scroll the page down so the term sits above the sheet. */
  scrollBy: number;
  /** The sheet's height cap once scrolled: the room under the term, never more than its share. */
  maxHeight: number;
}

/**
 * How a bottom sheet of `sheetHeight` px leaves the tapped term in sight: by scrolling the page up to
 * `scrollable` px (keeping the term at least SHEET_TERM_TOP from the top), then capping the sheet to the
 * room left under the term.
 */
export function fitSheet(
  term: Box,
  viewportHeight: number,
  sheetHeight: number,
  scrollable: number,
): SheetFit {
  const cap = Math.round(viewportHeight * SHEET_MAX_SHARE);
  const wanted = Math.min(sheetHeight, cap);
  const room = viewportHeight - term.bottom - CARD_GAP;
  const scrollBy = Math.max(0, Math.min(wanted - room, term.top - SHEET_TERM_TOP, scrollable));
  return { scrollBy, maxHeight: Math.max(MIN_CARD_HEIGHT, Math.min(cap, Math.floor(room + scrollBy))) };
}

/**
 * Keeps a bottom sheet clear of its term: on opening, scrolls the term up above the sheet and caps the
 * sheet to the room under it; when the phone is turned, caps it again. The sheet stays put while the
 * reader scrolls on, and keeps its height while the browser's toolbar comes and goes.
 */
export function followSheet(
  reference: VirtualElement,
  sheet: HTMLElement,
  onPlaced: (placement: Placement) => void,
): () => void {
  const win = sheet.ownerDocument.defaultView ?? window;
  let stopped = false;
  const place = (scroll: boolean) => {
    if (stopped) return;
    const term = reference.getBoundingClientRect();
    const height = win.innerHeight;
    const root = sheet.ownerDocument.scrollingElement;
    const scrollable =
      scroll && root ? Math.max(0, root.scrollHeight - root.clientHeight - root.scrollTop) : 0;
    const fit = fitSheet(term, height, sheet.getBoundingClientRect().height, scrollable);
    if (fit.scrollBy > 0) win.scrollBy({ top: fit.scrollBy, behavior: 'instant' });
    // Measured again: the term may sit in a box that did not scroll with the window.
    const moved = scroll ? reference.getBoundingClientRect() : term;
    const { maxHeight } = fitSheet(moved, height, Number.POSITIVE_INFINITY, 0);
    sheet.style.setProperty(MAX_HEIGHT_PROPERTY, `${maxHeight}px`);
    sheet.style.setProperty('visibility', 'visible', 'important');
    onPlaced({ x: 0, y: Math.max(0, height - maxHeight), side: 'bottom-start', hidden: false });
  };
  // After the caller has noted the sheet as shown (placements are asynchronous for the floating card too).
  Promise.resolve().then(() => place(true));
  // A phone turned (a new width) fits the sheet to the term again. A height that changes alone is the
  // browser's toolbar coming and going as the reader scrolls: the sheet keeps its height, within its share.
  let width = win.innerWidth;
  const onResize = () => {
    if (win.innerWidth !== width) {
      width = win.innerWidth;
      place(false);
      return;
    }
    const current = Number.parseFloat(sheet.style.getPropertyValue(MAX_HEIGHT_PROPERTY)) || MIN_CARD_HEIGHT;
    const cap = Math.round(win.innerHeight * SHEET_MAX_SHARE);
    sheet.style.setProperty(MAX_HEIGHT_PROPERTY, `${Math.max(MIN_CARD_HEIGHT, Math.min(current, cap))}px`);
  };
  win.addEventListener('resize', onResize);
  return () => {
    stopped = true;
    win.removeEventListener('resize', onResize);
  };
}

/** Keeps `floating` (a position: fixed element) next to the reference until the returned function is
 * called. `onPlaced` sees every placement, e.g. to note the side for the entry animation. A host laid out
 * as a bottom sheet (card-host.ts) is fitted under the term instead. */
export function followReference(
  reference: VirtualElement,
  floating: HTMLElement,
  onPlaced: (placement: Placement) => void,
): () => void {
  if (floating.getAttribute('data-layout') === 'sheet') return followSheet(reference, floating, onPlaced);
  let stopped = false;
  const update = () => {
    computeCardPlacement(reference, floating)
      .then((placement) => {
        if (stopped) return;
        floating.style.setProperty('left', `${placement.x}px`, 'important');
        floating.style.setProperty('top', `${placement.y}px`, 'important');
        floating.style.setProperty('visibility', placement.hidden ? 'hidden' : 'visible', 'important');
        onPlaced(placement);
      })
      .catch(() => {});
  };
  const stop = autoUpdate(reference, floating, update, { animationFrame: false });
  return () => {
    stopped = true;
    stop();
  };
}
