import { sourceLink } from '@/components/ui/source-link';
import type { Source } from '@/utils/dataset/types';

interface Props {
  sources: Source[];
}

/** The term's sources; links open in a new tab and tell the site nothing about the page. */
export function SourceList({ sources }: Props) {
  if (sources.length === 0) return null;
  return (
    <section class="sources" aria-labelledby="ml-sources-title">
      <h3 id="ml-sources-title">Sources</h3>
      <ul>
        {sources.map((source) => (
          <li key={source.url ?? source.title}>
            {sourceLink(source)}
            {source.pmid ? <span class="source-id"> PMID {source.pmid}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
