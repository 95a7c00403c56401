import { reviewedLine } from '@/utils/reviewed-date';

/** When a card or article was last checked against the evidence: "Reviewed November 2026". */
export function ReviewedDate({ date, class: className }: { date: string | undefined; class?: string }) {
  const line = reviewedLine(date);
  if (!line || !date) return null;
  return (
    <p class={className ?? 'ml-reviewed'}>
      <time dateTime={date}>{line}</time>
    </p>
  );
}
