// A note's history through a changed answer: sent notes stay as sent; hand edits are asked about
// only where the new answers write their note differently.
import { describe, expect, it } from 'vitest';
import type { Note, NoteEdit, SentEntry } from '../../../src/model/types.js';
import { editsThatChange } from '../../../src/session/note-history.js';
import { asSent, editsInQuestion, withoutEdits } from '../../../src/session/index.js';

const note = (to: string, body: string, kind: Note['kind'] = 'thank-you'): Note => ({
  kind,
  to,
  subject: `Thank you, ${to}`,
  body,
  attachments: [],
});
const edit = (to: string, body: string): NoteEdit => ({
  kind: 'thank-you',
  to,
  subject: 'Mine',
  body,
  at: '2026-11-25T09:00:00.000Z',
});
const sent = (to: string, body?: string): SentEntry => ({
  kind: 'thank-you',
  to,
  at: '2026-11-24T20:00:00.000Z',
  subject: 'As sent',
  body,
});

describe('asSent', () => {
  it('is the text of the latest send that kept it, with its time', () => {
    const log = [sent('Sam', 'first'), sent('Sam', 'second'), sent('Priya')];
    expect(asSent(note('Sam', 'rewritten'), log)).toMatchObject({
      subject: 'As sent',
      body: 'second',
      sentAt: '2026-11-24T20:00:00.000Z',
    });
  });

  it('leaves a note alone that the log has no text for, or that was never sent', () => {
    expect(asSent(note('Priya', 'now'), [sent('Priya')])).toMatchObject({ body: 'now', sentAt: null });
    expect(asSent(note('Priya', 'now', 'voicemail'), [sent('Priya', 'x')])).toMatchObject({ body: 'now', sentAt: null });
  });
});

describe('editsInQuestion', () => {
  const before = [note('Priya', 'old role'), note('Sam', 'old role'), note('Lan', 'same either way')];
  const after = [note('Priya', 'new role'), note('Sam', 'new role'), note('Lan', 'same either way')];

  it('asks about an edit whose note now reads differently, with the new note', () => {
    const asked = editsInQuestion([edit('Priya', 'mine'), edit('Lan', 'mine too')], before, after, []);
    expect(asked.map(({ edit: e, fresh }) => [e.to, fresh.body])).toEqual([['Priya', 'new role']]);
  });

  it('asks about an edit whose note changed only its subject line (a corrected role)', () => {
    const retitled = { ...note('Lan', 'same either way'), subject: 'Thank you: Lead Apiary Manager interview' };
    const asked = editsInQuestion([edit('Lan', 'mine')], before, [retitled], []);
    expect(asked.map(({ fresh }) => fresh.subject)).toEqual(['Thank you: Lead Apiary Manager interview']);
  });

  it('never asks about a sent note, or a note the new answers no longer write', () => {
    expect(editsInQuestion([edit('Sam', 'mine')], before, after, [sent('Sam', 'x')])).toEqual([]);
    expect(editsInQuestion([edit('Priya', 'mine')], before, after.slice(1), [])).toEqual([]);
  });

  it('withoutEdits drops only the edits replaced by the new text', () => {
    expect(withoutEdits([edit('Priya', 'a'), edit('Lan', 'b')], [edit('Priya', 'a')]).map((e) => e.to)).toEqual(['Lan']);
  });
});

describe('editsThatChange', () => {
  // A new user's trial: a note edited, then put back word for word, still asked "Keep your
  // edit, or use the new text?" with a full diff when the tone changed.
  const template = (to: string, body: string): Note => ({ ...note(to, body), subject: 'Mine' });

  it('drops an edit whose text is what the templates write from the same answers', () => {
    const back = edit('Helen', 'As the template wrote it.');
    const real = edit('Sam', 'My own words.');
    expect(
      editsThatChange([back, real], [template('Helen', 'As the template wrote it.'), template('Sam', 'Theirs.')], []),
    ).toEqual([real]);
  });

  it('keeps an edit that differs in its subject alone, one with no note to compare, and one whose note went out', () => {
    const subject = { ...edit('Helen', 'Same body.'), subject: 'My subject' };
    const orphan = edit('Nobody', 'Text.');
    const gone = edit('Sam', 'Theirs.');
    const before = [template('Helen', 'Same body.'), template('Sam', 'Theirs.')];
    expect(editsThatChange([subject, orphan, gone], before, [sent('Sam', 'Theirs.')])).toEqual([subject, orphan, gone]);
  });
});
