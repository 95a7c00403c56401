import { useId } from 'preact/hooks';
import type { Source } from '@/utils/dataset/types';
import { sourceLink } from './source-link';

interface Props {
  sources: Source[];
  /** The "Sources" heading's level: 3 on the card, 2 in the reader's views. */
  headingLevel?: 2 | 3;
}

/** MagLens' one source list, on the card and in the reader: each title (a link when it is on the web;
 * links open in a new tab and tell the site nothing about the page), with its PMID and DOI when known. */
export function SourceList({ sources, headingLevel = 3 }: Props) {
  const id = useId();
  if (sources.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="sources" aria-labelledby={id}>
      <Heading id={id}>Sources</Heading>
      <ul class="ml-sources">
        {sources.map((source) => (
          <li key={source.url ?? source.title}>
            {sourceLink(source)}
            {source.pmid ? <span class="source-id"> · PMID {source.pmid}</span> : null}
            {source.doi ? <span class="source-id"> · doi {source.doi}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
