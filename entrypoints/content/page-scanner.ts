import { type ContextVerdict, foldForPhrases, resolveEntry } from '@/utils/matcher/context-rules';
import type { TermMatcher } from '@/utils/matcher/term-matcher';

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

export interface SubtreeScan {
  /** Scans until `performance.now()` passes `deadline`; returns true when the subtree is done. */
  step(deadline: number): boolean;
}

export function scanSubtree(root: Node, options: ScanOptions): SubtreeScan {
  const { matcher, isOwnElement, onMatch, onShadowRoot } = options;
  const isVisible = options.isVisible ?? defaultIsVisible;
  const doc = root.ownerDocument ?? (root as Document);
  const queue: Node[] = [root];
  let walker: TreeWalker | null = null;
  let skipped = new Set<Element>();
  const visibility = new Map<Element, boolean>();

  let runNodes: Text[] = [];
  let runBlock: Node | null = null;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;

  const blockOf = (parent: Node): Node => {
    if (parent === lastParent) return lastBlock!;
    let node: Node = parent;
    while (node.nodeType === 1 && INLINE_TAGS.has((node as Element).localName) && node !== walker!.root) {
      const up = node.parentNode;
      if (!up) break;
      node = up;
    }
    lastParent = parent;
    lastBlock = node;
    return node;
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
    if (runNodes.length === 0) return;
    const nodes = runNodes;
    runNodes = [];
    runBlock = null;
    const text = nodes.length === 1 ? nodes[0]!.data : nodes.map((n) => n.data).join('');
    const matches = matcher.findAll(text);
    if (matches.length === 0) return;
    const starts: number[] = [];
    let offset = 0;
    for (const node of nodes) {
      starts.push(offset);
      offset += node.data.length;
    }
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

  let current: Node | null = null;

  /** Starts the next root in the queue; false when none is left. */
  const begin = (): boolean => {
    flush();
    const next = queue.shift();
    if (!next) {
      walker = null;
      return false;
    }
    walker = doc.createTreeWalker(next, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    skipped = new Set((next as ParentNode).querySelectorAll?.(SKIPPED_SELECTOR) ?? []);
    lastParent = null;
    const shadow = next.nodeType === 1 ? (next as Element).shadowRoot : null;
    if (shadow) {
      queue.push(shadow);
      onShadowRoot?.(shadow);
    }
    current = walker.nextNode();
    return true;
  };

  /** Moves past the current node's subtree. */
  const skipSubtree = (w: TreeWalker): Node | null => {
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      if (!w.parentNode()) return null;
    }
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
      const node = current;
      if (node === null) {
        if (!begin()) return true;
        continue;
      }
      if (node.nodeType === 3) {
        const text = node as Text;
        const block = blockOf(text.parentNode!);
        if (block !== runBlock) {
          flush();
          runBlock = block;
        }
        runNodes.push(text);
        current = walker!.nextNode();
      } else {
        const element = node as Element;
        if (rejects(element)) {
          flush();
          current = skipSubtree(walker!);
        } else {
          if (!INLINE_TAGS.has(element.localName)) flush();
          const shadow = element.shadowRoot;
          if (shadow) {
            queue.push(shadow);
            onShadowRoot?.(shadow);
          }
          current = walker!.nextNode();
        }
      }
      if ((++count & 127) === 0 && performance.now() > deadline) return false;
    }
  }

  function rejects(element: Element): boolean {
    return SKIPPED_TAGS.has(element.localName) || skipped.has(element) || isOwnElement(element);
  }

  return { step };
}
