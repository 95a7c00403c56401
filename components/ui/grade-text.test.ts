import { describe, expect, it } from 'vitest';
import { GRADE_EXPLANATIONS, gradeLabel, gradeMeaning } from './grade-text';

describe('grade text', () => {
  it('labels the badge with the grade', () => {
    expect(gradeLabel('moderate')).toBe('Evidence: moderate');
  });

  it('explains every grade in plain words', () => {
    expect(GRADE_EXPLANATIONS.strong).toBe('Official figures, guidelines or well-established physiology');
    expect(GRADE_EXPLANATIONS.moderate).toBe('Consistent trials or meta-analyses, with some limits');
    expect(GRADE_EXPLANATIONS.limited).toBe('Small or low-quality studies, or mechanism only');
    expect(GRADE_EXPLANATIONS.contested).toBe('Studies disagree');
  });

  it('turns the meaning into a sentence for the badge', () => {
    expect(gradeMeaning('contested')).toBe('Studies disagree.');
  });
});
