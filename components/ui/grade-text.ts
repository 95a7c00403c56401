import type { EvidenceGrade } from '@/utils/dataset/types';

/** What each evidence grade means, in plain words, for the badge's explanation. */
export const GRADE_EXPLANATIONS: Readonly<Record<EvidenceGrade, string>> = {
  strong: 'Official figures, guidelines or well-established physiology',
  moderate: 'Consistent trials or meta-analyses, with some limits',
  limited: 'Small or low-quality studies, or mechanism only',
  contested: 'Studies disagree',
};

/** The badge's visible text, e.g. "Evidence: moderate". */
export const gradeLabel = (grade: EvidenceGrade): string => `Evidence: ${grade}`;

/** The sentence shown on hover or focus of the badge. */
export const gradeMeaning = (grade: EvidenceGrade): string => `${GRADE_EXPLANATIONS[grade]}.`;
