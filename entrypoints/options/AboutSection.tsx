import { NOT_MEDICAL_ADVICE } from '@/utils/wording';

interface Props {
  version: string;
  /** "96 terms in 13 topics, reviewed up to November 2026 (edition …)". */
  datasetSummary: string;
}

/** Version and privacy. */
export function AboutSection({ version, datasetSummary }: Props) {
  return (
    <section class="ml-section" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      <p>
        MagLens {version}. Health notes: {datasetSummary}.
      </p>
      <p>
        <strong>MagLens never sends page text anywhere.</strong> Everything it shows is bundled with the
        extension and works offline; it makes no network requests.
      </p>
      <p class="ml-hint">
        MagLens explains what health terms have to do with magnesium. {NOT_MEDICAL_ADVICE}
      </p>
    </section>
  );
}
