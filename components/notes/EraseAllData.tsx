import { useState } from 'preact/hooks';
import { useAutoFocus } from '@/components/ui/use-auto-focus';

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
  return <EraseConfirm onErase={onErase} onCancel={() => setConfirming(false)} />;
}

/** The confirm step; the safe choice, Cancel, gets the focus. */
function EraseConfirm({ onErase, onCancel }: { onErase: () => void; onCancel: () => void }) {
  const cancel = useAutoFocus<HTMLButtonElement>();
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
            onCancel();
            onErase();
          }}
        >
          Erase everything
        </button>
        <button type="button" class="ml-button ml-secondary" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
