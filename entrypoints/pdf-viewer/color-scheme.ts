/** The part of a window this module reads. */
export type SchemeWindow = Pick<Window, 'matchMedia'>;

const DARK = '(prefers-color-scheme: dark)';

/** Is the system in its dark colour scheme now? */
export function prefersDark(win: SchemeWindow = window): boolean {
  return win.matchMedia(DARK).matches;
}

/**
 * Calls `onChange(dark)` each time the system's colour scheme changes while the viewer is open (the
 * toolbar follows through CSS; the pages PDF.js draws need telling). Returns the teardown.
 */
export function watchColorScheme(onChange: (dark: boolean) => void, win: SchemeWindow = window): () => void {
  const query = win.matchMedia(DARK);
  const listener = (event: MediaQueryListEvent) => onChange(event.matches);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
