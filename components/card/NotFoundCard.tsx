import { CardFrame } from './CardFrame';

interface Props {
  text: string;
  onClose: () => void;
}

/** Quotes at most this many characters of the looked-up text. */
export const MAX_QUOTED = 60;

export const quoteLookup = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_QUOTED ? `${clean.slice(0, MAX_QUOTED - 1)}…` : clean;
};

/** What "Look up in MagLens" shows for text MagLens has no card for. */
export function NotFoundCard({ text, onClose }: Props) {
  return (
    <CardFrame labelledBy="ml-card-title" onClose={onClose}>
      <p class="not-found" id="ml-card-title">
        “{quoteLookup(text)}” is not in MagLens yet.
      </p>
    </CardFrame>
  );
}
