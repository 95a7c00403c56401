import { describe, expect, it } from 'vitest';
import { patchFor } from './card-settings-change';
import { DEFAULT_SETTINGS } from './settings-defaults';

describe('patchFor', () => {
  const hidden = { ...DEFAULT_SETTINGS, disabledTopics: ['sleep', 'bones'] };

  it("turns a hidden topic back on (the card's Undo), and leaves the other hidden ones", () => {
    expect(patchFor({ kind: 'show-topic', topicId: 'sleep' })(hidden)).toEqual({ disabledTopics: ['bones'] });
  });

  it('changes nothing when the topic is already on, so a retried Undo does no harm', () => {
    expect(patchFor({ kind: 'show-topic', topicId: 'mood' })(hidden)).toEqual({});
  });

  it('hides a topic once', () => {
    expect(patchFor({ kind: 'hide-topic', topicId: 'mood' })(hidden)).toEqual({
      disabledTopics: ['sleep', 'bones', 'mood'],
    });
    expect(patchFor({ kind: 'hide-topic', topicId: 'sleep' })(hidden)).toEqual({});
  });
});
