import type { Block } from '@/utils/dataset/types';
import { FigureView } from './figures';
import { InlineText } from './InlineText';

/** One block of an article section. Tables scroll sideways in their own box at popup width. */
export function BlockView({ block }: { block: Block }) {
  switch (block.t) {
    case 'figure':
      return <FigureView name={block.name} />;
    case 'p':
      return (
        <p>
          <InlineText nodes={block.c} />
        </p>
      );
    case 'h3':
      return (
        <h3>
          <InlineText nodes={block.c} />
        </h3>
      );
    case 'quote':
      return (
        <blockquote>
          <InlineText nodes={block.c} />
        </blockquote>
      );
    case 'ul':
    case 'ol': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineText nodes={item} />
        </li>
      ));
      return block.t === 'ul' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
    case 'table':
      return (
        <div class="ml-table-wrap">
          <table>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th key={i} scope="col">
                    <InlineText nodes={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <InlineText nodes={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
