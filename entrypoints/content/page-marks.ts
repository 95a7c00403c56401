// STUB — replaced by the page scanner (issue 8).
import type { PageMarks, PageMarksOptions } from './contracts';

export function createPageMarks(_options: PageMarksOptions): PageMarks {
  return {
    hitTest: () => null,
    firstInView: () => null,
    findByText: () => null,
    terms: () => [],
    reveal: () => false,
    applySettings: () => {},
  };
}
