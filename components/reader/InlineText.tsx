import { RouteLink } from '@/components/navigation/RouteLink';
import type { Inline } from '@/utils/dataset/types';

/** Article text from the dataset's inline AST, as Preact elements (never innerHTML). */
export function InlineText({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNode key={i} node={node} />
      ))}
    </>
  );
}

export const isWebUrl = (href: string) => /^https?:\/\//i.test(href);

function InlineNode({ node }: { node: Inline }) {
  switch (node.t) {
    case 'text':
      return <>{node.v}</>;
    case 'em':
      return (
        <em>
          <InlineText nodes={node.c} />
        </em>
      );
    case 'strong':
      return (
        <strong>
          <InlineText nodes={node.c} />
        </strong>
      );
    case 'link':
      return isWebUrl(node.href) ? (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          <InlineText nodes={node.c} />
        </a>
      ) : (
        <InlineText nodes={node.c} />
      );
    case 'term':
      return (
        <RouteLink route={{ view: 'term', termId: node.termId }} class="ml-term-link">
          <InlineText nodes={node.c} />
        </RouteLink>
      );
  }
}

/** The plain text of inline nodes, for labels. */
export function inlineToText(nodes: Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineToText(n.c))).join('');
}
