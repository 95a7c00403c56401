import { createMainContentTest } from '@/entrypoints/content/main-content';
import { createPassage, resolveEntry } from './context-rules';
import { extendOverlaps } from './overlaps';

/**
 * What the page scanner asks only where a match lands: the passage around it, whether it counts there
 * (context-rules.ts, senses.ts), overlapping wordings of one term joined (overlaps.ts), and whether it is
 * in the page's main content (main-content.ts). In the content script they come with the marking chunk,
 * on a frame's first candidate; the PDF viewer, the tests and the benchmark use them as they are.
 */
export const matchRules = { createPassage, resolveEntry, extendOverlaps, createMainContentTest };

export type MatchRules = typeof matchRules;
