import { firstSentence } from '@/components/ui/first-sentence';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import type { PageTerm } from '@/utils/messages';

export interface PageTermRow {
  term: CardTerm;
  /** The first sentence of the card's note. */
  line: string;
  wordings: string[];
  count: number;
}

export interface PageTopicGroup {
  topic: Topic;
  rows: PageTermRow[];
}

/** The terms a page's content script found, grouped by topic in the dataset's order. */
export function groupPageTerms(
  found: PageTerm[],
  topics: Topic[],
  terms: Map<string, CardTerm>,
): PageTopicGroup[] {
  const rows = found.flatMap((item): PageTermRow[] => {
    const term = terms.get(item.termId);
    if (!term) return [];
    return [{ term, line: firstSentence(term.note), wordings: item.wordings, count: item.count }];
  });
  return topics
    .map((topic) => ({
      topic,
      rows: rows.filter((r) => r.term.topicId === topic.id).sort((a, b) => b.count - a.count),
    }))
    .filter((group) => group.rows.length > 0);
}
