import { describe, expect, it } from 'vitest';
import { createLookups } from '@/components/navigation/reader-context';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { groupPageTerms } from './page-terms';

describe('On this page', () => {
  it('groups found terms by topic in the dataset’s order, most frequent first, dropping unknown ids', () => {
    const { terms } = createLookups(fakeReaderData);
    const groups = groupPageTerms(
      [
        { termId: 'insomnia', wordings: ['insomnia'], count: 1 },
        { termId: 'diuretics', wordings: ['water pills'], count: 1 },
        { termId: 'proton-pump-inhibitors', wordings: ['PPIs', 'omeprazole'], count: 4 },
        { termId: 'not-a-term', wordings: ['x'], count: 9 },
      ],
      fakeReaderData.topics,
      terms,
    );
    expect(groups.map((g) => [g.topic.name, g.rows.map((r) => r.term.id)])).toEqual([
      ['Medications', ['proton-pump-inhibitors', 'diuretics']],
      ['Sleep', ['insomnia']],
    ]);
    expect(groups[0]?.rows[0]?.line).toBe('Proton pump inhibitors (PPIs) can be linked to magnesium.');
  });
});
