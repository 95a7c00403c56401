import { type ContextVerdict, foldForPhrases, resolveEntry } from '@/utils/matcher/context-rules';
import type { TermMatcher } from '@/utils/matcher/term-matcher';
import { isSpaceCode } from '@/utils/matcher/word-chars';

/**
 * Walks a DOM subtree once, groups consecutive text nodes of the same block into one run (so a term
 * split across inline elements — "muscle <em>cramps</em>" — is found whole), and reports each match
 * with its start and end points. Skips fields, editors, code, hidden content and MagLens' own UI.
 * The walk is resumable: `step(deadline)` works until the deadline and says whether more is left,
 * so the caller can slice it into short tasks.
 */

export interface FoundMatch {
  termId: string;
  /** The wording as written on the page. */
  text: string;
  /** The dataset wording (case-folded) it matched: the key for "first occurrence" density. */
  wording: string;
  verdict: Exclude<ContextVerdict, 'no'>;
  /** The text nodes the match covers, first to last. */
  nodes: Text[];
  startOffset: number;
  endOffset: number;
}

export interface ScanOptions {
  matcher: TermMatcher;
  isOwnElement: (node: Node) => boolean;
  onMatch: (match: FoundMatch) => void;
  /** Called for every open shadow root met on the way (it is scanned as part of this walk). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Visibility check for an element holding a match; defaults to `checkVisibility()`. */
  isVisible?: (element: Element) => boolean;
}

/** Elements whose content is never text to mark. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'input',
  'textarea',
  'select',
  'option',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
]);

/** Attribute-based skips, matched natively once per root. */
export const SKIPPED_SELECTOR =
  '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false" i]),[inert]';

/** An ancestor that makes its whole subtree skipped (for rescans of a part of the page). */
export const SKIPPED_ANCESTOR_SELECTOR = `${SKIPPED_SELECTOR},${[...SKIPPED_TAGS].join(',')}`;

/** Inline elements: text on either side of them belongs to the same run. Anything else breaks a run. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'big',
  'tt',
  'nobr',
]);

const defaultIsVisible = (element: Element): boolean =>
  typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
    : true;

const INLINE = 1;
const SKIPPED = 2;
/** One look-up per element for both questions: inline (joins runs) or skipped (never scanned). */
const TAG_KINDS = new Map<string, number>([
  ...[...INLINE_TAGS].map((tag): [string, number] => [tag, INLINE]),
  ...[...SKIPPED_TAGS].map((tag): [string, number] => [tag, SKIPPED]),
]);

/** Any character other than white space (the same white space as the matcher's). */
const NOT_BLANK = /\S/;

export interface SubtreeScan {
  /** Scans until `performance.now()` passes `deadline`; returns true when the subtree is done. */
  step(deadline: number): boolean;
}

interface ParentInfo {
  /** The outermost skipped element above (or at) this node, or null. */
  skipRoot: Node | null;
  /** The nearest non-inline ancestor-or-self: text nodes of one block join into runs. */
  block: Node;
}

export function scanSubtree(root: Node, options: ScanOptions): SubtreeScan {
  const { matcher, isOwnElement, onMatch, onShadowRoot } = options;
  const isVisible = options.isVisible ?? defaultIsVisible;
  const doc = root.ownerDocument ?? (root as Document);
  const queue: Node[] = [root];
  const visibility = new Map<Element, boolean>();

  let walker: TreeWalker | null = null;
  let scanRoot: Node = root;
  let skipped = new Set<Element>();
  let infos = new Map<Node, ParentInfo>();
  let lastParent: Node | null = null;
  let lastInfo: ParentInfo | null = null;

  let runNodes: Text[] = [];
  let runParts: string[] = [];
  let runStarts: number[] = [];
  let runLength = 0;
  let runBlock: Node | null = null;
  /** Blank text nodes met since the last node with text (see step). */
  const blanks: Text[] = [];

  /** Skip state and block of a text node's parent, computed once per element and cached. */
  const infoOf = (node: Node, depth = 0): ParentInfo => {
    const known = infos.get(node);
    if (known) return known;
    let info: ParentInfo;
    if (node.nodeType !== 1) {
      info = { skipRoot: null, block: node };
    } else {
      const element = node as Element;
      const kind = TAG_KINDS.get(element.localName);
      const up = node === scanRoot ? null : node.parentNode;
      const base = up && depth < 512 ? infoOf(up, depth + 1) : undefined;
      const skipRoot =
        base?.skipRoot ??
        (kind === SKIPPED || skipped.has(element) || isOwnElement(element) ? element : null);
      const inline = base !== undefined && kind === INLINE;
      info = { skipRoot, block: inline ? base.block : node };
    }
    infos.set(node, info);
    return info;
  };

  const visible = (element: Element): boolean => {
    let known = visibility.get(element);
    if (known === undefined) {
      known = isVisible(element);
      visibility.set(element, known);
    }
    return known;
  };

  const flush = () => {
    runBlock = null;
    if (runNodes.length === 0) return;
    const nodes = runNodes;
    const starts = runStarts;
    const text = runParts.length === 1 ? runParts[0]! : runParts.join('');
    runNodes = [];
    runParts = [];
    runStarts = [];
    runLength = 0;
    const matches = matcher.findAll(text);
    if (matches.length === 0) return;
    let folded: string | null = null;
    const foldedBlock = () => {
      folded ??= foldForPhrases(text);
      return folded;
    };
    let first = 0;
    for (const match of matches) {
      while (first + 1 < nodes.length && starts[first + 1]! <= match.start) first++;
      let last = first;
      while (last + 1 < nodes.length && starts[last + 1]! < match.end) last++;
      const startNode = nodes[first]!;
      if (!startNode.parentElement || !visible(startNode.parentElement)) continue;
      const resolved = resolveEntry(match.entries, foldedBlock);
      if (!resolved) continue;
      onMatch({
        termId: resolved.entry.termId,
        text: text.slice(match.start, match.end),
        wording: resolved.entry.text.toLowerCase().replaceAll('’', "'"),
        verdict: resolved.verdict,
        nodes: nodes.slice(first, last + 1),
        startOffset: match.start - starts[first]!,
        endOffset: match.end - starts[last]!,
      });
    }
  };

  /** Open shadow roots below `node`: hosts rarely hold text, so they are looked for separately. */
  const queueShadowRoots = (node: Node) => {
    const all =
      node.nodeType === 1 || node.nodeType === 9
        ? (node as Element).getElementsByTagName('*')
        : (node as ParentNode).querySelectorAll('*');
    if (node.nodeType === 1 && (node as Element).shadowRoot) addShadow((node as Element).shadowRoot!);
    for (let i = 0; i < all.length; i++) {
      const shadow = all[i]!.shadowRoot;
      if (shadow) addShadow(shadow);
    }
  };

  const addShadow = (shadow: ShadowRoot) => {
    if (isOwnElement(shadow.host) || shadow.host.closest(SKIPPED_ANCESTOR_SELECTOR)) return;
    queue.push(shadow);
    onShadowRoot?.(shadow);
  };

  let current: Node | null = null;

  /** Starts the next root in the queue; false when none is left. */
  const begin = (): boolean => {
    flush();
    blanks.length = 0;
    const next = queue.shift();
    if (!next) {
      walker = null;
      return false;
    }
    scanRoot = next;
    walker = doc.createTreeWalker(next, NodeFilter.SHOW_TEXT);
    skipped = new Set((next as ParentNode).querySelectorAll?.(SKIPPED_SELECTOR) ?? []);
    infos = new Map();
    lastParent = null;
    queueShadowRoots(next);
    current = walker.nextNode();
    return true;
  };

  /** Joins a text node to the current run, or starts a new run when it is in another block or
   * follows a line break. */
  const add = (text: Text, data: string, block: Node) => {
    if (block !== runBlock) {
      flush();
    } else {
      const before = text.previousSibling;
      if (before && before.nodeType === 1 && (before as Element).localName === 'br') flush();
    }
    runBlock = block;
    runNodes.push(text);
    runParts.push(data);
    runStarts.push(runLength);
    runLength += data.length;
  };

  let started = false;

  function step(deadline: number): boolean {
    if (!started) {
      started = true;
      if (!begin()) return true;
    } else if (!walker) {
      return true;
    }
    let count = 0;
    for (;;) {
      const text = current as Text | null;
      if (text === null) {
        if (!begin()) return true;
        continue;
      }
      const data = text.data;
      // A blank node (white space only) can neither start nor hold a word: it only matters as the
      // space between two nodes of one run. It waits until the next node with text says whether
      // it continues the run, so blank nodes between blocks never cost a parent look-up.
      if (data.length === 0 || (isSpaceCode(data.charCodeAt(0)) && !NOT_BLANK.test(data))) {
        blanks.push(text);
        current = walker!.nextNode();
        if ((++count & 255) === 0 && performance.now() > deadline) return false;
        continue;
      }
      const parent = text.parentNode!;
      let info = lastInfo;
      if (parent !== lastParent) {
        info = infoOf(parent);
        lastParent = parent;
        lastInfo = info;
      }
      if (info!.skipRoot) {
        // Jump past the skipped element: nextSibling() from it finds the next text after its subtree.
        flush();
        blanks.length = 0;
        walker!.currentNode = info!.skipRoot;
        current = walker!.nextSibling() ?? nextAfter(walker!);
        continue;
      }
      if (blanks.length > 0) {
        if (info!.block === runBlock) {
          for (const blank of blanks) {
            const blankInfo = infoOf(blank.parentNode!);
            if (blankInfo.skipRoot) flush();
            else add(blank, blank.data, blankInfo.block);
          }
        }
        blanks.length = 0;
      }
      add(text, data, info!.block);
      current = walker!.nextNode();
      if ((++count & 255) === 0 && performance.now() > deadline) return false;
    }
  }

  return { step };
}

/** The next accepted node after the current node's subtree, climbing out of finished parents. */
function nextAfter(walker: TreeWalker): Node | null {
  for (let node: Node | null = walker.currentNode; node && node !== walker.root; node = node.parentNode) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      walker.currentNode = sibling;
      if (sibling.nodeType === 3) return sibling;
      const inside = walker.firstChild();
      if (inside) return inside;
    }
  }
  return null;
}
