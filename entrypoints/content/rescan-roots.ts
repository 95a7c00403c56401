import { INLINE_TAGS } from './page-scanner';

/**
 * Which parts of the page to scan again after a batch of mutations: for an added block element,
 * the element itself (an infinite-scroll item, never its whole feed); for added text or inline
 * content and for changed text, its nearest block (a term may run across the new inline element).
 * Parts inside other parts are dropped, so each piece of the page is scanned once.
 */

export function blockFor(node: Node): Node | null {
  if (node.nodeType === 1 && !INLINE_TAGS.has((node as Element).localName)) return node;
  let up: Node | null = node.parentNode;
  while (up && up.nodeType === 1 && INLINE_TAGS.has((up as Element).localName)) up = up.parentNode;
  return up;
}

export function rescanRoots(targets: Iterable<Node>, isSkipped: (root: Node) => boolean): Node[] {
  const roots = new Set<Node>();
  for (const target of targets) {
    if (!target.isConnected) continue;
    const root = blockFor(target);
    if (root?.isConnected && !isSkipped(root)) roots.add(root);
  }
  for (const root of roots) {
    for (let up = root.parentNode; up; up = up.parentNode) {
      if (roots.has(up)) {
        roots.delete(root);
        break;
      }
    }
  }
  return [...roots];
}
