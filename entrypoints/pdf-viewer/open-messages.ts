/**
 * What the viewer says when a document cannot be shown, in plain words. PDF.js reports a wrong file as an
 * InvalidPDFException, a missing or wrong password as a PasswordException (asked through onPassword
 * first), and a failed download as a ResponseException; anything else is said with its own message.
 */

export const IMAGE_ONLY_MESSAGE = 'This PDF is an image; MagLens can only read text.';
export const BROKEN_MESSAGE = 'MagLens could not read this file: it is not a PDF, or it is damaged.';
export const PASSWORD_MESSAGE = 'This PDF is protected by a password, and it was not given.';

export function openErrorMessage(error: unknown, name: string): string {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'InvalidPDFException' || kind === 'FormatError') return BROKEN_MESSAGE;
  if (kind === 'PasswordException') return PASSWORD_MESSAGE;
  if (kind === 'ResponseException' || kind === 'TypeError')
    return `MagLens could not download ${name}. Open it in a tab, save it, and open the file instead.`;
  const reason = error instanceof Error ? error.message : String(error);
  return `MagLens could not open ${name}: ${reason}`;
}

/** Does a page's text content hold any text a reader could mark? */
export function holdsText(items: readonly unknown[]): boolean {
  return items.some(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      'str' in item &&
      typeof item.str === 'string' &&
      item.str.trim() !== '',
  );
}
