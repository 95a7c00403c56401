import { useState } from 'preact/hooks';
import { downloadText } from '@/components/ui/download';
import type { UpdateSettings } from '@/components/ui/use-settings';
import { defaultSettings, type Settings } from '@/utils/settings';
import {
  parseSettingsFile,
  SETTINGS_FILE_MAX_BYTES,
  settingsFileName,
  settingsToFile,
} from '@/utils/settings-transfer';
import type { DataMessage } from './DataSection';

export interface ToastState {
  text: string;
  undo?: () => void;
}

/** Export, import and reset, each replacing all settings with an Undo in a toast. */
export function useDataActions(settings: Settings | null, update: UpdateSettings) {
  const [message, setMessage] = useState<DataMessage | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);

  const replaceWithUndo = async (next: Settings, text: string) => {
    if (!settings) return;
    const previous = settings;
    const result = await update(next, { quiet: true });
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    setToast({
      text,
      undo: async () => {
        const undone = await update(previous, { quiet: true });
        setToast({ text: undone.ok ? 'Your earlier settings are back.' : undone.message });
      },
    });
  };

  const onExport = () => {
    if (!settings) return;
    const name = settingsFileName();
    downloadText(name, 'application/json', settingsToFile(settings));
    setMessage({ kind: 'ok', text: `Settings exported as ${name}.` });
  };

  const onImport = async (file: File) => {
    setMessage(null);
    if (file.size > SETTINGS_FILE_MAX_BYTES) {
      setMessage({ kind: 'error', text: 'The file is too big to be MagLens settings. Nothing was changed.' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: 'The file could not be read. Nothing was changed.' });
      return;
    }
    const result = parseSettingsFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    const from = result.migratedFrom ? ' (updated from an older MagLens)' : '';
    await replaceWithUndo(result.settings, `Settings imported from ${file.name}${from}.`);
  };

  const onReset = () => replaceWithUndo(defaultSettings(), 'Settings reset to defaults.');

  return { message, toast, onExport, onImport, onReset, closeToast: () => setToast(null) };
}
