import type { SearchDoc } from './dataset/types';

/**
 * Search over terms (names, variants, topic names, notes) and article sections. The index is built once
 * from the dataset's `search` docs with everything normalised; a query then only compares strings.
 */

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** A short piece of the body around the first match, when the match is in the body. */
  snippet?: string;
}

export interface Suggestion {
  /** The wording to search for instead, as written in the dataset. */
  text: string;
  /** The term id or "articleId#sectionId" it belongs to. */
  ref: string;
  distance: number;
}

interface IndexedDoc {
  doc: SearchDoc;
  title: string;
  keywords: string[];
  /** Title and keywords as " word word " strings, for word-prefix tests. */
  names: string;
  body: string;
}

interface Phrase {
  text: string;
  norm: string;
  ref: string;
  /** Where each word of `norm` starts. */
  starts: number[];
}

const wordStarts = (norm: string) => [0, ...[...norm.matchAll(/ /g)].map((m) => (m.index ?? 0) + 1)];

export interface SearchIndex {
  docs: IndexedDoc[];
  phrases: Phrase[];
}

/** Lower case, no accents, punctuation as spaces, single spaces: "Crohn’s  disease" → "crohn s disease". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  const indexed = docs.map((doc) => {
    const title = normalize(doc.title);
    const keywords = doc.keywords.map(normalize).filter(Boolean);
    const named = doc.kind === 'term' ? [doc.title, ...doc.keywords] : [];
    for (const text of named) {
      const norm = normalize(text);
      if (norm && !seen.has(`${doc.ref} ${norm}`)) {
        seen.add(`${doc.ref} ${norm}`);
        phrases.push({ text, norm, ref: doc.ref, starts: wordStarts(norm) });
      }
    }
    return {
      doc,
      title,
      keywords,
      names: ` ${[title, ...keywords].join(' ')} `,
      body: ` ${normalize(doc.body)} `,
    };
  });
  return { docs: indexed, phrases };
}

function scoreDoc(d: IndexedDoc, query: string, words: string[]): number {
  let score = 0;
  if (d.title === query || d.keywords.includes(query)) score += 1000;
  else if (d.keywords.some((k) => k.startsWith(query))) score += 600;
  else if (d.title.startsWith(query)) score += 500;
  else if (d.names.includes(` ${query}`)) score += 300;
  for (const word of words) {
    if (d.names.includes(` ${word} `)) score += 60;
    else if (d.names.includes(` ${word}`)) score += 40;
    else if (word.length > 1 && d.body.includes(` ${word}`)) score += d.body.includes(` ${word} `) ? 12 : 8;
    else return 0; // every word has to match somewhere
  }
  return score + (d.doc.kind === 'term' ? 5 : 0);
}

/** Where `word` first starts a word of `body` ("ppi" in "a PPI", not in "happier"); else its first place. */
function matchAt(body: string, word: string): number {
  const lower = body.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) return at;
  }
  return lower.indexOf(word);
}

function snippetOf(body: string, word: string): string {
  const at = matchAt(body, word);
  if (at < 0) return body.slice(0, 110);
  const start = Math.max(0, body.lastIndexOf(' ', Math.max(0, at - 40)) + 1);
  const text = body.slice(start, start + 120);
  return `${start > 0 ? '…' : ''}${text}${start + 120 < body.length ? '…' : ''}`;
}

/** Small words people type in questions ("cramps at night", "can I take it with omeprazole"). */
const FILLER_WORDS = new Set(
  'a an and are at by can do does for from i in is it my of on or the to with'.split(' '),
);

/** The query's words that have to match; filler words only when the query is nothing else. */
export function queryWords(query: string): string[] {
  const words = query.split(' ');
  const content = words.filter((word) => !FILLER_WORDS.has(word));
  return content.length ? content : words;
}

export function search(index: SearchIndex, rawQuery: string, limit = 40): SearchHit[] {
  const query = normalize(rawQuery);
  if (!query) return [];
  const words = queryWords(query);
  const hits: SearchHit[] = [];
  for (const d of index.docs) {
    const score = scoreDoc(d, query, words);
    if (score > 0) hits.push({ doc: d.doc, score });
  }
  hits.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
  const top = hits.slice(0, limit);
  for (const hit of top) {
    if (hit.score < 40) hit.snippet = snippetOf(hit.doc.body, words[0] ?? '');
  }
  return top;
}

/**
 * Edit distance between `query` and the closest prefix of `target` (so "magnesim" is 1 away from
 * "magnesium glycinate"), computed row by row with an early exit once every cell exceeds `max`.
 */
export function prefixDistance(query: string, target: string, max: number): number {
  const width = Math.min(target.length, query.length + max) + 1;
  let prev = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= query.length; i++) {
    row[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const replace = (prev[j - 1] as number) + (q === target.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, replace);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prev, row] = [row, prev];
  }
  let best = max + 1;
  for (let j = Math.max(0, query.length - max); j < width; j++) best = Math.min(best, prev[j] as number);
  return best;
}

/** Close wordings for a query that found nothing: typos and prefixes of term names and variants
 * (a match at the start of a later word, "glycinat" → "magnesium glycinate", counts half a step more). */
export function suggest(index: SearchIndex, rawQuery: string, limit = 5): Suggestion[] {
  const query = normalize(rawQuery);
  if (query.length < 3) return [];
  const max = query.length <= 4 ? 1 : 2;
  const best = new Map<string, Suggestion>();
  const memo = new Map<string, number>(); // many wordings share words ("magnesium …")
  const distanceTo = (target: string) => {
    const known = memo.get(target);
    if (known !== undefined) return known;
    const d = prefixDistance(query, target, max);
    memo.set(target, d);
    return d;
  };
  for (const phrase of index.phrases) {
    let distance = max + 1;
    for (const start of phrase.starts) {
      const target = phrase.norm.slice(start, start + query.length + max);
      distance = Math.min(distance, distanceTo(target) + (start ? 0.5 : 0));
    }
    if (distance > max) continue;
    const old = best.get(phrase.ref);
    if (
      !old ||
      distance < old.distance ||
      (distance === old.distance && phrase.text.length < old.text.length)
    ) {
      best.set(phrase.ref, { text: phrase.text, ref: phrase.ref, distance });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.text.length - b.text.length)
    .slice(0, limit);
}
