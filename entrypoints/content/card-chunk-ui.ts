import cardCss from '@/components/card/card.css?inline';
import { renderNotFound, renderTermCard, unmountCard } from '@/components/card/render';
import type { CardDataset } from '@/utils/dataset/types';
import { followReference } from './card-position';
import type { CardUi } from './card-ui';

/** The card's UI over every card's text: what the card chunk registers. Only the chunk (and tests)
 * import this module; the content script reaches it through the CardUi interface. */
export function createCardUi(cards: CardDataset): CardUi {
  const terms = new Map(cards.terms.map((term) => [term.id, term]));
  const topics = new Map(cards.topics.map((topic) => [topic.id, topic]));
  return {
    css: cardCss,
    term(termId) {
      const term = terms.get(termId);
      if (!term) return null;
      const related = term.related.flatMap((id) => terms.get(id)?.name ?? []);
      return { term, topic: topics.get(term.topicId), related };
    },
    renderTerm: renderTermCard,
    renderNotFound,
    unmount: unmountCard,
    follow: followReference,
  };
}
