/**
 * Marks belong where the reader reads. The page's main content is its `main` or `[role=main]`
 * element, else its `article` elements, else the element holding most of its paragraph text (when
 * one holds at least half of it). Inside it, link lists (navigation, asides, footers, sponsored,
 * "related" and "more from" boxes) are not main content; without one, the page's navigation,
 * header, footer and asides are not. Marks outside the main content stay quiet.
 */

const MAIN_SELECTOR = 'main,[role="main" i]';

/** Boxes of links or ads inside an article (a comments section marked up as an aside is running text). */
const LINK_LISTS = [
  'nav',
  'aside:not([class*="comment" i]):not([aria-label*="comment" i]):not([id*="comment" i])',
  'footer',
  'menu',
  '[role="navigation" i]',
  '[role="complementary" i]',
  '[class*="sponsor" i]',
  '[id*="sponsor" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="more-from" i]',
  '[class*="morefrom" i]',
  '[class*="outbrain" i]',
  '[class*="taboola" i]',
  '[class*="recommend" i]',
  '[class*="promo" i]',
  '[class*="newsletter" i]',
  '[class*="breadcrumb" i]',
  '[class*="advert" i]',
  '[data-ad]',
  '[aria-label*="sponsor" i]',
  '[aria-label*="related" i]',
].join(',');

/** A page's frame around its text, when it has no main content. */
const PAGE_FRAME = [
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  '[role="navigation" i]',
  '[role="banner" i]',
  '[role="contentinfo" i]',
  '[role="complementary" i]',
  '[role="search" i]',
  '[class*="sponsor" i]',
  '[id*="sponsor" i]',
  '[class*="related" i]',
  '[class*="more-from" i]',
  '[class*="outbrain" i]',
  '[class*="taboola" i]',
].join(',');

/** How much paragraph text a page needs before one element of it can be called its main content. */
const MIN_PARAGRAPH_TEXT = 400;

export type MainContentTest = (element: Element) => boolean;

/** Is `element` in its document's main content? Each document is looked at once, on first ask. */
export function createMainContentTest(): MainContentTest {
  const tests = new WeakMap<Document, MainContentTest>();
  return (element) => {
    const outer = composedElement(element);
    const doc = outer.ownerDocument;
    let test = tests.get(doc);
    if (!test) {
      test = mainContentOf(doc);
      tests.set(doc, test);
    }
    return test(outer);
  };
}

/** The element itself or, inside shadow roots, the host in the document. */
function composedElement(element: Element): Element {
  let at = element;
  for (let root = at.getRootNode(); root instanceof ShadowRoot; root = at.getRootNode()) at = root.host;
  return at;
}

export function mainContentOf(doc: Document): MainContentTest {
  const frameOf = (element: Element, selector: string, within: Element | null): boolean => {
    const found = element.closest(selector);
    if (!found) return false;
    if (within) return found !== within && within.contains(found);
    return found !== doc.body && found !== doc.documentElement;
  };
  if (doc.querySelector(MAIN_SELECTOR)) {
    return (element) => {
      const main = element.closest(MAIN_SELECTOR);
      return main !== null && !frameOf(element, LINK_LISTS, main);
    };
  }
  if (doc.getElementsByTagName('article').length > 0) {
    return (element) => {
      const article = element.closest('article');
      return article !== null && !frameOf(element, LINK_LISTS, article);
    };
  }
  const block = largestTextBlock(doc);
  if (block && block !== doc.body) {
    return (element) => block.contains(element) && !frameOf(element, LINK_LISTS, block);
  }
  return (element) => !frameOf(element, PAGE_FRAME, null);
}

/** The element whose own paragraphs hold at least half the page's paragraph text, if one does. */
export function largestTextBlock(doc: Document): Element | null {
  const paragraphs = doc.getElementsByTagName('p');
  const byParent = new Map<Element, number>();
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent) continue;
    const length = p.textContent?.length ?? 0;
    total += length;
    byParent.set(parent, (byParent.get(parent) ?? 0) + length);
  }
  if (total < MIN_PARAGRAPH_TEXT) return null;
  let best: Element | null = null;
  let most = 0;
  for (const [parent, length] of byParent) {
    if (length > most) {
      best = parent;
      most = length;
    }
  }
  if (!best || most * 2 < total) return null;
  // Paragraphs beside the block are running text too: the block is then their common parent.
  while (best !== doc.body && best.parentElement && hasParagraphChild(best.parentElement))
    best = best.parentElement;
  return best;
}

const hasParagraphChild = (element: Element): boolean => {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === 'p') return true;
  return false;
};
