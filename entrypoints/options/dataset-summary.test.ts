import { describe, expect, it } from 'vitest';
import { datasetSummary } from './dataset-summary';

describe('datasetSummary', () => {
  it('says how many terms and topics, and the month of the latest review of a card or an article', () => {
    const summary = datasetSummary({
      version: 'abc12345',
      topics: [{}, {}],
      terms: [{ reviewed: '2026-10-02' }, { reviewed: '2026-11-29' }, {}],
      articles: [{ reviewed: '2026-09-01' }],
    });
    expect(summary).toBe('3 terms in 2 topics, reviewed up to November 2026 (edition abc12345)');
  });

  it('leaves the date out when nothing carries one, and counts one of each in the singular', () => {
    expect(datasetSummary({ version: 'x', topics: [{}], terms: [{}] })).toBe('1 term in 1 topic (edition x)');
  });
});
