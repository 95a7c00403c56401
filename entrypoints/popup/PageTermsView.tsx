import { RouteLink } from '@/components/navigation/RouteLink';
import type { PageTopicGroup } from './page-terms';

interface Props {
  groups: PageTopicGroup[];
  onReveal: (termId: string) => void;
  /** "Shown on the page" or "not found" after a reveal. */
  status: string;
}

/** The terms found on the page, grouped by topic; a term's name shows it on the page. */
export function PageTermsView({ groups, onReveal, status }: Props) {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <>
      <p class="ml-muted">
        {total} health term{total === 1 ? '' : 's'} on this page. Choose one to find it on the page.
      </p>
      <p role="status" class="ml-info ml-status">
        {status}
      </p>
      {groups.map(({ topic, rows }) => (
        <section key={topic.id} aria-labelledby={`page-topic-${topic.id}`} class="ml-group">
          <h2 id={`page-topic-${topic.id}`} class="ml-group-title">
            <span class="ml-swatch" style={{ background: topic.color }} aria-hidden="true" />
            {topic.name}
          </h2>
          <ul class="ml-list">
            {rows.map(({ term, line, wordings, count }) => (
              <li key={term.id} class="ml-list-item">
                <div class="ml-row">
                  <button
                    type="button"
                    class="ml-link-button ml-item-title"
                    onClick={() => onReveal(term.id)}
                    aria-label={`${term.name}: show on the page`}
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
                <p class="ml-line">{line}</p>
                <p class="ml-muted ml-small">
                  On the page as {wordings.map((w) => `“${w}”`).join(', ')}
                  {count > 1 ? ` · ${count} times` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
