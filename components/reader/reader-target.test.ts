import { describe, expect, it } from 'vitest';
import { consumeReaderTarget, readerTargetItem, routeFromTarget } from './reader-target';

describe('reader target from a card’s "Read more"', () => {
  it('opens the article section when the target is fresh, once', async () => {
    await readerTargetItem.setValue({ articleId: 'medicines', sectionId: 'digoxin', at: 1_000 });
    expect(await consumeReaderTarget(5_000)).toEqual({
      view: 'article',
      articleId: 'medicines',
      sectionId: 'digoxin',
    });
    expect(await consumeReaderTarget(5_000)).toBeNull();
  });

  it('ignores and clears a target older than 30 seconds', async () => {
    await readerTargetItem.setValue({ articleId: 'sleep', sectionId: 'night-cramps', at: 0 });
    expect(await consumeReaderTarget(31_000)).toBeNull();
    expect(await readerTargetItem.getValue()).toBeNull();
  });

  it('ignores malformed targets', () => {
    expect(routeFromTarget({ articleId: 3, at: 0 }, 0)).toBeNull();
    expect(routeFromTarget('medicines', 0)).toBeNull();
    expect(routeFromTarget({ articleId: 'food', at: 10 }, 20)).toEqual({
      view: 'article',
      articleId: 'food',
    });
  });
});
