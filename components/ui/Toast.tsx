import { useEffect } from 'preact/hooks';

interface Props {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  /** How long it stays, in ms. */
  duration?: number;
}

/** A short message at the bottom with an optional action ("Undo"), announced to screen readers. */
export function Toast({ message, actionLabel, onAction, onClose, duration = 6000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, duration);
    return () => clearTimeout(timer);
  }, [message, onClose, duration]);
  return (
    <div class="ml-toast" role="status">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="ml-link-button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
    </div>
  );
}
