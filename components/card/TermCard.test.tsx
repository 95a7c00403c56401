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
  it('puts the essentials first (what, grade, in practice, when to seek care), then why, sources and related terms', async () => {
    const root = await render();
    const body = root.querySelector('.body')!;
    const order = [...body.children].map((el) => el.className || el.localName);
    expect(order.indexOf('note')).toBeLessThan(order.indexOf('grade-row'));
    expect(order.indexOf('grade-row')).toBeLessThan(order.indexOf('practical'));
    expect(order.indexOf('practical')).toBeLessThan(order.indexOf('flags'));
    expect(order.indexOf('flags')).toBeLessThan(order.indexOf('grade-why'));
    expect(order.indexOf('grade-why')).toBeLessThan(order.indexOf('related'));
    expect(body.querySelector('.related')?.textContent).toBe('Related: Melatonin');
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
