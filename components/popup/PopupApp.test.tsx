import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/components/ui/fake-reader-data';
import { loadSettings, settingsNoticeItem } from '@/utils/settings';
import { PopupApp } from './PopupApp';

let root: HTMLElement;

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  history.replaceState(null, '', '/popup.html');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup', () => {
  it('paints its views before storage or the page answer, then says when no page answers', async () => {
    await act(() => render(<PopupApp data={fakeReaderData} />, root));
    expect([...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual([
      'On this page',
      'Articles',
      'Search',
      'My notes',
    ]);
    await until(() => /can’t read this page|no page to look at/.test(root.textContent ?? ''));
  });

  it('shows the one-time settings notice, then clears it', async () => {
    await settingsNoticeItem.setValue('Some MagLens settings were unreadable and were reset.');
    await act(() => render(<PopupApp data={fakeReaderData} />, root));
    await until(() => !!root.querySelector('.ml-notice'));
    expect(root.querySelector('.ml-notice')?.textContent).toContain('were reset');
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('pauses MagLens everywhere from its switch', async () => {
    await act(() => render(<PopupApp data={fakeReaderData} />, root));
    await until(() => !!root.querySelector('[role="switch"]'));
    const pause = root.querySelector('[role="switch"]') as HTMLElement;
    expect(pause.textContent).toBe('Pause everywhere');
    await act(() => pause.click());
    await until(() => pause.getAttribute('aria-checked') === 'true');
    expect((await loadSettings()).enabled).toBe(false);
  });
});
