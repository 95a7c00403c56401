import { useMemo } from 'preact/hooks';
import type { Topic } from '@/utils/dataset/types';
import { PageTermItem } from './PageTermItem';
import { groupByTopic, type PageTermRow, type PageTermsOrder, pageTermsSummary } from './page-terms';

interface Props {
  /** The page's terms in page order. */
  rows: PageTermRow[];
  topics: Topic[];
  order: PageTermsOrder;
  onOrder: (order: PageTermsOrder) => void;
  onReveal: (termId: string) => void;
  /** "… is the current term" or "not found" after a reveal. */
  status: string;
}

const ORDERS: { value: PageTermsOrder; label: string }[] = [
  { value: 'page', label: 'Page order' },
  { value: 'topic', label: 'By topic' },
];

/** The terms found on the page as one list in page order, or grouped by topic; choosing a term makes it
 * the page's current term. The summary is a live region, so a screen reader hears it when it changes. */
export function PageTermsView({ rows, topics, order, onOrder, onReveal, status }: Props) {
  const groups = useMemo(() => groupByTopic(rows, topics), [rows, topics]);
  return (
    <>
      <p class="ml-muted" role="status">
        {pageTermsSummary(rows)} Choose one to find it on the page.
      </p>
      <fieldset class="ml-order">
        <legend class="ml-small">Order</legend>
        {ORDERS.map(({ value, label }) => (
          <label key={value} class="ml-small ml-order-choice">
            <input
              type="radio"
              name="page-terms-order"
              checked={order === value}
              onChange={() => onOrder(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p role="status" class="ml-info ml-status">
        {status}
      </p>
      {order === 'page' ? (
        <ol class="ml-list" aria-label="Terms on this page, in page order">
          {rows.map((row) => (
            <PageTermItem key={row.term.id} row={row} showTopic={true} onReveal={onReveal} />
          ))}
        </ol>
      ) : (
        groups.map(({ topic, rows: topicRows }) => (
          <section key={topic.id} aria-labelledby={`page-topic-${topic.id}`} class="ml-group">
            <h2 id={`page-topic-${topic.id}`} class="ml-group-title">
              <span class="ml-swatch" style={{ background: topic.color }} aria-hidden="true" />
              {topic.name}
            </h2>
            <ul class="ml-list">
              {topicRows.map((row) => (
                <PageTermItem key={row.term.id} row={row} showTopic={false} onReveal={onReveal} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
