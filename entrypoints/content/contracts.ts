import type { Topic } from '@/utils/dataset/types';
import type { MatchRules } from '@/utils/matcher/match-rules';
import type { TermMatcher } from '@/utils/matcher/term-matcher';
import type { PageTerm } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { CardActions } from './card-actions';
import type { CardLayout } from './card-host';
import type { CardUiLoader } from './card-ui';

/**
 * The seams inside the content script. `index.ts` wires these together; each piece owns its teardown
 * through the AbortSignal it is given, so an extension reload leaves nothing behind on the page.
 */

/**
 * The settings as they apply to this page: the stored settings plus whether MagLens is on for this
 * site, worked out once when they load or change (effective-settings.ts) and handed to every part.
 */
export interface EffectiveSettings extends Settings {
  /** MagLens is switched on, and on for this page's site. */
  siteOn: boolean;
}

/** One marked occurrence of a term on the page. */
export interface MarkHit {
  termId: string;
  /** The wording as written on the page, e.g. "PPIs". */
  text: string;
  range: Range;
}

/** Where a mark stands among the page's marks in reading order (index from 0). */
export interface MarkPosition {
  index: number;
  total: number;
}

/** Where a next/previous move landed. */
export interface MoveResult extends MarkPosition {
  hit: MarkHit;
}

/** The scanner and its highlights (page-marks.ts). */
export interface PageMarks {
  /** The marked term under a viewport point, or null. Cheap enough for every pointer move. */
  hitTest(x: number, y: number): MarkHit | null;
  /** The first marked term whose box is inside the viewport. */
  firstInView(): MarkHit | null;
  /** The first painted mark in an element's text (a focused link), else null. */
  markIn(element: Element): MarkHit | null;
  /** A mark whose wording equals `text` (case-insensitively), else null. */
  findByText(text: string): MarkHit | null;
  /** Terms on the page, for the popup's "On this page": in page order, counted as often as marked. */
  terms(): PageTerm[];
  /** Scrolls to the first marked occurrence of a term, makes it the current term and flashes it. */
  reveal(termId: string): boolean;
  /** Moves the current term to the next or previous mark in reading order (on from `from`, the open
   * card's term, when given) and scrolls it into view; null on a page without marks. */
  step(direction: 'next' | 'previous', from?: MarkHit | null): MoveResult | null;
  /** Where a mark stands among the marks in reading order, for the card's description. */
  positionOf(hit: MarkHit): MarkPosition | null;
  /** Takes the current-term mark off (only if `hit` is the current term, when given). */
  hideCurrent(hit?: MarkHit): void;
  /** Applies new settings live: topics on/off, style, colours, density, site on/off. */
  applySettings(settings: EffectiveSettings): void;
}

export interface PageMarksOptions {
  /** The topics, for the highlights' colours. */
  topics: readonly Pick<Topic, 'id' | 'color'>[];
  /** A term's topic id. */
  topicOf: (termId: string) => string | undefined;
  /** The matcher for the dataset's wordings: built once per page, before settings have loaded. */
  matcher: TermMatcher;
  /** What the scanner asks where a match lands (utils/matcher/match-rules.ts). */
  rules: MatchRules;
  settings: EffectiveSettings;
  signal: AbortSignal;
  /** Elements MagLens itself owns (the card host): never scanned. */
  isOwnElement: (node: Node) => boolean;
}

/** Hover, keyboard and touch triggers and the card itself (card-controller.ts). */
export interface CardController {
  /** Opens the card for a mark; with `focus`, moves keyboard focus into it. */
  open(hit: MarkHit, options: { focus: boolean }): void;
  /** Opens a "not in MagLens yet" notice near the selection for unknown text. */
  notFound(text: string): void;
  close(): void;
  /** Applies new settings; closes the card when they turn its topic or this site off. */
  applySettings(settings: EffectiveSettings): void;
  /** The card host element while a card is shown, else null. */
  host(): Element | null;
  /** The term of the card shown now, else null. */
  shownHit(): MarkHit | null;
}

export interface CardControllerOptions {
  /** A term's topic id (undefined for a term MagLens has no card for). */
  topicOf: (termId: string) => string | undefined;
  /** The card's UI, loaded on first use. */
  ui: CardUiLoader;
  /** What the card's buttons do (card-actions.ts cardActions). */
  actions: CardActions;
  settings: EffectiveSettings;
  marks: PageMarks;
  signal: AbortSignal;
  /** The page a card's Save and "Not on this site" are about; by default this document (the PDF viewer
   * gives the open PDF's name, page number and address instead). */
  page?: () => { title: string; url: string; host: string };
  /** How a card opened now is laid out (touch-sheet.ts: a bottom sheet on narrow touch screens). */
  layout?: () => CardLayout;
}
