import type { CardLayout } from './card-host';

/**
 * On a narrow touch screen the card is a bottom sheet (card-host.ts lays it out, card-position.ts fits it
 * under the tapped term). This module decides when, from the width of the window and the last input, and
 * closes the sheet on a swipe down. Taps themselves open cards as clicks do (card-controller.ts): the first
 * tap on a term, a linked one too, shows its card and is kept from the page; a second tap on the same term
 * goes to the page, so a link then follows.
 */

/** Windows at most this wide (CSS px) get the sheet when the reader uses touch. */
export const SHEET_MAX_WIDTH = 480;
/** A swipe this far down, and mostly down, closes the sheet. */
export const SWIPE_CLOSE_PX = 60;

export interface SheetInput {
  /** The window's width in CSS px. */
  width: number;
  /** The device's main pointer is coarse (a phone or a tablet). */
  coarsePointer: boolean;
  /** The pointerType of the last press on the page ('mouse', 'touch', 'pen'), or null before any. */
  lastPointer: string | null;
}

/** Bottom sheet on narrow screens touched by a finger (or a pen); the floating card everywhere else. */
export function layoutFor({ width, coarsePointer, lastPointer }: SheetInput): CardLayout {
  if (width > SHEET_MAX_WIDTH) return 'float';
  const touch = lastPointer === null ? coarsePointer : lastPointer === 'touch' || lastPointer === 'pen';
  return touch ? 'sheet' : 'float';
}

export interface Swipe {
  x: number;
  y: number;
  /** The sheet's content was scrolled down when the finger landed: the swipe scrolls it back, not away. */
  contentScrolled: boolean;
}

/** Does a finger that went from `start` to `end` ask the sheet to close? */
export function isSwipeDown(start: Swipe, end: { x: number; y: number }): boolean {
  const dy = end.y - start.y;
  const dx = Math.abs(end.x - start.x);
  return !start.contentScrolled && dy >= SWIPE_CLOSE_PX && dy > 2 * dx;
}

export interface TouchSheet {
  /** The layout for a card opened now. */
  layout(): CardLayout;
}

export interface TouchSheetOptions {
  /** The card's host while a card is shown. */
  host: () => Element | null;
  close: () => void;
  signal: AbortSignal;
  win?: Window;
}

export function watchTouchSheet({ host, close, signal, win = window }: TouchSheetOptions): TouchSheet {
  const doc = win.document;
  const options = { capture: true, passive: true, signal };
  let lastPointer: string | null = null;
  let swipe: Swipe | null = null;
  const coarse = win.matchMedia?.('(pointer: coarse)');

  doc.addEventListener(
    'pointerdown',
    (e) => {
      lastPointer = e.pointerType || 'mouse';
    },
    options,
  );
  const onSheet = (e: TouchEvent) => {
    const shown = host();
    return !!shown && e.target === shown && shown.getAttribute('data-layout') === 'sheet';
  };
  doc.addEventListener(
    'touchstart',
    (e) => {
      const touch = e.touches[0];
      swipe =
        onSheet(e) && e.touches.length === 1 && touch
          ? { x: touch.clientX, y: touch.clientY, contentScrolled: scrolledInside(e) }
          : null;
    },
    options,
  );
  doc.addEventListener(
    'touchend',
    (e) => {
      const touch = e.changedTouches[0];
      const start = swipe;
      swipe = null;
      if (start && touch && onSheet(e) && isSwipeDown(start, { x: touch.clientX, y: touch.clientY })) close();
    },
    options,
  );
  doc.addEventListener(
    'touchcancel',
    () => {
      swipe = null;
    },
    options,
  );

  return {
    layout: () => layoutFor({ width: win.innerWidth, coarsePointer: !!coarse?.matches, lastPointer }),
  };
}

/** True when the touch landed in something inside the card that is scrolled away from its top. */
function scrolledInside(e: TouchEvent): boolean {
  // The path runs from the touched element in the card's shadow root up to its host (the event's target
  // as the document sees it), then on through the page, whose own scroll does not count.
  for (const node of e.composedPath()) {
    if (node === e.target) break;
    if (node instanceof Element && node.scrollTop > 0) return true;
  }
  return false;
}
