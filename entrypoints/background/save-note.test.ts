import { describe, expect, it } from 'vitest';
import type { NoteDraft } from '@/utils/messages';
import { type AddNote, saveNoteDraft } from './save-note';

const dataset = { termTopics: { digoxin: 'medications' } };
const draft: NoteDraft = { termId: 'digoxin', pageTitle: 'Heart drugs', pageUrl: 'https://example.org/' };

describe('saveNoteDraft', () => {
  it("files the note under the term's topic and answers with its id", async () => {
    const added: unknown[] = [];
    const addNote: AddNote = async (d) => {
      added.push(d);
      return { ok: true, value: { ...d, id: 42, text: '', createdAt: 1, updatedAt: 1 } };
    };
    expect(await saveNoteDraft(draft, dataset, addNote)).toEqual({ ok: true, id: 42 });
    expect(added).toEqual([{ ...draft, topicId: 'medications' }]);
  });

  it("passes on the store's message", async () => {
    const addNote: AddNote = async () => ({ ok: false, message: 'Storage is full.' });
    expect(await saveNoteDraft(draft, dataset, addNote)).toEqual({
      ok: false,
      message: 'Storage is full.',
    });
  });

  it('refuses a term the dataset does not have, and survives a throwing store', async () => {
    const addNote: AddNote = async () => {
      throw new Error('boom');
    };
    expect((await saveNoteDraft({ ...draft, termId: 'nope' }, dataset, addNote)).ok).toBe(false);
    expect((await saveNoteDraft({ ...draft, termId: 'constructor' }, dataset, addNote)).ok).toBe(false);
    expect(await saveNoteDraft(draft, dataset, addNote)).toEqual({
      ok: false,
      message: 'MagLens could not save the note: boom',
    });
  });
});
