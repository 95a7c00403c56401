import type { Topic } from '@/utils/dataset/types';

interface Props {
  topics: Topic[];
  topicId: string;
  onTopic: (topicId: string) => void;
  canExport: boolean;
  onExportMarkdown: () => void;
  onExportJson: () => void;
  onImport: (text: string) => void;
}

/** Topic filter, export (Markdown for a doctor's visit, JSON for a backup) and import. */
export function NotesToolbar({
  topics,
  topicId,
  onTopic,
  canExport,
  onExportMarkdown,
  onExportJson,
  onImport,
}: Props) {
  return (
    <div class="ml-notes-toolbar">
      <label class="ml-field">
        <span>Topic</span>
        <select value={topicId} onChange={(event) => onTopic(event.currentTarget.value)}>
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
      </label>
      <div class="ml-actions">
        <button type="button" class="ml-button ml-secondary" onClick={onExportMarkdown} disabled={!canExport}>
          Export for my doctor (.md)
        </button>
        <button type="button" class="ml-button ml-secondary" onClick={onExportJson} disabled={!canExport}>
          Back up (.json)
        </button>
        <label class="ml-button ml-secondary ml-file-button">
          Import backup
          <input
            type="file"
            accept="application/json,.json"
            class="ml-visually-hidden"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(await file.text());
            }}
          />
        </label>
      </div>
    </div>
  );
}
