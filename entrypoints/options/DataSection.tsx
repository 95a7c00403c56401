import type { TargetedEvent } from 'preact';

export interface DataMessage {
  kind: 'error' | 'ok';
  text: string;
}

interface Props {
  message: DataMessage | null;
  notesHref: string;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

/** Export, import and reset the settings, and a way to the notes. */
export function DataSection({ message, notesHref, onExport, onImport, onReset }: Props) {
  const pick = (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still imports it
    if (file) onImport(file);
  };
  return (
    <section class="ml-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="ml-lead">Settings are saved in your browser and follow you if you use browser sync.</p>
      <div class="ml-actions">
        <button type="button" class="ml-button" onClick={onExport}>
          Export settings
        </button>
        <input
          id="import-file"
          class="ml-visually-hidden ml-file-input"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={pick}
        />
        <label class="ml-button" for="import-file">
          Import settings…
        </label>
        <button type="button" class="ml-button ml-button-danger" onClick={onReset}>
          Reset to defaults
        </button>
      </div>
      <p id="import-hint" class="ml-hint">
        Import a file exported from MagLens. A file that isn’t valid changes nothing.
      </p>
      <div aria-live="polite">
        {message && (
          <p
            class={message.kind === 'error' ? 'ml-error' : 'ml-ok'}
            role={message.kind === 'error' ? 'alert' : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
      <p>
        <a href={notesHref} target="_blank" rel="noopener">
          Export My notes
        </a>{' '}
        <span class="ml-hint">(opens your notes, where you can export them)</span>
      </p>
    </section>
  );
}
