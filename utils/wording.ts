/** Sentences MagLens says in more than one place, written once. */

/** The "not medical advice" sentence: on the card, in the reader, on the settings page and in exports. */
export const NOT_MEDICAL_ADVICE =
  'Educational information, not medical advice. Ask a doctor or pharmacist before changing medicines or supplements.';
