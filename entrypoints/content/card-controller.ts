// STUB — replaced by the hover card (issue 4).
import type { CardController, CardControllerOptions } from './contracts';

export function createCardController(_options: CardControllerOptions): CardController {
  return { open: () => {}, notFound: () => {}, close: () => {}, applySettings: () => {}, host: () => null };
}
