/**
 * Reading order of places on a page, open shadow roots included: a place inside a shadow root counts
 * where its host stands. Marks are found in discovery order (later content is appended), so the
 * keyboard's next/previous and the popup's list sort them with this.
 */

export interface PagePlace {
  node: Node;
  offset: number;
}

/** The node, then each shadow host around it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Negative when `a` comes before `b` in reading order, positive after, 0 for the same place (or for
 * places that share no document, such as a detached node). */
export function comparePagePlaces(a: PagePlace, b: PagePlace): number {
  if (a.node === b.node) return a.offset - b.offset;
  const chainA = hostChain(a.node);
  const chainB = hostChain(b.node);
  for (const x of chainA) {
    const root = x.getRootNode();
    const y = chainB.find((candidate) => candidate.getRootNode() === root);
    if (!y) continue;
    if (x === y) return 0;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
    return position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) ? -1 : 1;
  }
  return 0;
}

/** A copy of `items` in reading order; items at the same place keep their order. */
export function inPageOrder<T>(items: readonly T[], placeOf: (item: T) => PagePlace): T[] {
  return items
    .map((item, index) => ({ item, index, place: placeOf(item) }))
    .sort((a, b) => comparePagePlaces(a.place, b.place) || a.index - b.index)
    .map((entry) => entry.item);
}
