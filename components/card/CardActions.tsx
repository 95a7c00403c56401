import { useState } from 'preact/hooks';

import type { ActionResult } from '@/utils/action-result';

export type { ActionResult };

export interface TermCardActions {
  readMore: () => Promise<ActionResult>;
  save: () => Promise<ActionResult>;
  /** Turns the term's topic off on every site; the card stays open to offer Undo. */
  hideTopic: () => Promise<ActionResult>;
  /** Undo for hideTopic. */
  showTopic: () => Promise<ActionResult>;
  notOnThisSite: () => Promise<ActionResult>;
}

interface Props {
  actions: TermCardActions;
  readMoreLabel: string;
  topicName: string;
}

type Status = { text: string; error: boolean; undo?: boolean } | null;

/** The card's buttons, with a live status line for what they did (and Undo after hiding the topic). */
export function CardActions({ actions, readMoreLabel, topicName }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [saved, setSaved] = useState(false);
  const run = async (action: () => Promise<ActionResult>, done?: Status) => {
    const result = await action();
    if (!result.ok) setStatus({ text: result.message, error: true });
    else if (done) setStatus(done);
    return result.ok;
  };
  const hidden = { text: `${topicName} is hidden on every site.`, error: false, undo: true };
  return (
    <div class="actions">
      <div class="action-row">
        <button
          type="button"
          class="primary"
          aria-label={`Read more: ${readMoreLabel}`}
          onClick={() => run(actions.readMore)}
        >
          Read more
        </button>
        <button
          type="button"
          aria-disabled={saved}
          onClick={async () => {
            if (!saved && (await run(actions.save, { text: 'Saved ✓', error: false }))) setSaved(true);
          }}
        >
          {saved ? 'Saved ✓' : 'Save'}
        </button>
      </div>
      <div class="action-row quiet">
        <button
          type="button"
          class="link"
          title={`Stop marking ${topicName} terms on every site (you can undo it here)`}
          onClick={() => run(actions.hideTopic, hidden)}
        >
          Hide this topic everywhere
        </button>
        <button type="button" class="link" onClick={() => run(actions.notOnThisSite)}>
          Not on this site
        </button>
      </div>
      <p class={status?.error ? 'status error' : 'status'} role="status">
        {status?.text ?? ''}
        {status?.undo ? (
          <button
            type="button"
            class="link undo"
            onClick={() => run(actions.showTopic, { text: `${topicName} is marked again.`, error: false })}
          >
            Undo
          </button>
        ) : null}
      </p>
    </div>
  );
}
