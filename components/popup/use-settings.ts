import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, settingsNoticeItem, watchSettings } from '@/utils/settings';

/** The settings, kept current; null until loaded (the popup paints before storage answers). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The one-time settings notice: read once, then cleared so it is shown only this time. */
export function useSettingsNotice(): [string | null, () => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // After loadSettings, so a repair made by this very load is reported too.
    loadSettings()
      .then(() => settingsNoticeItem.getValue())
      .then((value) => {
        if (!value) return;
        setNotice(value);
        return settingsNoticeItem.setValue(null);
      })
      .catch(() => {});
  }, []);
  return [notice, () => setNotice(null)];
}
