import { CURRENT_HIGHLIGHT } from './current-term';
import { FLASH_HIGHLIGHT } from './highlight-styles';

/**
 * Paints ranges through the CSS Custom Highlight API and adds MagLens' one stylesheet through
 * `adoptedStyleSheets`: neither inserts, removes nor changes a node, so the page's own mutation
 * observers see nothing. Works from content scripts in Chromium and in Firefox (checked in e2e).
 */

export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  get?(name: string): unknown;
}

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  readonly size: number;
}

export interface HighlightEnvironment {
  registry: HighlightRegistryLike;
  createHighlight: () => HighlightLike;
}

export interface HighlightPainter {
  /** Replaces the stylesheet's rules. */
  setStyles(css: string): void;
  /** Adds the stylesheet to a shadow root too (Firefox does not apply document styles inside). */
  adoptInto(root: ShadowRoot): void;
  /** Registers exactly these highlights (name → ranges); other MagLens highlights are removed. */
  paint(groups: ReadonlyMap<string, readonly AbstractRange[]>): void;
  /** Shows a temporary flash on one range, or removes it with null. */
  flash(range: AbstractRange | null): void;
  /** Shows the "current term" highlight on one range, or unregisters it with null. */
  current(range: AbstractRange | null): void;
  dispose(): void;
}

/** The page's own highlight registry, when the browser has one. */
export function browserHighlights(): HighlightEnvironment | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return {
    registry: CSS.highlights as unknown as HighlightRegistryLike,
    createHighlight: () => new Highlight() as unknown as HighlightLike,
  };
}

export function createHighlightPainter(
  doc: Document,
  env: HighlightEnvironment | null = browserHighlights(),
): HighlightPainter {
  const painted = new Map<string, HighlightLike>();
  /** Removes a name only while it still holds our highlight: after an update, the old content script
   * tears down while the new one may already have registered the same names. */
  const unregister = (name: string, highlight: HighlightLike) => {
    if (!env) return;
    const registered = env.registry.get?.(name);
    if (registered === undefined || registered === highlight) env.registry.delete(name);
  };
  /** A highlight of one range under a name of its own (the flash, the current term), registered only
   * while it shows a range. */
  const singleRange = (name: string, priority: number) => {
    let highlight: HighlightLike | null = null;
    const hide = () => {
      if (highlight) unregister(name, highlight);
      highlight = null;
    };
    return {
      show(range: AbstractRange | null) {
        if (!env) return;
        if (!range) return hide();
        highlight ??= env.createHighlight();
        highlight.clear();
        highlight.priority = priority;
        highlight.add(range);
        env.registry.set(name, highlight);
      },
      hide,
    };
  };
  const flashed = singleRange(FLASH_HIGHLIGHT, 10);
  const currentTerm = singleRange(CURRENT_HIGHLIGHT, 5);
  const sheet =
    typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
      ? new CSSStyleSheet()
      : null;
  const roots: (Document | ShadowRoot)[] = [];

  const adopt = (root: Document | ShadowRoot) => {
    if (!sheet) return;
    try {
      const current = root.adoptedStyleSheets;
      if (!current.includes(sheet)) root.adoptedStyleSheets = [...current, sheet];
      if (!roots.includes(root)) roots.push(root);
    } catch {
      // A page that froze adoptedStyleSheets: marks stay unstyled rather than break it.
    }
  };

  return {
    setStyles(css) {
      if (!sheet) return;
      sheet.replaceSync(css);
      adopt(doc);
    },
    adoptInto(root) {
      adopt(root);
    },
    paint(groups) {
      if (!env) return;
      // Put the sheet back if the page dropped it, but only when there is something to paint: a page
      // without terms (or a site turned off) gets no stylesheet at all.
      const anything = [...groups.values()].some((ranges) => ranges.length > 0);
      if (sheet && anything && !doc.adoptedStyleSheets.includes(sheet)) adopt(doc);
      for (const [name, highlight] of painted) {
        if (!groups.has(name)) {
          env.registry.delete(name);
          highlight.clear();
          painted.delete(name);
        }
      }
      for (const [name, ranges] of groups) {
        let highlight = painted.get(name);
        if (ranges.length === 0) {
          if (highlight) {
            env.registry.delete(name);
            painted.delete(name);
          }
          continue;
        }
        if (!highlight) {
          highlight = env.createHighlight();
          painted.set(name, highlight);
        } else {
          highlight.clear();
        }
        for (const range of ranges) highlight.add(range);
        env.registry.set(name, highlight);
      }
    },
    flash: (range) => flashed.show(range),
    current: (range) => currentTerm.show(range),
    dispose() {
      for (const [name, highlight] of painted) unregister(name, highlight);
      flashed.hide();
      currentTerm.hide();
      painted.clear();
      for (const root of roots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // nothing to undo
        }
      }
      roots.length = 0;
    },
  };
}
