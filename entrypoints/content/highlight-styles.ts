import type { Topic } from '@/utils/dataset/types';
import type { Settings } from '@/utils/settings';

/**
 * The one stylesheet MagLens adds to a page (through adoptedStyleSheets, never a DOM node): a
 * `::highlight()` rule per topic. Underlines mix the topic colour with the text colour, so they stay
 * visible on light and dark pages alike; backgrounds are translucent.
 */

export const HIGHLIGHT_PREFIX = 'maglens-';
export const FLASH_HIGHLIGHT = 'maglens-flash';

export function highlightName(topicId: string): string {
  return `${HIGHLIGHT_PREFIX}${topicId.replace(/[^a-z0-9-]/gi, '-')}`;
}

const isColor = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

export function highlightCss(
  topics: readonly Pick<Topic, 'id' | 'color'>[],
  settings: Pick<Settings, 'style' | 'colorMode' | 'singleColor'>,
): string {
  const rules: string[] = [];
  if (settings.style !== 'off') {
    for (const topic of topics) {
      const raw = settings.colorMode === 'single' ? settings.singleColor : topic.color;
      const color = isColor(raw) ? raw : '#2f7d6d';
      const selector = `::highlight(${highlightName(topic.id)})`;
      if (settings.style === 'underline') {
        // A dotted underline over a faint tint: the tint tells a mark from a link's own underline. 2 px,
        // not 1.5: Firefox draws 1.5 px as 1 px, thinner and fainter than Chromium's.
        rules.push(
          `${selector} { text-decoration: underline dotted 2px ${color}; ` +
            `text-decoration-color: color-mix(in srgb, ${color} 80%, currentColor); ` +
            'text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; ' +
            `background-color: ${color}1a; background-color: color-mix(in srgb, ${color} 10%, transparent); }`,
        );
      } else {
        rules.push(
          `${selector} { background-color: ${color}33; ` +
            `background-color: color-mix(in srgb, ${color} 24%, transparent); }`,
        );
      }
    }
  }
  rules.push(
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 200, 40, 0.55); ` +
      'text-decoration: underline solid 2px rgba(200, 120, 0, 0.9); }',
  );
  return rules.join('\n');
}
