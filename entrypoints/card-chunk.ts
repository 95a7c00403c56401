import cards from 'virtual:maglens/card-data';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardUi } from './content/card-chunk-ui';
import { registerCardUi } from './content/card-ui';

/**
 * The card chunk: the card's UI and every card's text, loaded by the content script (an `import()` of
 * this file) the first time a page needs a card, never before. It runs in the content script's world
 * and hands over its interface through registerCardUi.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    registerCardUi(createCardUi(cards));
  },
});
