import type { EvidenceGrade } from '@/utils/dataset/types';
import { GRADE_WORDS } from './graded-entries';

const FILLED: Record<EvidenceGrade, number> = { strong: 3, moderate: 2, limited: 1, contested: 0 };

/**
 * An evidence grade as a three-step meter beside its word: three filled steps for strong, two for moderate,
 * one for limited, and for contested a zig-zag (studies pull both ways). The word carries the meaning; the
 * meter and its colour only repeat it.
 */
export function GradeMeter({ grade }: { grade: EvidenceGrade }) {
  return (
    <span class={`ml-grade-meter ml-grade-${grade}`}>
      <svg viewBox="0 0 22 12" width="22" height="12" aria-hidden="true" focusable="false">
        {grade === 'contested' ? (
          <path d="M1 10 L6 2 L11 10 L16 2 L21 10" fill="none" stroke="currentColor" stroke-width="2" />
        ) : (
          [0, 1, 2].map((i) => (
            <rect
              key={i}
              x={1 + i * 7}
              y={8 - i * 3}
              width="6"
              height={4 + i * 3}
              fill={i < FILLED[grade] ? 'currentColor' : 'none'}
              stroke="currentColor"
            />
          ))
        )}
      </svg>
      {GRADE_WORDS[grade]}
    </span>
  );
}
