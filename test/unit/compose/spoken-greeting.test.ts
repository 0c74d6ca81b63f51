// A call script says the greeting the user chose, never a title they did not give: "Jordan Lee",
// greeted "Jordan", is "Hello Jordan" on every call, even in a formal interview that uses titles.
import { describe, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { TONES, type Interview, type NoteKind } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const base = sampleInterview();
const jordan = { ...base.interviewers[1]!, name: 'Jordan Lee', greeting: 'Jordan' };
const calls: readonly NoteKind[] = ['thank-you', 'voicemail', 'stay-in-touch'];

describe.each(TONES)('call scripts to Jordan Lee, greeted "Jordan" (%s, titles)', (tone) => {
  const interview: Interview = { ...base, tone, formality: 'titles', interviewers: [base.interviewers[0]!, jordan] };
  it.each(calls)('%s opens with the chosen greeting and no title', (kind) => {
    const [note] = composeNotes(interview, kind, { to: 'Jordan' });
    expect(note!.by === 'phone' || kind === 'voicemail').toBe(true);
    expect(note!.body.split(',')[0]).toBe(tone === 'brief' ? 'Hi Jordan' : 'Hello Jordan');
    expect(note!.body).not.toMatch(/\b(Mr|Ms|Mrs|Mx)\.? Lee\b/);
  });
});
