import { firstSentence } from '@/components/ui/first-sentence';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import type { PageTerm } from '@/utils/messages';

export interface PageTermRow {
  term: CardTerm;
  topic: Topic | undefined;
  /** The first sentence of the card's note. */
  line: string;
  wordings: string[];
  /** How often the term is marked on the page. */
  count: number;
}

export interface PageTopicGroup {
  topic: Topic;
  rows: PageTermRow[];
}

export type PageTermsOrder = 'page' | 'topic';

/** The terms a page's content script found, in the order it sent them (page order), unknown ids dropped. */
export function pageTermRows(
  found: PageTerm[],
  topics: Topic[],
  terms: Map<string, CardTerm>,
): PageTermRow[] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  return found.flatMap((item): PageTermRow[] => {
    const term = terms.get(item.termId);
    if (!term) return [];
    const topic = topicById.get(term.topicId);
    return [{ term, topic, line: firstSentence(term.note), wordings: item.wordings, count: item.count }];
  });
}

/** The rows grouped by topic in the dataset's order, most marked first. */
export function groupByTopic(rows: readonly PageTermRow[], topics: Topic[]): PageTopicGroup[] {
  return topics
    .map((topic) => ({
      topic,
      rows: rows.filter((r) => r.term.topicId === topic.id).sort((a, b) => b.count - a.count),
    }))
    .filter((group) => group.rows.length > 0);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the list holds, said once and again whenever it changes: "5 health terms on this page, marked
 * 12 times, in 4 topics." */
export function pageTermsSummary(rows: readonly PageTermRow[]): string {
  const marks = rows.reduce((n, row) => n + row.count, 0);
  const topics = new Set(rows.map((row) => row.term.topicId)).size;
  return `${plural(rows.length, 'health term')} on this page, marked ${plural(marks, 'time')}, in ${plural(topics, 'topic')}.`;
}
