import type { Box } from './card-position';

/**
 * Where the floating card goes so it hides as little as it can of the paragraph being read: beside the
 * paragraph when the window has room there and the term is near that edge; else under or over the whole
 * paragraph when that is near the term and the card fits; else under or over the term's line, on the side with room for all of the card,
 * or failing that the side with more room.
 */

/** Under or over the paragraph, the card may lose this share of its height to the window's edge. */
const MOSTLY = 0.75;

export type CardSide = 'right-start' | 'left-start' | 'bottom-start' | 'top-start';

export interface CardSidePlan {
  side: CardSide;
  /** The box the card is placed against (the term's line, or the paragraph around it). */
  reference: Box;
}

export interface SideInput {
  /** The term's line. */
  term: Box;
  /** The paragraph (the nearest block) around the term, or null when unknown. */
  block: Box | null;
  viewport: { width: number; height: number };
  /** The card's size when nothing caps its height. */
  card: { width: number; height: number };
  /** Gap between the card and what it sits next to, and the margin it keeps from the window's edges. */
  gap: number;
  padding: number;
  /** How far from the term the card may sit when it goes beside, under or over the paragraph: the pointer
   * has to reach it within the hover grace (hover-intent.ts), across the text in between. */
  maxReach: number;
}

export function planCardSide(input: SideInput): CardSidePlan {
  const { term, block, viewport, card, gap, padding, maxReach } = input;
  const width = card.width + gap + padding;
  const height = card.height + gap + padding;
  if (block) {
    const column = { left: block.left, right: block.right, top: term.top, bottom: term.bottom };
    if (viewport.width - block.right >= width && block.right - term.right <= maxReach)
      return { side: 'right-start', reference: column };
    if (block.left >= width && term.left - block.left <= maxReach)
      return { side: 'left-start', reference: column };
    const around = { left: term.left, right: term.right, top: block.top, bottom: block.bottom };
    // Under or over the paragraph even if the card must shorten a little there (its middle scrolls).
    const enough = Math.min(height, MOSTLY * card.height + gap + padding);
    if (block.bottom - term.bottom <= maxReach && viewport.height - block.bottom >= enough)
      return { side: 'bottom-start', reference: around };
    if (term.top - block.top <= maxReach && block.top >= enough)
      return { side: 'top-start', reference: around };
  }
  const below = viewport.height - term.bottom;
  const above = term.top;
  if (below >= height || below >= above) return { side: 'bottom-start', reference: term };
  return { side: 'top-start', reference: term };
}

/** The box of the nearest block around a node (its paragraph, list item, cell…), or null. */
export function blockAround(node: Node | undefined): Box | null {
  let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  const view = el?.ownerDocument.defaultView;
  while (el && view) {
    const display = view.getComputedStyle(el).display;
    if (!display.startsWith('inline') && display !== 'contents') break;
    el = el.parentElement;
  }
  if (!el || el === el.ownerDocument.documentElement || el === el.ownerDocument.body) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}
