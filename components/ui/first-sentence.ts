/** The first sentence of a note ("Long-term use … can lower magnesium."), for a one-line summary. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+["“(]?[A-Z0-9]|\s*$)/s.exec(text.trim());
  return (match ? match[0] : text).trim();
}
