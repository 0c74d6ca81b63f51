// A hint's example fits the note it is about: the subject it suggests names this interview's role
// (the line cook of the trial run was offered "Senior Backend Engineer"), and the plainer words
// for a stock phrase in a call script are words said on the phone, not "I am writing".
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { clicheCheck } from '../../../src/checklist/rules/cliche.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import type { NoteKind } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const BRASA = { ...ACME, id: 'brasa-co-sous-chef', company: 'Brasa & Co.', role: 'Sous Chef' };
const message = (text: string, context: CheckContext) => genericSubject(parseDraft(text), context)[0]?.message;

describe('generic-subject: the subject it suggests', () => {
  it('names the interview’s own role, in the words of the kind of note', () => {
    const to = (kind: NoteKind): CheckContext => ({ interview: BRASA, to: 'Priya Raghunathan', kind });
    expect(message('Subject: Thank you\n\nHi Priya,', to('thank-you'))).toBe(
      '"Thank you" does not say what the note is about. A subject that names the role (e.g. "Thank you: Sous Chef interview") gets opened and found again later.',
    );
    expect(message('Subject:\n\nHi Priya,', to('thank-you'))).toBe(
      'The subject line is empty. Notes without a subject get skipped or land in spam. Name the role, e.g. "Thank you: Sous Chef interview".',
    );
    expect(message('Subject: Following up\n\nHi Priya,', to('follow-up'))).toContain(
      '(e.g. "Following up: Sous Chef interview")',
    );
    expect(message('Subject: Thanks\n\nHi Priya,', to('not-selected'))).toContain('"Thank you for considering me: Sous Chef"');
    expect(message('Subject: Hello\n\nHi Priya,', to('stay-in-touch'))).toContain(
      '"Keeping in touch after the Sous Chef interview"',
    );
  });

  it('names no role it was not told of', () => {
    const hint = message('Subject: Thank you\n\nHi Priya,', {});
    expect(hint).toContain('(e.g. "Thank you: (your role) interview")');
    expect(hint).not.toContain('Senior Backend Engineer');
  });
});

describe('cliche: plainer words that fit the medium', () => {
  const plainer = (text: string, context: CheckContext) => clicheCheck(parseDraft(text), context)[0]?.message ?? '';
  const voicemail = 'Hi Chef Aoife, this is Tomás Ibáñez. Just checking in about the Sous Chef role. My number is 312 555 0142.';

  it('offers spoken words for a voicemail and for a thank-you call script', () => {
    expect(plainer(voicemail, { kind: 'voicemail' })).toBe(
      '"Just checking in" is a stock phrase that makes a note sound automatic, the kind a reader skims past. Say what you want in plain words, e.g. "I am calling to ask whether there is any news about the role."',
    );
    // A thank-you read on the phone is a script by its opening ("this is Tomás"), whatever its kind.
    expect(plainer(voicemail, { kind: 'thank-you' })).toContain('"I am calling to ask whether there is any news');
    expect(plainer('Hi Chef Aoife, this is Tomás. Hope this message finds you well.', { kind: 'voicemail' })).toContain(
      '"I am calling to thank you again',
    );
  });

  it('keeps written words for an e-mail', () => {
    const mail = 'Dear Kwame,\n\nJust checking in about the Sous Chef role.\n\nBest regards,\nTomás Ibáñez';
    expect(plainer(mail, { kind: 'follow-up' })).toContain('"I am writing to ask whether there is any news about the role."');
  });
});
