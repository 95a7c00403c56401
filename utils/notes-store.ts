// STUB — the real store (idb, versioned schema, export/import) arrives with issue 5. The API below is the contract.
import type { NoteDraft } from './messages';

export interface Note {
  id: number;
  termId: string;
  topicId: string;
  pageTitle: string;
  pageUrl: string;
  /** The user's own words, e.g. "ask about switching PPI". */
  text: string;
  createdAt: number;
  updatedAt: number;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: string };

export async function addNote(_draft: NoteDraft & { topicId: string }): Promise<StoreResult<Note>> {
  return { ok: false, message: 'not implemented' };
}
