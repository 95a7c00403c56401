import type { ComponentChildren } from 'preact';
import { sourceLink } from '@/components/ui/source-link';
import type { Source } from '@/utils/dataset/types';

interface Props {
  /** Unique on the page: names the figure's title, description and SVG patterns. */
  id: string;
  title: string;
  description: ComponentChildren;
  children: ComponentChildren;
  /** The numbers behind the picture, as a table a screen reader or a printout can read. */
  table?: ComponentChildren;
  /** Where the numbers come from; figures drawn from the cards' grades say so instead. */
  sources?: Source[];
}

/**
 * A figure in an article: a name and a description (figcaption, tied to the figure with aria-labelledby and
 * aria-describedby), the picture, and the numbers behind it as a table under "The numbers as a table".
 */
export function FigureFrame({ id, title, description, children, table, sources }: Props) {
  return (
    <figure
      class="ml-figure"
      id={`figure-${id}`}
      aria-labelledby={`figure-${id}-title`}
      aria-describedby={`figure-${id}-desc`}
    >
      <figcaption>
        <span class="ml-figure-title" id={`figure-${id}-title`}>
          {title}
        </span>
        <span class="ml-figure-desc" id={`figure-${id}-desc`}>
          {description}
        </span>
      </figcaption>
      {children}
      <p class="ml-figure-source">
        {sources
          ? ['Source: ', ...sources.flatMap((source, i) => [i > 0 ? '; ' : '', sourceLink(source)])]
          : 'Grades and sources: on each card.'}
      </p>
      {table && (
        <details class="ml-figure-table">
          <summary>The numbers as a table</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

interface TableProps {
  caption: string;
  head: string[];
  rows: ComponentChildren[][];
}

/**
 * A plain data table (first cell of a row is its header). At popup width it scrolls sideways in its own box,
 * which keyboard users can focus to scroll.
 */
export function DataTable({ caption, head, rows }: TableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus to scroll by keyboard
    <section class="ml-table-wrap" aria-label={caption} tabIndex={0}>
      <table>
        <caption class="ml-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], r) => (
            <tr key={r}>
              <th scope="row">{first}</th>
              {rest.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The diagonal hatching a chart fills a window or a "day's need" bar with (colour is never the only sign). */
export function HatchPattern({ id, size }: { id: string; size: number }) {
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <path
        class="ml-chart-hatch"
        d={`M-1 1 L1 -1 M0 ${size} L${size} 0 M${size - 1} ${size + 1} L${size + 1} ${size - 1}`}
      />
    </pattern>
  );
}
