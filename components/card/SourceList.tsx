import type { Source } from '@/utils/dataset/types';

interface Props {
  sources: Source[];
}

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** The term's sources; links open in a new tab and tell the site nothing about the page. */
export function SourceList({ sources }: Props) {
  if (sources.length === 0) return null;
  return (
    <section class="sources" aria-labelledby="ml-sources-title">
      <h3 id="ml-sources-title">Sources</h3>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            {isWebLink(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            {source.pmid ? <span class="source-id"> PMID {source.pmid}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
