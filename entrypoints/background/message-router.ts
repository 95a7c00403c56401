import { patchFor } from '@/utils/card-settings-change';
import type { BackgroundDataset } from '@/utils/dataset/types';
import { createReceiver, toBackground } from '@/utils/messages';
import { updateSettings } from '@/utils/settings';
import { type CommandsApi, openCardKeys } from './command-keys';
import { openReaderAt, type ReaderApi, type SenderTab } from './open-reader';
import { type AddNote, saveNoteDraft } from './save-note';

export interface RouterDeps {
  api: ReaderApi;
  dataset: BackgroundDataset;
  addNote: AddNote;
  /** The browser's commands, for the keys of the open-card command (none: no keys known). */
  commands?: CommandsApi;
}

interface Sender {
  id?: string;
  tab?: SenderTab;
}

/** The background's `runtime.onMessage` listener: one handler per message of the `toBackground`
 * protocol, each message checked before its handler runs; messages meant for others, malformed ones and
 * those from other extensions stay unanswered. */
export function createMessageRouter(deps: RouterDeps) {
  const receive = createReceiver(toBackground, {
    'open-reader': (message, sender: Sender) => openReaderAt(deps.api, message, sender.tab),
    'save-note': (message) => saveNoteDraft(message.note, deps.dataset, deps.addNote),
    'command-keys': async () => ({
      openCard: deps.commands ? openCardKeys(await deps.commands.getAll()) : '',
    }),
    'change-settings': async (message) => {
      const result = await updateSettings(patchFor(message.change));
      return result.ok ? { ok: true as const } : { ok: false as const, message: result.message };
    },
  });
  return (message: unknown, sender: Sender) =>
    sender.id !== undefined && sender.id !== deps.api.runtime.id ? undefined : receive(message, sender);
}
