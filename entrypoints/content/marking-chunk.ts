import type { PackedWordings } from '@/utils/dataset/types';
import { type MatchRules, matchRules } from '@/utils/matcher/match-rules';
import type { CardController } from './contracts';
import { type FrameCardsOptions, startFrameCards } from './frame-cards';

/**
 * What a frame needs once its text holds a candidate of the prefilter (or a card is first asked for):
 * the matcher's trie and wordings, what it asks where a match lands, and the card's triggers and controller. It is the marking chunk
 * (entrypoints/marking-chunk.ts), a file of its own that the content script imports then; a frame
 * whose text holds no candidate (most frames: ads, widgets, empty ones) never loads it.
 */
export interface MarkingChunk {
  wordings: PackedWordings;
  /** What the scanner asks where a match lands. */
  rules: MatchRules;
  startCards(options: FrameCardsOptions): CardController;
}

/** Where the chunk lands in the built extension (a web-accessible resource: see PRIVACY.md). */
export const MARKING_CHUNK_PATH = '/marking-chunk.js';

/** The name the chunk registers under (chunk-loader.ts). */
export const MARKING_CHUNK = 'marking';

/** The chunk's contents, from its wordings. */
export function markingChunk(wordings: PackedWordings): MarkingChunk {
  return { wordings, rules: matchRules, startCards: startFrameCards };
}
