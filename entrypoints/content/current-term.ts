/**
 * The "current term": where the keyboard's next/previous commands and the popup's list last took the
 * reader. It has its own highlight, registered only while there is a current term, painted above the
 * topic marks so it reads as "you are here" in any mark style.
 */

export const CURRENT_HIGHLIGHT = 'maglens-current-term';

export type Direction = 'next' | 'previous';

/** A solid, thicker underline in the system's selection colour over a light tint: distinct from the
 * topics' dotted underlines and tints, and from the page's links. */
export const CURRENT_TERM_CSS =
  `::highlight(${CURRENT_HIGHLIGHT}) { ` +
  'background-color: rgba(25, 103, 210, 0.16); background-color: color-mix(in srgb, Highlight 28%, transparent); ' +
  'text-decoration: underline solid 3px rgb(25, 103, 210); text-decoration-color: Highlight; ' +
  'text-underline-offset: 3px; text-decoration-skip-ink: none; }';

/**
 * Where a move lands in a list of `total` marks in reading order. From a known place it steps one on,
 * wrapping at either end. From nowhere (nothing current yet) it starts at the viewport: `next` lands on
 * the first mark not above it (`firstNotAbove`), `previous` on the last mark not below it
 * (`lastNotBelow`); -1 for either means there is none, and the move wraps to the other end.
 */
export function stepIndex(
  total: number,
  from: number | null,
  direction: Direction,
  viewport: { firstNotAbove: number; lastNotBelow: number },
): number | null {
  if (total <= 0) return null;
  if (from !== null && from >= 0 && from < total) {
    return direction === 'next' ? (from + 1) % total : (from - 1 + total) % total;
  }
  if (direction === 'next') return Math.max(viewport.firstNotAbove, 0);
  return viewport.lastNotBelow >= 0 ? viewport.lastNotBelow : total - 1;
}

/** "Term 3 of 12 on this page". */
export function positionText(position: { index: number; total: number }): string {
  return `Term ${position.index + 1} of ${position.total} on this page`;
}
