import type { PackedWordings } from '@/utils/dataset/types';
import type { MatchRules } from '@/utils/matcher/match-rules';
import type { CardController } from './contracts';
import type { FrameCardsOptions } from './frame-cards';
import type { PageMessageContext } from './page-messages';

/**
 * What a frame needs once its text holds a candidate of the prefilter, a card is first asked for, or a
 * message comes (the popup, a keyboard command): the matcher's trie and wordings, what it asks where a
 * match lands, the card's triggers, controller and buttons, and the checks of the messages it answers.
 * It is the marking chunk (entrypoints/marking-chunk.ts builds it), a file of its own that the content
 * script imports then; a frame with none of these (most frames: ads, widgets, empty ones) never loads
 * it. This file holds only the chunk's shape and address, so the content script carries none of it.
 */
export interface MarkingChunk {
  wordings: PackedWordings;
  /** What the scanner asks where a match lands. */
  rules: MatchRules;
  /** Starts the frame's cards (frame-cards.ts). */
  startCards(options: FrameCardsOptions): CardController;
  /** What answers the toPage protocol's messages: each is checked, then handled (page-messages.ts). */
  pageReceiver(context: PageMessageContext): PageReceiver;
}

export type PageReceiver = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

/** Where the chunk lands in the built extension (a web-accessible resource: see PRIVACY.md). */
export const MARKING_CHUNK_PATH = '/marking-chunk.js';

/** The name the chunk registers under (chunk-loader.ts). */
export const MARKING_CHUNK = 'marking';
