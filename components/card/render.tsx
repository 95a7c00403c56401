import { render } from 'preact';
import { NotFoundCard } from './NotFoundCard';
import { TermCard, type TermCardProps } from './TermCard';

/** Entry points for the content script, which has no JSX of its own. */

export function renderTermCard(mount: HTMLElement, props: TermCardProps): void {
  render(<TermCard {...props} />, mount);
}

export function renderNotFound(mount: HTMLElement, props: { text: string; onClose: () => void }): void {
  render(<NotFoundCard {...props} />, mount);
}

export function unmountCard(mount: HTMLElement): void {
  render(null, mount);
}
