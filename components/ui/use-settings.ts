import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  loadSettings,
  type SaveResult,
  type Settings,
  type SettingsPatch,
  settingsNoticeItem,
  updateSettings,
  watchSettings,
} from '@/utils/settings';

export type UpdateSettings = (patch: SettingsPatch, options?: { quiet?: boolean }) => Promise<SaveResult>;

export interface SettingsState {
  /** What the page shows: the stored settings with changes still being saved on top. Null while loading. */
  settings: Settings | null;
  /** Why the last change was not saved. */
  error: string | null;
  /** The one-time notice about repaired settings, taken from storage (and cleared there). */
  notice: string | null;
  /** Saves a change at once; on failure the page goes back to what is stored and `error` says why
   * (unless `quiet`: the caller shows the message itself). */
  update: UpdateSettings;
  dismissError: () => void;
  dismissNotice: () => void;
}

const applyPatch = (settings: Settings, patch: SettingsPatch): Settings => ({
  ...settings,
  ...(typeof patch === 'function' ? patch(settings) : patch),
});

/** Every page's one link to the settings (popup, options): loads them once, watches them, saves changes
 * through updateSettings and takes the one-time notice. */
export function useSettings(): SettingsState {
  const [stored, setStored] = useState<Settings | null>(null);
  const [pending, setPending] = useState<SettingsPatch[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((settings) => live && setStored(settings));
    void (async () => {
      // Load first, so a repair made by this very load is reported too.
      const settings = await loadSettings();
      const text = await settingsNoticeItem.getValue().catch(() => null);
      if (!live) return;
      setStored(settings);
      if (text) {
        setNotice(text);
        await settingsNoticeItem.setValue(null).catch(() => {});
      }
    })();
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback<UpdateSettings>(async (patch, options) => {
    setPending((list) => [...list, patch]);
    const result = await updateSettings(patch);
    setPending((list) => list.filter((item) => item !== patch));
    if (result.ok) {
      setStored(result.settings);
      setError(null);
    } else if (!options?.quiet) {
      setError(result.message);
    }
    return result;
  }, []);

  const settings = stored && pending.reduce(applyPatch, stored);
  return {
    settings,
    error,
    notice,
    update,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
  };
}
