import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the element that names the dialog. */
  labelledBy: string;
  /** The id of the element that describes the dialog ("Term 3 of 12 on this page"), if any. */
  describedBy?: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** The card's dialog box: a non-modal dialog, focusable so the keyboard command can move focus into it. */
export function CardFrame({ labelledBy, describedBy, onClose, children }: Props) {
  return (
    <div class="card" role="dialog" aria-labelledby={labelledBy} aria-describedby={describedBy} tabIndex={-1}>
      <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}
