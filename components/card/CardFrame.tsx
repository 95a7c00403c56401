import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the element that names the dialog. */
  labelledBy: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** The card's dialog box: a non-modal dialog, focusable so the keyboard command can move focus into it. */
export function CardFrame({ labelledBy, onClose, children }: Props) {
  return (
    <div class="card" role="dialog" aria-labelledby={labelledBy} tabIndex={-1}>
      <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}
