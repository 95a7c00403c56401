import { foldText } from '@/utils/matcher/word-chars';
import type { PageTerm } from '@/utils/messages';
import type { Density } from '@/utils/settings';
import type { FoundMatch } from './page-scanner';

/**
 * A page is about health when at least this many passages of its main content are by themselves
 * (they hold a specific wording or a clear health cue: data/README.md)...
 */
export const HEALTH_PASSAGES_FOR_PAGE = 3;
/** ...and they are at least this share of the main-content passages holding a wording. */
export const HEALTH_SHARE_FOR_PAGE = 1 / 3;

/**
 * Every match found on the page, kept in memory in the order found (document order for the first
 * scan), whether or not it is painted right now: switching a topic or the site back on is then
 * instant, and the popup's counts include every occurrence even in "first" density.
 */

export interface Mark extends FoundMatch {
  topicId: string;
  /** Order of discovery; lower is earlier on the page. */
  seq: number;
}

export interface Selection {
  disabledTopics: ReadonlySet<string>;
  density: Density;
}

export interface MarkStore {
  add(found: FoundMatch, topicId: string): Mark;
  /** Removes marks (and returns how many went). */
  removeWhere(test: (mark: Mark) => boolean): number;
  /** Marks whose match starts in this text node. */
  startingIn(node: Text): readonly Mark[] | undefined;
  clear(): void;
  readonly size: number;
  /** Marks that count: in the main content, topic on, and counting in their passage or (everyday
   * wordings) on a page about health. */
  counted(disabledTopics: ReadonlySet<string>): Mark[];
  /** The marks to paint: counted, and in "first" density only the first of each wording. */
  select(selection: Selection): Mark[];
}

export function createMarkStore(): MarkStore {
  let marks: Mark[] = [];
  const byStart = new Map<Text, Mark[]>();
  let seq = 0;

  const index = (mark: Mark) => {
    const node = mark.nodes[0]!;
    const list = byStart.get(node);
    if (list) list.push(mark);
    else byStart.set(node, [mark]);
  };

  const counted = (disabledTopics: ReadonlySet<string>): Mark[] => {
    const context = pageIsAboutHealth(marks);
    return marks.filter(
      (mark) => mark.inMain && (mark.verdict === 'yes' || context) && !disabledTopics.has(mark.topicId),
    );
  };

  return {
    add(found, topicId) {
      const mark: Mark = { ...found, topicId, seq: seq++ };
      marks.push(mark);
      index(mark);
      return mark;
    },
    removeWhere(test) {
      const before = marks.length;
      const kept: Mark[] = [];
      for (const mark of marks) {
        if (!test(mark)) {
          kept.push(mark);
          continue;
        }
        const node = mark.nodes[0]!;
        const list = byStart.get(node);
        if (!list) continue;
        const rest = list.filter((m) => m !== mark);
        if (rest.length > 0) byStart.set(node, rest);
        else byStart.delete(node);
      }
      marks = kept;
      return before - kept.length;
    },
    startingIn(node) {
      return byStart.get(node);
    },
    clear() {
      marks = [];
      byStart.clear();
    },
    get size() {
      return marks.length;
    },
    counted,
    select({ disabledTopics, density }) {
      const list = counted(disabledTopics);
      if (density === 'every') return list;
      const seen = new Set<string>();
      return list.filter((mark) => {
        if (seen.has(mark.wording)) return false;
        seen.add(mark.wording);
        return true;
      });
    },
  };
}

/** A wording as written, folded for comparing: case, apostrophes and white space. */
/** The popup's terms from marks in the order given: each term once, with its count and every wording as
 * written (one of each spelling). */
export function pageTermsOf(marks: Iterable<Mark>): PageTerm[] {
  const byTerm = new Map<string, { term: PageTerm; folded: Set<string> }>();
  for (const mark of marks) {
    let entry = byTerm.get(mark.termId);
    if (!entry) {
      entry = { term: { termId: mark.termId, wordings: [], count: 0 }, folded: new Set() };
      byTerm.set(mark.termId, entry);
    }
    entry.term.count++;
    const folded = foldWritten(mark.text);
    if (!entry.folded.has(folded)) {
      entry.folded.add(folded);
      entry.term.wordings.push(mark.text.replace(/\s+/gu, ' '));
    }
  }
  return [...byTerm.values()].map((e) => e.term);
}

export function foldWritten(text: string): string {
  return foldText(text).trim();
}

/** Is the page about health: enough of its main-content passages are by themselves? Everyday
 * wordings never make it so. */
export function pageIsAboutHealth(marks: readonly FoundMatch[]): boolean {
  const passages = new Set<Node>();
  const health = new Set<Node>();
  for (const mark of marks) {
    if (!mark.inMain) continue;
    passages.add(mark.passage);
    if (mark.healthPassage) health.add(mark.passage);
  }
  return health.size >= HEALTH_PASSAGES_FOR_PAGE && health.size >= passages.size * HEALTH_SHARE_FOR_PAGE;
}
