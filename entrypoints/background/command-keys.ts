import { OPEN_CARD_COMMAND } from './lookup';

export interface CommandsApi {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
}

/** The keys the reader has set for the open-card command, as the browser writes them ("Alt+Shift+M"), or ''
 * when it has none (another extension took the suggested keys, or the reader cleared them). */
export function openCardKeys(commands: readonly { name?: string; shortcut?: string }[]): string {
  return commands.find((command) => command.name === OPEN_CARD_COMMAND)?.shortcut ?? '';
}
