import { Switch } from '@/components/ui/Switch';
import type { Topic } from '@/utils/dataset/types';

interface Props {
  topics: readonly Topic[];
  disabledTopics: readonly string[];
  onToggle: (topicId: string, on: boolean) => void;
  onAll: (on: boolean) => void;
}

const termCount = (n: number) => `${n} ${n === 1 ? 'term' : 'terms'}`;

/** One switch per topic, with its term count and description, and "all on / all off" shortcuts. */
export function TopicsSection({ topics, disabledTopics, onToggle, onAll }: Props) {
  const onCount = topics.filter((topic) => !disabledTopics.includes(topic.id)).length;
  return (
    <section class="ml-section" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics</h2>
      <p class="ml-lead">
        Choose what MagLens marks on pages. {onCount} of {topics.length} topics are on.
      </p>
      <div class="ml-actions">
        <button
          type="button"
          class="ml-button"
          onClick={() => onAll(true)}
          disabled={onCount === topics.length}
        >
          Turn all on
        </button>
        <button type="button" class="ml-button" onClick={() => onAll(false)} disabled={onCount === 0}>
          Turn all off
        </button>
      </div>
      {topics.length === 0 ? (
        <p class="ml-hint">This build of MagLens has no topics yet.</p>
      ) : (
        <ul class="ml-topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <Switch
                label={topic.name}
                checked={!disabledTopics.includes(topic.id)}
                description={`${termCount(topic.termCount)}. ${topic.description}`}
                swatch={topic.color}
                onChange={(on) => onToggle(topic.id, on)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
