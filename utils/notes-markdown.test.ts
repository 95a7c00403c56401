import { describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { escapeMarkdown, NOT_MEDICAL_ADVICE, notesToMarkdown } from './notes-markdown';
import type { Note } from './notes-store';

const base = { pageTitle: 'Heartburn drugs', pageUrl: 'https://example.org/ppi', updatedAt: 0 };
const notes: Note[] = [
  {
    ...base,
    id: 1,
    termId: 'proton-pump-inhibitors',
    topicId: 'medications',
    text: 'ask about switching PPI',
    createdAt: Date.UTC(2026, 10, 20),
  },
  {
    ...base,
    id: 2,
    termId: 'insomnia',
    topicId: 'sleep',
    text: '',
    createdAt: Date.UTC(2026, 10, 21),
    pageTitle: 'Sleep *tips*',
  },
  {
    ...base,
    id: 3,
    termId: 'proton-pump-inhibitors',
    topicId: 'medications',
    text: 'since 2019',
    createdAt: Date.UTC(2026, 10, 22),
  },
  {
    ...base,
    id: 4,
    termId: 'gone-term',
    topicId: 'gone-topic',
    text: 'old',
    createdAt: Date.UTC(2026, 10, 22),
  },
];
const markdown = notesToMarkdown(notes, fakeReaderData, new Date(Date.UTC(2026, 10, 23)));

describe('Markdown export for a doctor’s visit', () => {
  it('groups notes by topic in the dataset’s order, then by term', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# My MagLens notes',
      '## Medications',
      '### Proton pump inhibitors (PPIs)',
      '## Sleep',
      '### Insomnia',
      '## Other',
      '### gone-term',
    ]);
  });

  it('gives each term its practical line and sources, each note its page and date', () => {
    expect(markdown).toContain('**What to ask or do:** Ask your doctor about proton pump inhibitors (ppis).');
    expect(markdown).toContain('  - [Source on Insomnia](https://example.org/insomnia) (PMID 123)');
    expect(markdown).toContain('- Saved 20 November 2026 from [Heartburn drugs](https://example.org/ppi)');
    expect(markdown).toContain('  - My note: ask about switching PPI');
    expect(markdown).toContain('  - My note: since 2019');
    expect(markdown).toContain(NOT_MEDICAL_ADVICE);
  });

  it("keeps each term's grade, its reason and the card's review date beside its sources", () => {
    const reviewed = {
      ...fakeReaderData,
      terms: fakeReaderData.terms.map((t) => ({ ...t, reviewed: '2026-11-29' })),
    };
    const withDate = notesToMarkdown(notes, reviewed, new Date(Date.UTC(2026, 10, 23)));
    expect(withDate).toContain('**Evidence:** Strong. Some trials. Reviewed November 2026.');
    expect(withDate).toContain('**Evidence:** Moderate. Some trials. Reviewed November 2026.');
  });

  it('keeps page titles and note text from becoming Markdown', () => {
    expect(markdown).toContain('[Sleep \\*tips\\*]');
    expect(escapeMarkdown('# [x](javascript:y)\nnext')).toBe('\\# \\[x\\](javascript:y) next');
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown([], fakeReaderData, new Date())).toContain('No notes saved yet.');
  });
});
