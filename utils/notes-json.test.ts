import { describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { notesFileName, parseNotesFile, toNotesFile } from './notes-json';
import type { Note } from './notes-store';

const note: Note = {
  id: 7,
  termId: 'proton-pump-inhibitors',
  topicId: 'medications',
  pageTitle: 'Heartburn drugs',
  pageUrl: 'https://example.org/ppi',
  text: 'ask about switching PPI',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};
const file = (patch: object) => JSON.stringify({ ...toNotesFile([note], new Date(0)), ...patch });
const refusal = (text: string) => {
  const result = parseNotesFile(text);
  return result.ok ? 'accepted' : result.message;
};

describe('notes JSON file', () => {
  it('writes notes without their database ids and reads them back', () => {
    const written = toNotesFile([note], new Date('2026-11-23T05:00:00Z'));
    expect(written.notes[0]).not.toHaveProperty('id');
    const { id: _id, ...fields } = note;
    expect(parseNotesFile(JSON.stringify(written))).toEqual({ ok: true, value: [fields] });
  });

  it("keeps each note's card with its grade, sources and review date, and still reads the file back", () => {
    const term = {
      ...fakeReaderData.terms.find((t) => t.id === 'proton-pump-inhibitors')!,
      reviewed: '2026-11-29',
    };
    const written = toNotesFile([note, { ...note, id: 8 }], new Date(0), [term]);
    expect(written.cards).toEqual({
      'proton-pump-inhibitors': {
        name: term.name,
        grade: 'strong',
        gradeReason: term.gradeReason,
        reviewed: '2026-11-29',
        sources: term.sources,
      },
    });
    expect(parseNotesFile(JSON.stringify(written)).ok).toBe(true);
  });

  it('names the file after the day', () => {
    expect(notesFileName(new Date('2026-11-23T05:00:00Z'), 'md')).toBe('maglens-notes-2026-11-23.md');
  });

  it('refuses malformed JSON', () => {
    expect(refusal('{"format": "maglens-notes", ')).toMatch(/not valid JSON.*unchanged/);
  });

  it('refuses a foreign JSON file', () => {
    expect(refusal('{"bookmarks": []}')).toMatch(/not a MagLens notes export/);
    expect(refusal('[1, 2, 3]')).toMatch(/not a MagLens notes export/);
    expect(refusal('null')).toMatch(/not a MagLens notes export/);
  });

  it('refuses a file from a newer version, saying what to do', () => {
    expect(refusal(file({ version: 2 }))).toMatch(/newer MagLens.*Update MagLens/);
    expect(refusal(file({ version: 'one' }))).toMatch(/unknown format version/);
  });

  it('refuses the whole file when one note is damaged', () => {
    const notes = [{ ...note }, { ...note, createdAt: 'yesterday' }];
    expect(refusal(file({ notes }))).toMatch(/Note 2 in this file is damaged/);
    expect(refusal(file({ notes: [{ ...note, termId: '<script>' }] }))).toMatch(/Note 1/);
    expect(refusal(file({ notes: 'none' }))).toMatch(/no list of notes/);
  });

  it('fills in a missing updatedAt from createdAt', () => {
    const { updatedAt: _u, ...old } = note;
    const result = parseNotesFile(file({ notes: [old] }));
    expect(result.ok && result.value[0]?.updatedAt).toBe(note.createdAt);
  });
});
