import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** What the term has to do with magnesium. */
  text: string;
}

/** The card's "what": its first lines (card.css clamps them), with More to show the rest and Less to fold
 * it again. Screen readers get the whole text either way; More shows only where the text is cut. */
export function ClampedNote({ text }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const note = ref.current;
    if (note && !open) setCut(note.scrollHeight > note.clientHeight + 1);
  }, [text, open]);
  return (
    <div class={open ? 'what open' : 'what'}>
      <p id="ml-card-note" class="note" ref={ref}>
        {text}
      </p>
      {cut || open ? (
        <button
          type="button"
          class="link more"
          aria-expanded={open}
          aria-controls="ml-card-note"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
        </button>
      ) : null}
    </div>
  );
}
