import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast } from './Toast';

let root: HTMLElement;
const onClose = vi.fn();

beforeEach(() => {
  vi.useFakeTimers();
  onClose.mockReset();
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(<Toast message="Note deleted." actionLabel="Undo" onAction={() => {}} onClose={onClose} />, root),
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

const toast = () => root.querySelector('.ml-toast') as HTMLElement;
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('Toast', () => {
  it('closes by itself after a while', () => {
    wait(6000);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('stays while the keyboard is on Undo, and closes a while after focus leaves', () => {
    act(() => (toast().querySelector('button') as HTMLButtonElement).focus());
    wait(20_000);
    expect(onClose).not.toHaveBeenCalled();
    act(() => (toast().querySelector('button') as HTMLButtonElement).blur());
    wait(6000);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('stays while the pointer rests on it', () => {
    act(() => {
      toast().dispatchEvent(new MouseEvent('mouseenter'));
    });
    wait(20_000);
    expect(onClose).not.toHaveBeenCalled();
    act(() => {
      toast().dispatchEvent(new MouseEvent('mouseleave'));
    });
    wait(6000);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes at once with its Close button', () => {
    act(() => (toast().querySelector('[aria-label="Close message"]') as HTMLButtonElement).click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});
