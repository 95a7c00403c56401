import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewedLine, reviewedMonth } from '@/utils/reviewed-date';
import { ReviewedDate } from './ReviewedDate';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the review date', () => {
  it('reads "Reviewed November 2026" for 2026-11-29, in any locale', () => {
    expect(reviewedMonth('2026-11-29')).toBe('November 2026');
    expect(reviewedLine('2026-01-05')).toBe('Reviewed January 2026');
  });

  it('shows nothing for a missing or malformed date', () => {
    expect(reviewedLine(undefined)).toBeNull();
    expect(reviewedLine('29/11/2026')).toBeNull();
    expect(reviewedLine('2026-13-01')).toBeNull();
    render(<ReviewedDate date={undefined} />, root);
    expect(root.innerHTML).toBe('');
  });

  it('renders a machine-readable time element', () => {
    render(<ReviewedDate date="2026-11-29" />, root);
    const time = root.querySelector('time');
    expect(time?.textContent).toBe('Reviewed November 2026');
    expect(time?.getAttribute('datetime')).toBe('2026-11-29');
  });
});
