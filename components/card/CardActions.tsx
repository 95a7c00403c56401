import { useState } from 'preact/hooks';

import type { ActionResult } from '@/utils/action-result';

export type { ActionResult };

export interface TermCardActions {
  readMore: () => Promise<ActionResult>;
  save: () => Promise<ActionResult>;
  hideTopic: () => Promise<ActionResult>;
  notOnThisSite: () => Promise<ActionResult>;
}

interface Props {
  actions: TermCardActions;
  readMoreLabel: string;
  topicName: string;
}

/** The card's buttons, with a live status line for what they did. */
export function CardActions({ actions, readMoreLabel, topicName }: Props) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [saved, setSaved] = useState(false);
  const run = async (action: () => Promise<ActionResult>, done?: string) => {
    const result = await action();
    if (!result.ok) setStatus({ text: result.message, error: true });
    else if (done) setStatus({ text: done, error: false });
    return result.ok;
  };
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
            if (!saved && (await run(actions.save, 'Saved ✓'))) setSaved(true);
          }}
        >
          {saved ? 'Saved ✓' : 'Save'}
        </button>
      </div>
      <div class="action-row quiet">
        <button
          type="button"
          class="link"
          title={`Stop marking ${topicName} terms`}
          onClick={() => run(actions.hideTopic)}
        >
          Hide this topic
        </button>
        <button type="button" class="link" onClick={() => run(actions.notOnThisSite)}>
          Not on this site
        </button>
      </div>
      <p class={status?.error ? 'status error' : 'status'} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
