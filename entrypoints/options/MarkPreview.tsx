import type { Topic } from '@/utils/dataset/types';
import type { Settings } from '@/utils/settings';
import { previewPieces } from './preview-marks';

interface Props {
  settings: Settings;
  topics: readonly Topic[];
}

/** A sample paragraph marked the way web pages will be, updated as settings change. */
export function MarkPreview({ settings, topics }: Props) {
  const pieces = previewPieces(settings, topics);
  return (
    <figure class="ml-preview-box">
      <figcaption class="ml-hint">Preview</figcaption>
      <p class="ml-preview" data-style={settings.style}>
        {pieces.map((piece, i) =>
          piece.color ? (
            <span key={i} class="ml-mark" style={{ '--mark-color': piece.color }}>
              {piece.text}
            </span>
          ) : (
            piece.text
          ),
        )}
      </p>
      {settings.style === 'off' && (
        <p class="ml-hint">
          Nothing is marked. Select a word and choose “Look up in MagLens” from the right-click menu, or press
          Alt+Shift+M, to open its card.
        </p>
      )}
    </figure>
  );
}
