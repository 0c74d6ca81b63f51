// What each kind of note is called (src/model/note-kinds.ts), in every form the words use.
import { describe, expect, it } from 'vitest';
import { KIND_LIST, kindAction, kindLabel, kindTitle, kindWithArticle, noteTitle } from '../../../src/model/note-kinds.js';
import { NOTE_KINDS } from '../../../src/model/types.js';

describe('note-kind words', () => {
  it('names each kind in a sentence, with its article, as a heading and as the step to take', () => {
    expect(
      NOTE_KINDS.map((kind) => [kindLabel(kind), kindWithArticle(kind), kindTitle(kind), kindAction(kind, 'Priya')]),
    ).toEqual([
      ['thank-you note', 'a thank-you note', 'Thank-you', 'Send a thank-you to Priya'],
      ['follow-up note', 'a follow-up note', 'Follow-up', 'Follow up with Priya'],
      ['voicemail script', 'a voicemail script', 'Voicemail script', 'Call Priya to follow up'],
      ['contact request', 'the contact request', 'Contact request', 'Ask Priya for the missing contact details'],
      ['note after the decision', 'a note after the decision', 'Thanks after the decision', 'Thank Priya after the decision'],
      ['stay-in-touch note', 'a stay-in-touch note', 'Stay-in-touch note', 'Stay in touch with Priya'],
    ]);
  });

  it('lists the kinds as --kind takes them, in their order', () => {
    expect(KIND_LIST).toBe('thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch');
  });

  it('heads a call script as the call it is, and a note as the note', () => {
    expect(NOTE_KINDS.map((kind) => noteTitle(kind, true))).toEqual([
      'Thank-you call',
      'Follow-up',
      'Voicemail script',
      'Contact request',
      'Call after the decision',
      'Stay-in-touch call',
    ]);
    expect(NOTE_KINDS.map((kind) => noteTitle(kind, false))).toEqual(NOTE_KINDS.map(kindTitle));
  });
});
