import { reviewedMonth } from '@/utils/reviewed-date';

interface Dated {
  reviewed?: string;
}

/** The health notes as a reader can place them: "96 terms in 13 topics, reviewed up to November 2026"
 * (the latest review of any card or article), with the build's hash kept for bug reports. */
export function datasetSummary(dataset: {
  version: string;
  topics: readonly unknown[];
  terms: readonly Dated[];
  articles?: readonly Dated[];
}): string {
  const dates = [...dataset.terms, ...(dataset.articles ?? [])]
    .map((item) => item.reviewed)
    .filter((date): date is string => !!reviewedMonth(date))
    .sort();
  const latest = reviewedMonth(dates.at(-1));
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const what = `${count(dataset.terms.length, 'term', 'terms')} in ${count(dataset.topics.length, 'topic', 'topics')}`;
  return `${what}${latest ? `, reviewed up to ${latest}` : ''} (edition ${dataset.version})`;
}
