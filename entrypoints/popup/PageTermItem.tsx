import { RouteLink } from '@/components/navigation/RouteLink';
import type { PageTermRow } from './page-terms';

interface Props {
  row: PageTermRow;
  /** In page order the row names its topic; grouped by topic the heading does. */
  showTopic: boolean;
  onReveal: (termId: string) => void;
}

/** One term found on the page: its name (choosing it makes it the page's current term), its topic, the
 * first line of its card, how it is written there and how often it is marked. */
export function PageTermItem({ row, showTopic, onReveal }: Props) {
  const { term, topic, line, wordings, count } = row;
  return (
    <li class="ml-list-item">
      <div class="ml-row">
        <button
          type="button"
          class="ml-link-button ml-item-title"
          onClick={() => onReveal(term.id)}
          aria-label={`${term.name}, ${showTopic && topic ? `${topic.name}, ` : ''}marked ${count} ${count === 1 ? 'time' : 'times'}: show on the page`}
        >
          {term.name}
        </button>
        <RouteLink
          route={{ view: 'term', termId: term.id }}
          class="ml-small-link"
          label={`Card for ${term.name}`}
        >
          Card
        </RouteLink>
      </div>
      {showTopic && topic ? (
        <p class="ml-muted ml-small ml-term-topic">
          <span class="ml-swatch" style={{ background: topic.color }} aria-hidden="true" />
          {topic.name}
        </p>
      ) : null}
      <p class="ml-line">{line}</p>
      <p class="ml-muted ml-small">
        On the page as {wordings.map((w) => `“${w}”`).join(', ')}
        {count > 1 ? ` · ${count} times` : ''}
      </p>
    </li>
  );
}
