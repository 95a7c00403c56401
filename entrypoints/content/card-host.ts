/** The tag of the only element MagLens adds to a page: the card's shadow host, present while a card is shown. */
export const CARD_HOST_TAG = 'maglens-card';
