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
  let flashed: HighlightLike | null = null;
  let currentTerm: HighlightLike | null = null;
  /** Removes a name only while it still holds our highlight: after an update, the old content script
   * tears down while the new one may already have registered the same names. */
  const unregister = (name: string, highlight: HighlightLike) => {
    if (!env) return;
    const registered = env.registry.get?.(name);
    if (registered === undefined || registered === highlight) env.registry.delete(name);
  };
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
    flash(range) {
      if (!env) return;
      if (!range) {
        if (flashed) env.registry.delete(FLASH_HIGHLIGHT);
        flashed = null;
        return;
      }
      flashed ??= env.createHighlight();
      flashed.clear();
      flashed.priority = 10;
      flashed.add(range);
      env.registry.set(FLASH_HIGHLIGHT, flashed);
    },
    current(range) {
      if (!env) return;
      if (!range) {
        if (currentTerm) unregister(CURRENT_HIGHLIGHT, currentTerm);
        currentTerm = null;
        return;
      }
      currentTerm ??= env.createHighlight();
      currentTerm.clear();
      currentTerm.priority = 5;
      currentTerm.add(range);
      env.registry.set(CURRENT_HIGHLIGHT, currentTerm);
    },
    dispose() {
      for (const [name, highlight] of painted) unregister(name, highlight);
      if (flashed) unregister(FLASH_HIGHLIGHT, flashed);
      if (currentTerm) unregister(CURRENT_HIGHLIGHT, currentTerm);
      painted.clear();
      flashed = null;
      currentTerm = null;
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
