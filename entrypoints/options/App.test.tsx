import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRoot, until } from '@/tests/unit/render';
import type { Topic } from '@/utils/dataset/types';
import { DEFAULT_SETTINGS, type Settings, settingsNoticeItem } from '@/utils/settings';
import { App } from './App';

const topic = (id: string, name: string, termCount: number): Topic => ({
  id,
  name,
  color: '#7b5ea7',
  description: `About ${name}.`,
  termCount,
});
const TOPICS = [
  topic('sleep', 'Sleep', 3),
  topic('medications', 'Medications', 8),
  topic('bones', 'Bones', 1),
];

let root: HTMLElement;
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

/** Retries an assertion until it passes (storage writes land a few ticks after a click). */
async function eventually(assertion: () => Promise<void> | void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await assertion();
    } catch (error) {
      if (i > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

const switchNamed = (name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
    (input) => input.labels?.[0]?.textContent === name,
  );
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;
const mount = async () => {
  render(
    <App
      topics={TOPICS}
      version="1.2.3"
      datasetSummary="3 terms in 2 topics (edition abc)"
      notesHref="reader.html#/notes"
    />,
    root,
  );
  return until(() => switchNamed('Sleep'), 'the topics');
};

beforeEach(() => {
  root = createRoot();
});

describe('options page: topics', () => {
  it('shows one switch per topic, named exactly, all on, with how many terms each holds', async () => {
    await mount();
    for (const { name } of TOPICS) expect(switchNamed(name)?.checked).toBe(true);
    const description = root.querySelector(
      `#${switchNamed('Medications')?.getAttribute('aria-describedby')}`,
    );
    expect(description?.textContent).toBe('8 terms. About Medications.');
    expect(root.textContent).toContain('3 of 3 topics are on');
  });

  it('saves a topic turned off at once, and the shortcuts turn all off and all on', async () => {
    await mount();
    switchNamed('Medications')?.click();
    await eventually(async () => expect((await stored())?.disabledTopics).toEqual(['medications']));
    expect(switchNamed('Medications')?.checked).toBe(false);

    button('Turn all off')?.click();
    await until(() => !switchNamed('Sleep')?.checked, 'all off');
    await eventually(async () =>
      expect(new Set((await stored())?.disabledTopics)).toEqual(new Set(['sleep', 'medications', 'bones'])),
    );

    button('Turn all on')?.click();
    await until(() => switchNamed('Bones')?.checked, 'all on');
    await eventually(async () => expect((await stored())?.disabledTopics).toEqual([]));
  });

  it('puts a switch back and says why when storage refuses the change', async () => {
    await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    switchNamed('Sleep')?.click();
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the error banner');
    expect(alert.textContent).toContain('sync storage is full');
    expect(switchNamed('Sleep')?.checked).toBe(true);
  });
});

describe('options page: notice', () => {
  it('shows the repaired-settings notice once and clears it from storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } });
    await mount();
    const banner = await until(() => root.querySelector('[role="status"].ml-banner'), 'the notice');
    expect(banner.textContent).toContain('reset to their defaults');
    await eventually(async () => expect(await settingsNoticeItem.getValue()).toBeNull());
  });
});

describe('options page: sites', () => {
  const typeSite = (text: string) => {
    const input = root.querySelector<HTMLInputElement>('#site-input')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLFormElement>('.ml-site-form')!.requestSubmit();
    return input;
  };

  it('says what is wrong with a pattern and keeps the text', async () => {
    await mount();
    const input = typeSite('exa mple.com');
    const alert = await until(() => root.querySelector('#site-input-error'), 'the reason');
    expect(alert.textContent).toContain('spaces');
    expect(input.value).toBe('exa mple.com');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a pasted address as its host, and removes it', async () => {
    await mount();
    const input = typeSite('http://127.0.0.1:8080/page.html');
    await until(() => root.querySelector('.ml-site-list'), 'the list');
    expect((await stored())?.sites).toEqual(['127.0.0.1']);
    expect(input.value).toBe('');
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove 127.0.0.1"]')!.click();
    await until(() => !root.querySelector('.ml-site-list'), 'the empty list');
    expect((await stored())?.sites).toEqual([]);
  });
});

describe('options page: reset', () => {
  it('resets to defaults with an Undo that brings the earlier settings back', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, style: 'background', sites: ['example.com'] },
      settings$: { v: 2 },
    });
    await mount();
    await until(() => root.querySelector<HTMLInputElement>('#style-background')?.checked, 'stored settings');
    button('Reset to defaults')?.click();
    await until(() => root.querySelector('.ml-toast'), 'the toast');
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect(root.querySelector<HTMLInputElement>('#style-underline')?.checked).toBe(true);

    button('Undo')?.click();
    await until(() => root.querySelector('.ml-toast')?.textContent?.includes('earlier settings'), 'undo');
    expect(await stored()).toMatchObject({ style: 'background', sites: ['example.com'] });
  });
});

describe('options page: paused', () => {
  it('says when MagLens is paused everywhere and resumes it', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, enabled: false },
      settings$: { v: 2 },
    });
    await mount();
    await until(() => root.textContent?.includes('MagLens is paused'), 'the paused banner');
    button('Resume')?.click();
    await eventually(async () => expect((await stored())?.enabled).toBe(true));
    await until(() => !root.textContent?.includes('MagLens is paused'), 'the banner to go');
  });
});
