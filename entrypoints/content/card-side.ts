import type { Box } from './card-position';

/**
 * Where the floating card goes so it hides as little as it can of the paragraph being read, with its
 * essentials (what, grade, in practice, seek care if) in sight: beside the paragraph when the window has
 * room there and the term is near that edge; else under or over the whole paragraph when that is near the
 * term and the essentials fit there (the rest scrolls); else under or over the term's line, on the side
 * with room for all of the card, else for its essentials, failing that the side with more room.
 */

export type CardSide = 'right-start' | 'left-start' | 'bottom-start' | 'top-start';

export interface CardSidePlan {
  side: CardSide;
  /** The box the card is placed against (the term's line, or the paragraph around it). */
  reference: Box;
  /** Beside the paragraph in a margin narrower than the card: the card narrows to this. */
  width?: number;
}

export interface SideInput {
  /** The term's line. */
  term: Box;
  /** The paragraph (the nearest block) around the term, or null when unknown. */
  block: Box | null;
  viewport: { width: number; height: number };
  /** The narrowest the card may become to fit beside the paragraph (it keeps its width elsewhere). */
  minWidth?: number;
  /** The card's size when nothing caps its height, and the height that shows its essentials (header, the
   * essentials, the actions) without scrolling; the whole height when it has none apart. */
  card: { width: number; height: number; essentials?: number };
  /** Gap between the card and what it sits next to, and the margin it keeps from the window's edges. */
  gap: number;
  padding: number;
  /** How far from the term the card may sit when it goes beside, under or over the paragraph: the pointer
   * has to reach it within the hover grace (hover-intent.ts), across the text in between. */
  maxReach: number;
}

export function planCardSide(input: SideInput): CardSidePlan {
  const { term, block, viewport, card, gap, padding, maxReach } = input;
  const width = Math.min(card.width, input.minWidth ?? card.width) + gap + padding;
  const height = card.height + gap + padding;
  const essentials = Math.min(card.height, card.essentials ?? card.height) + gap + padding;
  if (block) {
    const column = { left: block.left, right: block.right, top: term.top, bottom: term.bottom };
    // Beside, the card may narrow to the margin (down to minWidth): its height is the window's there.
    const narrowed = (room: number) => (room < card.width ? { width: Math.floor(room) } : {});
    const right = viewport.width - block.right;
    if (right >= width && block.right - term.right <= maxReach)
      return { side: 'right-start', reference: column, ...narrowed(right - gap - padding) };
    if (block.left >= width && term.left - block.left <= maxReach)
      return { side: 'left-start', reference: column, ...narrowed(block.left - gap - padding) };
    const around = { left: term.left, right: term.right, top: block.top, bottom: block.bottom };
    // Under or over the paragraph even if the card must shorten there, as long as its essentials show
    // (the rest scrolls).
    if (block.bottom - term.bottom <= maxReach && viewport.height - block.bottom >= essentials)
      return { side: 'bottom-start', reference: around };
    if (term.top - block.top <= maxReach && block.top >= essentials)
      return { side: 'top-start', reference: around };
  }
  const below = viewport.height - term.bottom;
  const above = term.top;
  const under = { side: 'bottom-start', reference: term } as const;
  const over = { side: 'top-start', reference: term } as const;
  if (below >= height) return under;
  if (above >= height) return over;
  if (below >= essentials) return under;
  if (above >= essentials) return over;
  return below >= above ? under : over;
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
