import { describe, expect, it } from 'vitest';
import type { PageTerm } from '@/utils/messages';
import { createTermsChangedNotice } from './terms-changed';

describe('the terms-changed notice', () => {
  it('tells only when what the popup shows changed: on/off or a term and its count', () => {
    let state: { active: boolean; terms: PageTerm[] } = { active: true, terms: [] };
    let told = 0;
    const notice = createTermsChangedNotice(
      () => state,
      () => told++,
    );
    notice.changed(); // the first scan: a popup opened later asks anyway
    expect(told).toBe(0);
    state = { active: true, terms: [{ termId: 'insomnia', wordings: ['insomnia'], count: 1 }] };
    notice.changed();
    notice.changed();
    expect(told).toBe(1);
    state = { active: true, terms: [{ termId: 'insomnia', wordings: ['insomnia'], count: 2 }] };
    notice.changed();
    state = { active: false, terms: state.terms };
    notice.changed();
    expect(told).toBe(3);
  });
});
