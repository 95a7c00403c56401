/** Sentences MagLens says in more than one place, written once. */

/** Its first sentence, on one line under the card's actions. */
export const NOT_MEDICAL_ADVICE_SHORT = 'Educational information, not medical advice.';
/** Its second sentence, after the card's sources. */
export const ASK_BEFORE_CHANGING = 'Ask a doctor or pharmacist before changing medicines or supplements.';

/** The "not medical advice" sentence: on the card, in the reader, on the settings page and in exports. */
export const NOT_MEDICAL_ADVICE = `${NOT_MEDICAL_ADVICE_SHORT} ${ASK_BEFORE_CHANGING}`;
