import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  tone?: 'info' | 'error';
  /** The button's label and what it does; "Dismiss" when not given. */
  actionLabel?: string;
  onAction: () => void;
}

/** A message across the top of the page, with one button (dismiss it, or act on it). */
export function Banner({ children, tone = 'info', actionLabel = 'Dismiss', onAction }: Props) {
  return (
    <div class={`ml-banner ml-banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      <button type="button" class="ml-button ml-button-small" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
