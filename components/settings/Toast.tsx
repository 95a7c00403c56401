interface Props {
  text: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
}

/** A short confirmation at the bottom of the page, with an optional action such as Undo. Render it
 * inside a live region that is always on the page, so screen readers announce it. */
export function Toast({ text, actionLabel, onAction, onClose }: Props) {
  return (
    <div class="ml-toast">
      <span>{text}</span>
      {actionLabel && onAction && (
        <button type="button" class="ml-button ml-button-small" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="ml-button ml-button-small" aria-label="Close message" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
