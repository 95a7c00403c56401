import { describe, expect, it } from 'vitest';
import type { Topic } from '@/utils/dataset/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { previewPieces } from './preview-marks';

const topic = (id: string, color: string): Topic => ({ id, name: id, color, description: '', termCount: 1 });
const topics = [topic('sleep', '#111111'), topic('medications', '#222222')];
const marked = (pieces: ReturnType<typeof previewPieces>) =>
  pieces.filter((piece) => piece.color).map((piece) => `${piece.text}:${piece.color}`);

describe('previewPieces', () => {
  it('marks the first occurrence of each term in its topic colour by default', () => {
    expect(marked(previewPieces(DEFAULT_SETTINGS, topics))).toEqual([
      'insomnia:#111111',
      'night cramps:#2f7d6d', // topic not in the dataset: the single colour
      'omeprazole:#222222',
      'spinach:#2f7d6d',
    ]);
  });

  it('marks every occurrence when asked', () => {
    const pieces = previewPieces({ ...DEFAULT_SETTINGS, density: 'every' }, topics);
    expect(marked(pieces).filter((m) => m.startsWith('omeprazole'))).toHaveLength(2);
  });

  it('uses one colour for all in single-colour mode', () => {
    const pieces = previewPieces(
      { ...DEFAULT_SETTINGS, colorMode: 'single', singleColor: '#abcdef' },
      topics,
    );
    expect(new Set(pieces.filter((p) => p.color).map((p) => p.color))).toEqual(new Set(['#abcdef']));
  });

  it('leaves turned-off topics unmarked', () => {
    const pieces = previewPieces({ ...DEFAULT_SETTINGS, disabledTopics: ['medications'] }, topics);
    expect(marked(pieces).some((m) => m.startsWith('omeprazole'))).toBe(false);
    expect(marked(pieces).some((m) => m.startsWith('insomnia'))).toBe(true);
  });

  it('marks nothing when the style is off, and keeps the whole sentence', () => {
    const pieces = previewPieces({ ...DEFAULT_SETTINGS, style: 'off' }, topics);
    expect(marked(pieces)).toEqual([]);
    expect(pieces.map((p) => p.text).join('')).toContain('Sam asked whether his omeprazole mattered.');
  });
});
