// The reader addressed as a friend in a formal note ("you guys", "thanks, mate"): a warning of
// tone-scathing, only where the note is formal (scorn-familiar.ts).
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneScathing } from '../../../src/checklist/rules/tone.js';
import type { CheckContext } from '../../../src/checklist/types.js';

const note = (greeting: string, line: string) =>
  `Subject: Thank you\n\n${greeting}\n\nThank you for meeting me on Tuesday. ${line}\n\nBest regards,\nJordan Lee\n`;
const found = (text: string, context: CheckContext = {}) =>
  toneScathing(parseDraft(text), context).map((hit) => [hit.severity, text.slice(hit.start, hit.end)]);

describe('over-familiar address in a formal note', () => {
  it.each([
    ['I really enjoyed meeting you guys and hearing about the new ward.', 'you guys'],
    ['Honestly, you lot run a tight kitchen.', 'you lot'],
    ['Thanks, mate, for showing me the yard.', 'Thanks, mate'],
    ['I hope to see you folks again soon.', 'you folks'],
  ])('warns on %j after "Dear"', (line, phrase) => {
    expect(found(note('Dear Ms. Okafor,', line))).toEqual([['warning', phrase]]);
  });

  it('warns when the interview is formal, whatever the greeting', () => {
    const interview = {
      company: 'Acme',
      role: 'Nurse',
      interviewers: [],
      tone: 'formal',
    } as unknown as CheckContext['interview'];
    expect(found(note('Hi Sam,', 'It was great to meet you guys.'), { interview })).toEqual([['warning', 'you guys']]);
  });

  it.each([
    ['Hi Sam,', 'It was great to meet you guys.'],
    ['Dear Ms. Okafor,', 'I enjoyed meeting you and the guys on the night shift.'],
    ['Dear Ms. Okafor,', 'The guys in the workshop showed me the new lathe.'],
    ['Dear Ms. Okafor,', 'I would be glad to help you all with the move.'],
  ])('leaves a casual note, or "guys" said of others, alone: %j %j', (greeting, line) => {
    expect(found(note(greeting, line))).toEqual([]);
  });

  it('says what to write instead', () => {
    const [hit] = toneScathing(parseDraft(note('Dear Ms. Okafor,', 'Thanks to you guys.')), {});
    expect(hit?.message).toBe(
      '"you guys" is too casual for a formal note: it speaks to the reader as a friend. Say "you", or name them ("you and the team"), as you did in the greeting.',
    );
  });
});
