import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  tone?: 'info' | 'error';
  onDismiss: () => void;
}

/** A message across the top of the page, until dismissed. */
export function Banner({ children, tone = 'info', onDismiss }: Props) {
  return (
    <div class={`ml-banner ml-banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      <button type="button" class="ml-button ml-button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
