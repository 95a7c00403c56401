import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

/**
 * The one render helper of the Preact unit tests: `mount(<App />)` renders into a fresh element in the
 * document (inside act, so effects have run) and returns it; every mounted tree is unmounted after each test.
 */
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});

export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
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
