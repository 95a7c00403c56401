import type { BackgroundDataset } from '@/utils/dataset/types';
import { isMessage, type Replies } from '@/utils/messages';
import { openReaderAt, type ReaderApi, type SenderTab } from './open-reader';
import { type AddNote, saveNoteDraft } from './save-note';

export interface RouterDeps {
  api: ReaderApi;
  dataset: BackgroundDataset;
  addNote: AddNote;
}

interface Sender {
  id?: string;
  tab?: SenderTab;
}

/** The background's `runtime.onMessage` listener: checks every message, answers with a Promise, and
 * leaves messages meant for others unanswered. */
export function createMessageRouter(deps: RouterDeps) {
  return (message: unknown, sender: Sender): Promise<Replies['open-reader' | 'save-note']> | undefined => {
    if (!isMessage(message)) return undefined;
    if (sender.id !== undefined && sender.id !== deps.api.runtime.id) return undefined;
    switch (message.type) {
      case 'open-reader':
        return openReaderAt(deps.api, message, sender.tab);
      case 'save-note':
        return saveNoteDraft(message.note, deps.dataset, deps.addNote);
      default:
        return undefined;
    }
  };
}
