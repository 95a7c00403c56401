const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-11-29" → "November 2026"; null for anything that is not an ISO date. Same words in every locale. */
export function reviewedMonth(iso: string | undefined): string | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-\d{2}$/);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : null;
}

/** The line cards, the reader and the notes export show: "Reviewed November 2026". */
export const reviewedLine = (iso: string | undefined) => {
  const month = reviewedMonth(iso);
  return month ? `Reviewed ${month}` : null;
};
