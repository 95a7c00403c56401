import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mount } from '@/tests/unit/render';
import type { CardTerm } from '@/utils/dataset/types';
import { TermCard } from './TermCard';

const term: CardTerm = {
  id: 'insomnia',
  name: 'Insomnia',
  topicId: 'sleep',
  note: 'Low magnesium is linked with poor sleep in some studies.',
  grade: 'limited',
  gradeReason: 'Small trials in older adults.',
  practical: 'Ask whether a sleep diary would help.',
  redFlags: ['Sleepiness while driving.'],
  sources: [{ title: 'A trial', url: 'https://example.org/trial' }],
  related: ['melatonin'],
  article: { articleId: 'sleep', sectionId: 'trials', label: 'Sleep › Trials' },
};
const ok = async () => ({ ok: true as const });
const actions = { readMore: ok, save: ok, hideTopic: ok, showTopic: ok, notOnThisSite: ok };

const render = () =>
  mount(
    <TermCard term={term} topic={undefined} related={['Melatonin']} actions={actions} onClose={() => {}} />,
  );

describe('the term card', () => {
  it('puts the grade in the header, the essentials first (what, in practice, when to seek care), then why, sources and related terms', async () => {
    const root = await render();
    expect(root.querySelector('header button.grade')?.textContent).toBe('Evidence: limited');
    const essentials = [...root.querySelectorAll('.essentials > *')].map((el) => el.className);
    expect(essentials).toEqual(['what', 'practical', 'flags']);
    const details = [...root.querySelectorAll('.details > *')].map((el) => el.className || el.localName);
    expect(details.indexOf('grade-why')).toBeLessThan(details.indexOf('sources'));
    expect(details.indexOf('sources')).toBeLessThan(details.indexOf('related'));
    expect(root.querySelector('.related')?.textContent).toBe('Related: Melatonin');
  });

  it('clamps a long "what" with a More button that shows all of it and Less that folds it again', async () => {
    // happy-dom lays nothing out: the note says it is taller than its clamped box.
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 120 });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 60 });
    try {
      const root = await render();
      const more = root.querySelector<HTMLButtonElement>('.what button.more')!;
      expect(more.textContent).toBe('More');
      expect(more.getAttribute('aria-expanded')).toBe('false');
      expect(more.getAttribute('aria-controls')).toBe('ml-card-note');
      await act(() => more.click());
      expect(root.querySelector('.what')?.classList.contains('open')).toBe(true);
      expect(more.textContent).toBe('Less');
      expect(more.getAttribute('aria-expanded')).toBe('true');
      await act(() => more.click());
      expect(root.querySelector('.what')?.classList.contains('open')).toBe(false);
    } finally {
      // Back to what HTMLElement inherits.
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollHeight');
      Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    }
  });

  it('shows no More under a "what" that fits', async () => {
    const root = await render();
    expect(root.querySelector('.what button')).toBeNull();
  });

  it('draws a line under its header once the middle is scrolled, and not before', async () => {
    const root = await render();
    const header = root.querySelector('header')!;
    const body = root.querySelector<HTMLElement>('.body')!;
    expect(header.classList.contains('scrolled')).toBe(false);
    await act(() => {
      body.scrollTop = 40;
      body.dispatchEvent(new Event('scroll'));
    });
    expect(header.classList.contains('scrolled')).toBe(true);
  });
});
