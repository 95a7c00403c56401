import type { CardTerm, EvidenceGrade, Source } from './dataset/types';
import type { Note, NoteFields, StoreResult } from './notes-store';

/** The JSON file "Export JSON" writes and "Import" reads back. */
export const NOTES_FILE_FORMAT = 'maglens-notes';
export const NOTES_FILE_VERSION = 1;
/** Anything larger is not a notes export (10,000 long notes are about 60 MB; a real one is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What the card said when the notes were exported, so the file stands on its own (import ignores it). */
export interface ExportedCard {
  name: string;
  grade: EvidenceGrade;
  gradeReason: string;
  /** The card's review date, ISO (e.g. "2026-11-29"). */
  reviewed?: string;
  sources: Source[];
}

export interface NotesFile {
  format: typeof NOTES_FILE_FORMAT;
  version: typeof NOTES_FILE_VERSION;
  exportedAt: string;
  notes: NoteFields[];
  /** The cards of the exported notes' terms, by term id. */
  cards?: Record<string, ExportedCard>;
}

export function toNotesFile(notes: Note[], now: Date, terms: CardTerm[] = []): NotesFile {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const cards: Record<string, ExportedCard> = {};
  for (const { termId } of notes) {
    const term = byId.get(termId);
    if (!term || cards[termId]) continue;
    cards[termId] = {
      name: term.name,
      grade: term.grade,
      gradeReason: term.gradeReason,
      ...(term.reviewed ? { reviewed: term.reviewed } : {}),
      sources: term.sources,
    };
  }
  return {
    format: NOTES_FILE_FORMAT,
    version: NOTES_FILE_VERSION,
    exportedAt: now.toISOString(),
    notes: notes.map(({ id: _id, saveKey: _key, ...fields }) => fields),
    ...(Object.keys(cards).length ? { cards } : {}),
  };
}

export function notesFileName(now: Date, extension: 'json' | 'md'): string {
  return `maglens-notes-${now.toISOString().slice(0, 10)}.${extension}`;
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(v);

function readNote(raw: unknown): NoteFields | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const n = raw as Record<string, unknown>;
  if (!isId(n.termId) || !isId(n.topicId) || !isText(n.pageTitle, 500) || !isText(n.pageUrl, 2000)) {
    return null;
  }
  if (!isText(n.text, 5000) || !isTime(n.createdAt)) return null;
  const updatedAt = isTime(n.updatedAt) ? n.updatedAt : n.createdAt;
  return {
    termId: n.termId,
    topicId: n.topicId,
    pageTitle: n.pageTitle,
    pageUrl: n.pageUrl,
    text: n.text,
    createdAt: n.createdAt,
    updatedAt,
  };
}

/** Checks a file's text completely before anything is written; the message says what is wrong. */
export function parseNotesFile(text: string): StoreResult<NoteFields[]> {
  const refuse = (why: string): StoreResult<NoteFields[]> => ({
    ok: false,
    message: `${why} Nothing was imported; your notes are unchanged.`,
  });
  if (text.length > MAX_IMPORT_BYTES) return refuse('This file is too large to be a MagLens notes export.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON, so it cannot be a MagLens notes export.');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== NOTES_FILE_FORMAT) {
    return refuse('This file is not a MagLens notes export.');
  }
  const file = data as Record<string, unknown>;
  if (file.version !== NOTES_FILE_VERSION) {
    const newer = typeof file.version === 'number' && file.version > NOTES_FILE_VERSION;
    return refuse(
      newer
        ? `This file comes from a newer MagLens (format ${file.version}). Update MagLens, then import it again.`
        : 'This file has an unknown format version.',
    );
  }
  if (!Array.isArray(file.notes)) return refuse('This file has no list of notes.');
  const notes: NoteFields[] = [];
  for (const [index, raw] of file.notes.entries()) {
    const note = readNote(raw);
    if (!note) return refuse(`Note ${index + 1} in this file is damaged or incomplete.`);
    notes.push(note);
  }
  return { ok: true, value: notes };
}
