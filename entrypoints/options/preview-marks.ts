import type { Topic } from '@/utils/dataset/types';
import type { Settings } from '@/utils/settings';

/** A piece of the preview sentence: plain text, or a marked term in its colour. */
export interface PreviewPiece {
  text: string;
  /** Set when the piece is marked. */
  color?: string;
  topicId?: string;
}

type SamplePart = string | readonly [text: string, topicId: string];

const SAMPLE: readonly SamplePart[] = [
  'After months of ',
  ['insomnia', 'sleep'],
  ' and ',
  ['night cramps', 'muscles-nerves'],
  ', Sam asked whether his ',
  ['omeprazole', 'medications'],
  ' mattered. It can: ',
  ['omeprazole', 'medications'],
  ' taken for years may lower magnesium, and ',
  ['spinach', 'food-supplements'],
  ' is one way to eat more of it.',
];

type PreviewSettings = Pick<Settings, 'style' | 'colorMode' | 'singleColor' | 'density' | 'disabledTopics'>;

/** The preview sentence marked the way pages would be with these settings. */
export function previewPieces(settings: PreviewSettings, topics: readonly Topic[]): PreviewPiece[] {
  const seen = new Set<string>();
  return SAMPLE.map((part) => {
    if (typeof part === 'string') return { text: part };
    const [text, topicId] = part;
    const repeat = seen.has(text);
    seen.add(text);
    const off =
      settings.style === 'off' ||
      settings.disabledTopics.includes(topicId) ||
      (repeat && settings.density === 'first');
    if (off) return { text };
    const topicColor = topics.find((topic) => topic.id === topicId)?.color;
    const color =
      settings.colorMode === 'single' ? settings.singleColor : (topicColor ?? settings.singleColor);
    return { text, color, topicId };
  });
}
