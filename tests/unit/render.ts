import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

/**
 * The one render helper of the Preact unit tests: `mount(<App />)` renders into a fresh element in the
 * document (inside act, so effects have run) and returns it; `createRoot()` gives such an element to render
 * into yourself. Every tree is unmounted and its element removed after each test.
 */
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** A fresh element in the document to render into (several times, to change props); removed after the test. */
export function createRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  return root;
}

export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = createRoot();
  await act(() => render(vnode, root));
  return root;
}

/** Waits, letting Preact and storage settle, until `probe` answers something truthy (it may be async);
 * returns that answer, or fails saying what never happened. */
export async function until<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what = 'the condition',
): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value) return value;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
