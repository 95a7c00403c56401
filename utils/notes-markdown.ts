import type { CardTerm, Source, Topic } from './dataset/types';
import type { Note } from './notes-store';
import { reviewedLine } from './reviewed-date';

/**
 * The Markdown export, written to be printed or shown at a doctor's visit: notes grouped by topic, then
 * by term, each term with its practical line and sources, each note with the page it came from.
 */

import { NOT_MEDICAL_ADVICE } from './wording';

export { NOT_MEDICAL_ADVICE };

/** Escapes the characters that would turn user or page text into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const formatDate = (time: number) =>
  new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const safeUrl = (url: string | undefined) =>
  url && /^https?:\/\//i.test(url) ? url.replace(/[()\s]/g, encodeURIComponent) : '';

function sourceLine(source: Source): string {
  const url = safeUrl(source.url);
  const title = escapeMarkdown(source.title);
  const ids = [source.pmid && `PMID ${source.pmid}`, source.doi && `doi ${source.doi}`].filter(Boolean);
  return `  - ${url ? `[${title}](${url})` : title}${ids.length ? ` (${ids.join(', ')})` : ''}`;
}

function noteLines(note: Note): string[] {
  const url = safeUrl(note.pageUrl);
  const title = escapeMarkdown(note.pageTitle || note.pageUrl || 'a page');
  const page = url ? `[${title}](${url})` : title;
  const lines = [`- Saved ${formatDate(note.createdAt)} from ${page}`];
  if (note.text.trim()) lines.push(`  - My note: ${escapeMarkdown(note.text)}`);
  return lines;
}

function termSection(termId: string, notes: Note[], term: CardTerm | undefined): string[] {
  const lines = [`### ${escapeMarkdown(term?.name ?? termId)}`, ''];
  if (term) {
    const grade = `${term.grade[0]?.toUpperCase()}${term.grade.slice(1)}`;
    const reviewed = reviewedLine(term.reviewed);
    lines.push(
      `**Evidence:** ${grade}. ${escapeMarkdown(term.gradeReason)}${reviewed ? ` ${reviewed}.` : ''}`,
      '',
      `**What to ask or do:** ${escapeMarkdown(term.practical)}`,
      '',
    );
  }
  lines.push(...notes.flatMap(noteLines));
  if (term?.sources.length) lines.push('- Sources:', ...term.sources.map(sourceLine));
  lines.push('');
  return lines;
}

export function notesToMarkdown(
  notes: Note[],
  data: { topics: Topic[]; terms: CardTerm[] },
  now: Date,
): string {
  const lines = [
    '# My MagLens notes',
    '',
    `Exported ${formatDate(now.getTime())}. ${NOT_MEDICAL_ADVICE}`,
    '',
  ];
  if (notes.length === 0) return [...lines, 'No notes saved yet.', ''].join('\n');
  const terms = new Map(data.terms.map((t) => [t.id, t]));
  const known = new Set(data.topics.map((t) => t.id));
  const groups: { name: string; ids: string[] }[] = data.topics.map((t) => ({ name: t.name, ids: [t.id] }));
  const unknown = [...new Set(notes.map((n) => n.topicId).filter((id) => !known.has(id)))];
  if (unknown.length) groups.push({ name: 'Other', ids: unknown });
  for (const group of groups) {
    const inGroup = notes
      .filter((n) => group.ids.includes(n.topicId))
      .sort((a, b) => a.createdAt - b.createdAt);
    if (inGroup.length === 0) continue;
    lines.push(`## ${escapeMarkdown(group.name)}`, '');
    const termIds = [...new Set(inGroup.map((n) => n.termId))];
    for (const termId of termIds) {
      const termNotes = inGroup.filter((n) => n.termId === termId);
      lines.push(...termSection(termId, termNotes, terms.get(termId)));
    }
  }
  return lines.join('\n');
}
