import type { EvidenceGrade } from '@/utils/dataset/types';

const LABELS: Record<EvidenceGrade, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  contested: 'Contested evidence',
};

/** The evidence grade as words (never colour alone), with the reason as its explanation. */
export function GradeBadge({ grade, reason }: { grade: EvidenceGrade; reason?: string }) {
  return (
    <p class="ml-grade">
      <span class={`ml-grade-badge ml-grade-${grade}`}>{LABELS[grade]}</span>
      {reason && <span class="ml-muted"> {reason}</span>}
    </p>
  );
}
