import { describe, expect, it } from 'vitest';
import { createLookups } from '@/components/navigation/reader-context';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { groupByTopic, pageTermRows, pageTermsSummary } from './page-terms';

describe('On this page', () => {
  it('groups found terms by topic in the dataset’s order, most frequent first, dropping unknown ids', () => {
    const { terms } = createLookups(fakeReaderData);
    const groups = groupByTopic(
      pageTermRows(
        [
          { termId: 'insomnia', wordings: ['insomnia'], count: 1 },
          { termId: 'diuretics', wordings: ['water pills'], count: 1 },
          { termId: 'proton-pump-inhibitors', wordings: ['PPIs', 'omeprazole'], count: 4 },
          { termId: 'not-a-term', wordings: ['x'], count: 9 },
        ],
        fakeReaderData.topics,
        terms,
      ),
      fakeReaderData.topics,
    );
    expect(groups.map((g) => [g.topic.name, g.rows.map((r) => r.term.id)])).toEqual([
      ['Medications', ['proton-pump-inhibitors', 'diuretics']],
      ['Sleep', ['insomnia']],
    ]);
    expect(groups[0]?.rows[0]?.line).toBe('Proton pump inhibitors (PPIs) can be linked to magnesium.');
  });
});

describe('On this page, in page order', () => {
  const found = [
    { termId: 'insomnia', wordings: ['insomnia'], count: 2 },
    { termId: 'not-a-term', wordings: ['x'], count: 9 },
    { termId: 'proton-pump-inhibitors', wordings: ['PPIs', 'omeprazole'], count: 3 },
    { termId: 'diuretics', wordings: ['water pills'], count: 1 },
  ];

  it('keeps the page’s order and names each term’s topic', () => {
    const { terms } = createLookups(fakeReaderData);
    const rows = pageTermRows(found, fakeReaderData.topics, terms);
    expect(rows.map((r) => [r.term.id, r.topic?.name, r.count])).toEqual([
      ['insomnia', 'Sleep', 2],
      ['proton-pump-inhibitors', 'Medications', 3],
      ['diuretics', 'Medications', 1],
    ]);
  });

  it('sums up terms, marks and topics in words a screen reader can announce', () => {
    const { terms } = createLookups(fakeReaderData);
    const rows = pageTermRows(found, fakeReaderData.topics, terms);
    expect(pageTermsSummary(rows)).toBe('3 health terms on this page, marked 6 times, in 2 topics.');
    expect(pageTermsSummary(rows.slice(0, 1).map((r) => ({ ...r, count: 1 })))).toBe(
      '1 health term on this page, marked 1 time, in 1 topic.',
    );
  });
});
