import wordings from 'virtual:maglens/wordings-data';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { matchRules } from '@/utils/matcher/match-rules';
import { registerChunk } from './content/chunk-loader';
import { startFrameCards } from './content/frame-cards';
import { MARKING_CHUNK, type MarkingChunk } from './content/marking-chunk';
import { createPageReceiver } from './content/page-messages';

/**
 * The marking chunk (content/marking-chunk.ts says what it holds): loaded by the content script (an
 * `import()` of this file) the first time a frame's text holds a candidate, a card is asked for or a
 * message comes, never before.
 */
const chunk: MarkingChunk = {
  wordings,
  rules: matchRules,
  startCards: startFrameCards,
  pageReceiver: createPageReceiver,
};

export default defineUnlistedScript({
  globalName: false,
  main() {
    registerChunk(MARKING_CHUNK, chunk);
  },
});
