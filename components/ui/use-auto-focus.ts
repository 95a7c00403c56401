import { useEffect, useRef } from 'preact/hooks';

/** Focuses an element when it appears (the autofocus attribute only works once per document). */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
