import type { toPage } from './messages';

/**
 * The message types of the toPage protocol (messages.ts), listed apart from their checks: the content
 * script of every frame tells a message meant for it by its type alone, and loads the checks (in the
 * marking chunk) only when one comes. messages.test.ts keeps this list and the protocol equal.
 */
export const PAGE_MESSAGE_TYPES = [
  'ping',
  'page-terms',
  'reveal-term',
  'show-card',
  'move-term',
] as const satisfies readonly (keyof typeof toPage)[];

/** Whether a value is shaped like a toPage message (its fields are checked where it is answered). */
export function looksLikePageMessage(value: unknown): boolean {
  const type = value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (PAGE_MESSAGE_TYPES as readonly string[]).includes(type);
}
