import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { mount, until } from '@/tests/unit/render';
import { loadSettings, settingsNoticeItem } from '@/utils/settings';
import { PopupApp } from './PopupApp';

beforeEach(() => {
  history.replaceState(null, '', '/popup.html');
});

describe('the popup', () => {
  it('paints its views before storage or the page answer, then lands on the articles when no page answers', async () => {
    const root = await mount(<PopupApp data={fakeReaderData} />);
    expect([...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual([
      'On this page',
      'Articles',
      'Search',
      'My notes',
    ]);
    const selected = () => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
    await until(() => selected() === 'Articles', 'the articles');
    // "On this page" still says why, and offers the articles and the search.
    await act(() => (root.querySelector('#tab-page') as HTMLElement).click());
    await until(() => /can’t read this page|no page to look at/.test(root.textContent ?? ''));
    expect(root.querySelector('.ml-read-instead')?.textContent).toMatch(
      /read the articles or search the terms/,
    );
  });

  it('has a search field at the top that takes what is typed to the search', async () => {
    const root = await mount(<PopupApp data={fakeReaderData} />);
    const field = root.querySelector('.ml-header input[type="search"]') as HTMLInputElement;
    expect(field).not.toBeNull();
    await act(() => {
      field.value = 'cramps';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Search');
    expect((root.querySelector('#ml-panel input[type="search"]') as HTMLInputElement).value).toBe('cramps');
  });

  it('shows the one-time settings notice, then clears it', async () => {
    await settingsNoticeItem.setValue('Some MagLens settings were unreadable and were reset.');
    const root = await mount(<PopupApp data={fakeReaderData} />);
    await until(() => root.querySelector('.ml-notice'), 'the notice');
    expect(root.querySelector('.ml-notice')?.textContent).toContain('were reset');
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('pauses MagLens everywhere from its switch', async () => {
    const root = await mount(<PopupApp data={fakeReaderData} />);
    await until(() => root.querySelector('[role="switch"]'), 'the pause switch');
    const pause = root.querySelector('[role="switch"]') as HTMLInputElement;
    expect(pause.labels?.[0]?.textContent).toBe('Pause everywhere');
    await act(() => pause.click());
    await until(() => pause.getAttribute('aria-checked') === 'true', 'the switch to show paused');
    await until(async () => !(await loadSettings()).enabled, 'the pause to be stored');
  });
});
