import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatHash, parseHash, popRoute, pushRoute, type Route, type RouteStack, replaceTop } from './route';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The in-page history behind the Back button, Alt+Left and Backspace (when not typing). The current
 * route is mirrored into the hash (without new browser history entries), and a hash set from outside
 * (a link, the background opening reader.html#/article/…) is followed.
 */
export function useRouteStack(initial: Route) {
  const initialRef = useRef(initial);
  const [stack, setStack] = useState<RouteStack>([initialRef.current]);
  const route = stack[stack.length - 1] ?? initial;

  const go = useCallback((next: Route) => setStack((s) => pushRoute(s, next)), []);
  const back = useCallback(() => setStack(popRoute), []);
  const reset = useCallback((next: Route) => setStack([next]), []);
  const replace = useCallback((next: Route) => setStack((s) => replaceTop(s, next)), []);

  // The address is left as opened until the reader moves (tests and bookmarks see the URL they opened).
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current && stack.length === 1 && stack[0] === initialRef.current) return;
    moved.current = true;
    const hash = formatHash(route);
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [route, stack]);

  useEffect(() => {
    const onHash = () => {
      const next = parseHash(location.hash);
      if (next) go(next);
    };
    const onKey = (event: KeyboardEvent) => {
      const altLeft = event.altKey && event.key === 'ArrowLeft';
      const backspace = event.key === 'Backspace' && !event.altKey && !isTyping(event.target);
      if (!altLeft && !backspace) return;
      event.preventDefault();
      back();
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, [go, back]);

  return { stack, route, go, back, reset, replace };
}

export type RouteStackApi = ReturnType<typeof useRouteStack>;
