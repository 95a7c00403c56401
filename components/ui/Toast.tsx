import { useEffect, useState } from 'preact/hooks';

interface Props {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  /** How long it stays, in ms. */
  duration?: number;
}

/**
 * MagLens' one toast: a short message at the bottom with an optional action ("Undo"), announced to screen
 * readers. One dismissal rule everywhere: it closes by itself after `duration`, but never while the pointer
 * rests on it or the keyboard is in it (so "Undo" never vanishes from under the user), and at once with ×.
 */
export function Toast({ message, actionLabel, onAction, onClose, duration = 6000 }: Props) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onClose, duration);
    return () => clearTimeout(timer);
  }, [message, onClose, duration, held]);
  return (
    <div
      class="ml-toast"
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={() => setFocused(false)}
    >
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="ml-link-button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button
        type="button"
        class="ml-link-button ml-toast-close"
        aria-label="Close message"
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
