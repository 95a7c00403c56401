import type { ContextVerdict, Passage } from '@/utils/matcher/context-rules';
import type { MatchRules } from '@/utils/matcher/match-rules';
import type { TermMatcher, TextMatch } from '@/utils/matcher/term-matcher';
import { foldWord, isApostropheCode, isWordCode } from '@/utils/matcher/word-chars';
import type { MainContentTest } from './main-content';

/**
 * Scans a DOM subtree for terms in two passes. The first reads every text node once, in order, and
 * keeps its text, doing no more per node than a bare TreeWalker pass: the page's text becomes one
 * string. The second runs the matcher over that string natively. Only where a match lands does the
 * scanner look at the DOM around it: the match must lie in one run of text (text nodes of one block,
 * joined across inline elements, so "muscle <em>cramps</em>" is found whole), outside fields,
 * editors, code, hidden content and MagLens' own UI, and be visible. A match that crosses a block,
 * a line break or a skipped element is rescanned within its own run. Where two text nodes meet
 * word to word ("end.</p><p>Start"), the first pass asks whether they join, and keeps them apart
 * when they do not. Both passes are resumable: `step(deadline)` works until the deadline and says
 * whether more is left, so the caller can slice the scan into short tasks.
 */

export interface FoundMatch {
  termId: string;
  /** The wording as written on the page. */
  text: string;
  /** The dataset wording (case-folded) it matched: the key for "first occurrence" density. */
  wording: string;
  /** 'yes': counts; 'page': an everyday wording that counts only on a page about health. */
  verdict: Exclude<ContextVerdict, 'no'>;
  /** The block of text holding the match (its passage, for the page's health context). */
  passage: Node;
  /** Is that passage about health by itself (a specific wording or a clear health cue)? */
  healthPassage: boolean;
  /** Is the match in the page's main content (not in navigation, a footer, an aside, a link list)? */
  inMain: boolean;
  /** The text nodes the match covers, first to last. */
  nodes: Text[];
  startOffset: number;
  endOffset: number;
}

export interface ScanOptions {
  matcher: TermMatcher;
  /** What is asked where a match lands (match-rules.ts): only then, so they may load with the wordings. */
  rules: MatchRules;
  isOwnElement: (node: Node) => boolean;
  onMatch: (match: FoundMatch) => void;
  /** Called for every open shadow root met on the way (it is scanned as part of this walk). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Where to look for open shadow roots below the root: on every element (the default), or on
   * custom elements only, found by one native query without touching the others; shadow roots of
   * built-in elements are then left to `findBuiltInShadowRoots`, once the page's marks are shown.
   */
  shadowHosts?: 'all' | 'custom-elements';
  /** Visibility check for an element holding a match; defaults to `checkVisibility()`. */
  isVisible?: (element: Element) => boolean;
  /** Is an element in its page's main content? Defaults to main-content.ts on each document. */
  isMainContent?: MainContentTest;
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

/** Attribute-based skips, checked with `matches()` on the elements above a match. */
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

/** Put in the joined text between two text nodes that meet word to word but do not join: no
 * wording contains it, and it is no word character, so words on either side stay apart. */
const APART = '\u0000';
/** The matcher reads the joined text in windows of this many code units, so no single call runs
 * long on a huge page; a window is read with a margin past its end for matches that straddle it. */
const WINDOW = 1 << 16;
const WINDOW_MARGIN = 1024;
/** A block longer than this is not one passage: a match's passage is the text this far around it. */
const LONG_BLOCK = 1200;
const PASSAGE_REACH = 400;

/** Could a word start at the beginning of `data`, or end at its end? (Apostrophes join words.) */
const wordAtStart = (data: string): boolean =>
  isWordCode(data.charCodeAt(0)) ||
  (data.length > 1 && isApostropheCode(data.charCodeAt(0)) && isWordCode(data.charCodeAt(1)));
const wordAtEnd = (data: string, n: number): boolean => {
  return (
    isWordCode(data.charCodeAt(n - 1)) ||
    (n > 1 && isApostropheCode(data.charCodeAt(n - 1)) && isWordCode(data.charCodeAt(n - 2)))
  );
};

export function scanSubtree(root: Node, options: ScanOptions): SubtreeScan {
  const { matcher, rules, isOwnElement, onMatch, onShadowRoot } = options;
  const { createPassage, resolveEntry, extendOverlaps } = rules;
  const isVisible = options.isVisible ?? defaultIsVisible;
  let mainContent = options.isMainContent ?? null;
  const isMainContent: MainContentTest = (element) => {
    mainContent ??= rules.createMainContentTest();
    return mainContent(element);
  };
  const doc = root.ownerDocument ?? (root as Document);
  const queue: Node[] = [root];
  const visibility = new Map<Element, boolean>();

  // ——— the root being scanned: its text nodes, where each starts in the joined text ———
  let scanRoot: Node = root;
  let walker: TreeWalker | null = null;
  let infos = new Map<Node, ParentInfo>();
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  /** Indexes of nodes with an APART before them. */
  let apart = new Set<number>();
  let length = 0;
  let lastEndsWord = false;
  /** The joined text, once every node is read (null while reading). */
  let text: string | null = null;
  /** Where the matcher goes on from, and the node holding it. */
  let pos = 0;
  let nodeAt = 0;
  /** The last run looked up (matches come in order, so the next one is usually in it). */
  let run: { first: number; last: number; passage: Passage | null } | null = null;

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
        (kind === SKIPPED || element.matches(SKIPPED_SELECTOR) || isOwnElement(element) ? element : null);
      const inline = base !== undefined && kind === INLINE;
      info = { skipRoot, block: inline ? base.block : node };
    }
    infos.set(node, info);
    return info;
  };

  const skippedNode = (node: Text): boolean => !node.parentNode || infoOf(node.parentNode).skipRoot !== null;

  /** Do two text nodes, one after the other in the walk, belong to one run of text? */
  const joins = (before: Text, after: Text): boolean => {
    if (!before.parentNode || !after.parentNode) return false;
    const a = infoOf(before.parentNode);
    const b = infoOf(after.parentNode);
    if (a.skipRoot || b.skipRoot || a.block !== b.block) return false;
    const previous = after.previousSibling;
    return !(previous && previous.nodeType === 1 && (previous as Element).localName === 'br');
  };

  const endOf = (index: number): number =>
    index + 1 < nodes.length ? starts[index + 1]! - (apart.has(index + 1) ? 1 : 0) : length;

  /** The run of text holding node `index`: the nodes around it that join. */
  const runAround = (index: number) => {
    if (run && index >= run.first && index <= run.last) return run;
    let first = index;
    while (first > 0 && joins(nodes[first - 1]!, nodes[first]!)) first--;
    let last = index;
    while (last + 1 < nodes.length && joins(nodes[last]!, nodes[last + 1]!)) last++;
    run = { first, last, passage: null };
    return run;
  };

  const visible = (element: Element): boolean => {
    let known = visibility.get(element);
    if (known === undefined) {
      known = isVisible(element);
      visibility.set(element, known);
    }
    return known;
  };

  /** Reports a match lying in one run, nodes `first` to `last`, if it is visible and its context
   * allows it. */
  const report = (match: TextMatch, first: number, last: number) => {
    const joined = text!;
    const startNode = nodes[first]!;
    if (!startNode.parentElement || !visible(startNode.parentElement)) return;
    const around = runAround(first);
    const from = starts[around.first]!;
    const to = endOf(around.last);
    let passage: Passage;
    if (to - from <= LONG_BLOCK) {
      around.passage ??= createPassage(joined.slice(from, to), matcher);
      passage = around.passage;
    } else {
      const near = joined.slice(
        Math.max(from, match.start - PASSAGE_REACH),
        Math.min(to, match.end + PASSAGE_REACH),
      );
      passage = createPassage(near, matcher);
    }
    const use = { text: joined, start: match.start, end: match.end, from, to };
    const resolved = resolveEntry(match.entries, passage, use);
    if (!resolved) return;
    onMatch({
      termId: resolved.entry.termId,
      text: joined.slice(match.start, match.end),
      wording: foldWord(resolved.entry.text),
      verdict: resolved.verdict,
      passage: infoOf(startNode.parentNode!).block,
      healthPassage: resolved.entry.kind === 'specific' || (resolved.verdict === 'yes' && passage.health()),
      inMain: isMainContent(startNode.parentElement),
      nodes: nodes.slice(first, last + 1),
      startOffset: match.start - starts[first]!,
      endOffset: match.end - starts[last]!,
    });
  };

  /** The last node a match [start, end) covers, from the node holding its start. */
  const lastNodeOf = (first: number, end: number): number => {
    let last = first;
    while (last + 1 < nodes.length && starts[last + 1]! < end) last++;
    return last;
  };

  /** Takes one match of the joined text; returns where the matcher goes on from. */
  const take = (found: TextMatch): number => {
    const match = extendOverlaps(text!, found, matcher);
    while (nodeAt + 1 < nodes.length && starts[nodeAt + 1]! <= match.start) nodeAt++;
    const first = nodeAt;
    const last = lastNodeOf(first, match.end);
    let whole = !skippedNode(nodes[first]!);
    for (let k = first + 1; whole && k <= last; k++) whole = joins(nodes[k - 1]!, nodes[k]!);
    if (whole) {
      report(match, first, last);
      return match.end;
    }
    if (skippedNode(nodes[first]!)) return endOf(first);
    // The match crosses the end of its run: match again within the run alone.
    const around = runAround(first);
    const offset = starts[around.first]!;
    const own = text!.slice(offset, endOf(around.last));
    for (const whole of matcher.findAll(own)) {
      const inner = extendOverlaps(own, whole, matcher);
      const start = inner.start + offset;
      if (start < match.start) continue;
      const placed = { start, end: inner.end + offset, entries: inner.entries };
      let from = first;
      while (from + 1 <= around.last && starts[from + 1]! <= start) from++;
      report(placed, from, lastNodeOf(from, placed.end));
    }
    return endOf(around.last);
  };

  /** Open shadow roots below `node`: hosts rarely hold text, so they are looked for separately. */
  const queueShadowRoots = (node: Node) => {
    if (options.shadowHosts === 'custom-elements' && node.nodeType !== 11) {
      if (node.nodeType === 1 && (node as Element).shadowRoot) addShadow((node as Element).shadowRoot!);
      for (const host of customElementsIn(node)) if (host.shadowRoot) addShadow(host.shadowRoot);
      return;
    }
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
    if (!scannableHost(shadow.host, isOwnElement)) return;
    queue.push(shadow);
    onShadowRoot?.(shadow);
  };

  /** Starts the next root in the queue; false when none is left. */
  const begin = (): boolean => {
    const next = queue.shift();
    if (!next) {
      walker = null;
      return false;
    }
    scanRoot = next;
    walker = doc.createTreeWalker(next, NodeFilter.SHOW_TEXT);
    infos = new Map();
    nodes = [];
    starts = [];
    parts = [];
    apart = new Set();
    length = 0;
    lastEndsWord = false;
    text = null;
    pos = 0;
    nodeAt = 0;
    run = null;
    queueShadowRoots(next);
    return true;
  };

  /** First pass: reads text nodes until the deadline; true when the root's text is all read. */
  const read = (deadline: number): boolean => {
    // The hottest loop: it runs once per text node, mostly before the JIT has warmed up, so it keeps
    // its state in locals and does the least it can per node.
    const tree = walker!;
    const found = nodes;
    const offsets = starts;
    const pieces = parts;
    let at = length;
    let endsWord = lastEndsWord;
    let count = 0;
    let done = true;
    for (let node = tree.nextNode() as Text | null; node !== null; node = tree.nextNode() as Text | null) {
      const data = node.data;
      const n = data.length;
      if (n !== 0) {
        if (endsWord && wordAtStart(data) && !joins(found[found.length - 1]!, node)) {
          apart.add(found.length);
          pieces.push(APART);
          at++;
        }
        found.push(node);
        offsets.push(at);
        pieces.push(data);
        at += n;
        endsWord = wordAtEnd(data, n);
      }
      if ((++count & 255) === 0 && performance.now() > deadline) {
        done = false;
        break;
      }
    }
    length = at;
    lastEndsWord = endsWord;
    if (!done) return false;
    text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    return true;
  };

  /** Second pass: matches the joined text until the deadline; true when it is all matched. */
  const match = (deadline: number): boolean => {
    const joined = text!;
    let count = 0;
    while (pos < joined.length) {
      const windowEnd = Math.min(joined.length, pos + WINDOW);
      const view =
        windowEnd + WINDOW_MARGIN >= joined.length ? joined : joined.slice(0, windowEnd + WINDOW_MARGIN);
      for (let found = matcher.findNext(view, pos); found !== null; found = matcher.findNext(view, pos)) {
        if (found.start >= windowEnd) break;
        pos = take(found);
        if ((++count & 63) === 0 && performance.now() > deadline) return false;
      }
      pos = Math.max(pos, windowEnd);
      if (performance.now() > deadline) return pos >= joined.length;
    }
    return true;
  };

  let started = false;

  function step(deadline: number): boolean {
    if (!started) {
      started = true;
      if (!begin()) return true;
    }
    while (walker) {
      if (text === null && !read(deadline)) return false;
      if (!match(deadline)) return false;
      if (!begin()) {
        forgetLastMatch();
        return true;
      }
      if (performance.now() > deadline) return false;
    }
    return true;
  }

  return { step };
}

const EMPTY = /(?:)/;

/**
 * V8 keeps the text of the last regular expression match in the page's context (for `RegExp.lastMatch`):
 * after a scan, that is the page's whole joined text (about 1 MB on a long article), kept for as long
 * as the frame lives. One match on an empty string lets it go.
 */
function forgetLastMatch(): void {
  EMPTY.exec('');
}

/** Can text in this host's shadow root be marked: not MagLens' own, not inside a skipped element? */
export function scannableHost(host: Element, isOwnElement: (node: Node) => boolean): boolean {
  return !isOwnElement(host) && !host.closest(SKIPPED_ANCESTOR_SELECTOR);
}

/** Autonomous custom elements (their names have a hyphen) below `root`, found natively by XPath
 * without making a JavaScript object for every other element (that costs more than reading the
 * page's text); every element where XPath is missing. */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";
function customElementsIn(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  try {
    const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const hosts: Element[] = [];
    for (let i = 0; i < found.snapshotLength; i++) hosts.push(found.snapshotItem(i) as Element);
    return hosts;
  } catch {
    return [...(root as Element).getElementsByTagName('*')];
  }
}

/** Built-in elements that may host a shadow root (the HTML standard's list for attachShadow). */
export const BUILT_IN_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/**
 * Open shadow roots of built-in elements in the document (a custom-elements-only scan leaves them
 * out), as a resumable sweep: `step(deadline)` returns the roots found in this slice and whether the
 * sweep is done.
 */
export function findBuiltInShadowRoots(doc: Document): {
  step(deadline: number): { found: ShadowRoot[]; done: boolean };
} {
  let tag = 0;
  let index = 0;
  let list: HTMLCollectionOf<Element> | null = null;
  return {
    step(deadline) {
      const found: ShadowRoot[] = [];
      while (tag < BUILT_IN_HOSTS.length) {
        list ??= doc.getElementsByTagName(BUILT_IN_HOSTS[tag]!);
        while (index < list.length) {
          const shadow = list[index++]!.shadowRoot;
          if (shadow) found.push(shadow);
          if ((index & 127) === 0 && performance.now() > deadline) return { found, done: false };
        }
        tag++;
        index = 0;
        list = null;
      }
      return { found, done: true };
    },
  };
}
