import { browser } from 'wxt/browser';

/**
 * The one way MagLens' parts talk: typed messages, checked at the receiving end with `isMessage`.
 *
 * popup      → content script (tabs.sendMessage): page-terms, reveal-term, ping
 * background → content script: show-card (context menu "Look up in MagLens", keyboard command)
 * content    → background (runtime.sendMessage): open-reader, save-note
 */

export interface PageTerm {
  termId: string;
  /** The wordings found on the page, e.g. ["omeprazole", "PPIs"]. */
  wordings: string[];
  count: number;
}

export interface NoteDraft {
  termId: string;
  pageTitle: string;
  pageUrl: string;
  text?: string;
}

export type Message =
  | { type: 'ping' }
  | { type: 'page-terms' }
  | { type: 'reveal-term'; termId: string }
  /** Show the card for the selection, or for the first marked term in view when `text` is absent. */
  | { type: 'show-card'; text?: string; focus: boolean }
  | { type: 'open-reader'; articleId: string; sectionId?: string }
  | { type: 'save-note'; note: NoteDraft };

export interface Replies {
  ping: { ok: true; frame: 'top' | 'sub' };
  /** `url` and `title` of the page, for the popup's site switch and for notes saved from it. */
  'page-terms': { terms: PageTerm[]; active: boolean; url: string; title: string };
  'reveal-term': { found: boolean };
  'show-card': { shown: boolean };
  'open-reader': { ok: boolean };
  'save-note': { ok: true; id: number } | { ok: false; message: string };
}

const TYPES: Record<Message['type'], true> = {
  ping: true,
  'page-terms': true,
  'reveal-term': true,
  'show-card': true,
  'open-reader': true,
  'save-note': true,
};

export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !(type in TYPES)) return false;
  const m = value as Record<string, unknown>;
  switch (type as Message['type']) {
    case 'reveal-term':
      return typeof m.termId === 'string';
    case 'show-card':
      return typeof m.focus === 'boolean' && (m.text === undefined || typeof m.text === 'string');
    case 'open-reader':
      return (
        typeof m.articleId === 'string' && (m.sectionId === undefined || typeof m.sectionId === 'string')
      );
    case 'save-note': {
      const n = m.note as Record<string, unknown> | undefined;
      return (
        !!n &&
        typeof n.termId === 'string' &&
        typeof n.pageTitle === 'string' &&
        typeof n.pageUrl === 'string' &&
        (n.text === undefined || typeof n.text === 'string')
      );
    }
    default:
      return true;
  }
}

export function sendToBackground<M extends Message>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;
}

/** Sends to the top frame of a tab (frameId 0), where the card and the page-terms answer live. */
export function sendToTab<M extends Message>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Replies[M['type']]>;
}
