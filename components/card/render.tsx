import { render } from 'preact';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import type { TermCardActions } from './CardActions';
import { NotFoundCard } from './NotFoundCard';
import { TermCard } from './TermCard';

/** Entry points for the content script, which has no JSX of its own. */

export function renderTermCard(
  mount: HTMLElement,
  props: {
    term: CardTerm;
    topic: Topic | undefined;
    actions: TermCardActions;
    onClose: () => void;
    where?: string | undefined;
  },
): void {
  render(<TermCard {...props} />, mount);
}

export function renderNotFound(mount: HTMLElement, props: { text: string; onClose: () => void }): void {
  render(<NotFoundCard {...props} />, mount);
}

export function unmountCard(mount: HTMLElement): void {
  render(null, mount);
}
