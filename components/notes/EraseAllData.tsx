import { useState } from 'preact/hooks';

/** "Erase all MagLens data" behind a confirm step. */
export function EraseAllData({ onErase }: { onErase: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="ml-link-button ml-danger-text" onClick={() => setConfirming(true)}>
        Erase all MagLens data…
      </button>
    );
  }
  return (
    <fieldset class="ml-confirm">
      <legend class="ml-visually-hidden">Erase all MagLens data</legend>
      <p id="erase-question">
        Erase every saved note and reset all settings? This cannot be undone. Export your notes first if you
        want to keep them.
      </p>
      <div class="ml-actions">
        <button
          type="button"
          class="ml-button ml-danger"
          onClick={() => {
            setConfirming(false);
            onErase();
          }}
        >
          Erase everything
        </button>
        <button
          type="button"
          class="ml-button ml-secondary"
          // biome-ignore lint/a11y/noAutofocus: the safe choice gets focus in a destructive confirm
          autoFocus
          onClick={() => setConfirming(false)}
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
