import type { ComponentChildren } from 'preact';
import { useReader } from './reader-context';
import { formatHash, type Route } from './route';

interface Props {
  route: Route;
  children: ComponentChildren;
  class?: string;
  label?: string;
}

/** A real link (its href is the reader hash) that navigates inside the popup or reader page. */
export function RouteLink({ route, children, class: className, label }: Props) {
  const { go } = useReader();
  return (
    <a
      href={formatHash(route)}
      class={className}
      aria-label={label}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        go(route);
      }}
    >
      {children}
    </a>
  );
}
