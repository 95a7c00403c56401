import { sourceLink } from '@/components/ui/source-link';
import type { Source } from '@/utils/dataset/types';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ol class="ml-sources">
      {sources.map((source) => (
        <li key={source.url ?? source.title}>
          {sourceLink(source)}
          {source.pmid && <span class="ml-muted"> · PMID {source.pmid}</span>}
          {source.doi && <span class="ml-muted"> · doi {source.doi}</span>}
        </li>
      ))}
    </ol>
  );
}

export const NOT_MEDICAL_ADVICE_LINE =
  'MagLens gives general information, not medical advice. Talk to your doctor or pharmacist before you start, stop or change any treatment or supplement.';
