import wordings from 'virtual:maglens/wordings-data';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerChunk } from './content/chunk-loader';
import { MARKING_CHUNK, markingChunk } from './content/marking-chunk';

/**
 * The marking chunk (content/marking-chunk.ts): the matcher's wordings and the card's triggers and
 * controller, loaded by the content script (an `import()` of this file) the first time a frame's text
 * holds a candidate or a card is asked for, never before.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    registerChunk(MARKING_CHUNK, markingChunk(wordings));
  },
});
