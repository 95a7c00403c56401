import type { EvidenceGrade } from '@/utils/dataset/types';
import { gradeLabel, gradeMeaning } from './grade-text';

interface Props {
  grade: EvidenceGrade;
  /** Why this term has its grade, shown under the badge. */
  reason: string;
}

/** "Evidence: moderate", coloured by grade, with what the grade means on hover or focus. */
export function GradeBadge({ grade, reason }: Props) {
  return (
    <div class="grade-row">
      <span class="grade-wrap">
        <button type="button" class={`grade grade-${grade}`} aria-describedby="ml-grade-meaning">
          {gradeLabel(grade)}
        </button>
        <span class="tip" role="tooltip" id="ml-grade-meaning">
          {gradeMeaning(grade)}
        </span>
      </span>
      {reason ? <span class="grade-reason">{reason}</span> : null}
    </div>
  );
}
