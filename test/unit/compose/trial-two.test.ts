// The notes of the second trial run's interviews (test/fixtures/trial-2/), read by the people
// they went to: the night charge nurse who only phoned hears his personal detail in the second
// person throughout, the candidate's name as she says it and her number as he dials it, and a
// decision date nobody says he gave; a British school's panel is greeted with the titles as typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';
import type { DateStyle } from '../../../src/model/day-format.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import { TONES, type Interview } from '../../../src/model/types.js';
import { answersOf } from '../../../src/session/answers.js';
import { FIELDS } from '../../../src/session/fields.js';

const { composeNotes } = createComposer(loadTemplates());
const US: DateStyle = { locale: 'en-US', today: '2026-11-25' };

function fixture(name: string, dateStyle: DateStyle): Interview {
  const text = readFileSync(join(import.meta.dirname, `../../fixtures/trial-2/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

const stepDown = fixture('step-down', US);
const DETAIL = 'how you grew up in Durban and still follow the Sharks';

describe("Bongani's calls", () => {
  it('the preview of the detail, as typed in the session, turns both verbs', () => {
    const field = FIELDS.find((each) => each.id === 'interviewer.detail');
    const preview = field?.kind === 'text' ? field.preview : undefined;
    expect(preview?.('he grew up in Durban and still follows the Sharks', {} as never, {} as never, 0)).toContain(
      `talking about ${DETAIL}.`,
    );
  });

  it.each(TONES)('say his detail in the second person, and her name and number as said (%s)', (tone) => {
    const thanks = composeNotes({ ...stepDown, tone }, 'thank-you', { to: 'Bongani', dateStyle: US })[0]!;
    const stay = composeNotes({ ...stepDown, tone, status: 'not-selected' }, 'stay-in-touch', {
      to: 'Bongani',
      dateStyle: US,
    })[0]!;
    const voicemail = composeNotes({ ...stepDown, tone }, 'voicemail', { to: 'Bongani', dateStyle: US })[0]!;
    expect(thanks.body).toContain(DETAIL);
    expect(stay.body).toContain(DETAIL);
    for (const call of [thanks, stay, voicemail]) {
      expect(call.by).toBe('phone');
      expect(call.body.split('\n')[0]).toMatch(/^(Hello|Hi) Bongani, this is Ngozi Adeyemi-Clarke, at 617 555 0143\./);
      expect(call.body).not.toMatch(/RN|BSN|\+1|, 555,/);
      expect(call.body.split('\n').at(-1)).toContain('617 555 0143');
    }
  });

  it.each(TONES)('never says he gave a decision date, nor one the panel never named (%s)', (tone) => {
    for (const index of [0, 1, 2, 3, 4]) {
      // Each phrasing in turn: the variant follows the reader's place in the panel.
      const panel = Array.from({ length: index + 1 }, (_, i) => ({ ...stepDown.interviewers[2]!, name: `Caller ${i}` }));
      const calls = composeNotes({ ...stepDown, tone, interviewers: panel }, 'voicemail', { dateStyle: US });
      const call = calls.at(-1)!;
      // "early next week" names no day: Wednesday is the coach's reading, not theirs to hear back.
      expect(call.body).not.toContain('December 2');
      expect(call.body).not.toMatch(/\byou (mentioned|said|expected|gave)\b/i);
    }
  });
});

const GB: DateStyle = { locale: 'en-GB', today: '2026-11-25' };
const ashcombe = fixture('ashcombe', GB);

describe("Oliver's notes to Ashcombe Academy", () => {
  it('greet each reader with the title as he typed it, and the councillor by hers', () => {
    const notes = composeNotes(ashcombe, 'thank-you', { dateStyle: GB });
    expect(notes.map((note) => note.body.split('\n')[0])).toEqual([
      'Dear Mrs Carrington-Smythe,',
      'Dear Mr Patel,',
      "Dear Councillor O'Donoghue,",
      'Dear Siobhán,',
    ]);
    // The session prefills the same greetings as he adds each person.
    const field = FIELDS.find((each) => each.id === 'interviewer.greeting')!;
    const answers = answersOf({ ...ashcombe, interviewers: ashcombe.interviewers.map((p) => ({ ...p, greeting: undefined })) });
    expect(ashcombe.interviewers.map((_, i) => field.read(answers, i))).toEqual([
      'Mrs Carrington-Smythe',
      'Mr Patel',
      "Councillor O'Donoghue",
      'Siobhán',
    ]);
  });
});

describe('the smaller words', () => {
  // Five of each reader, so that every phrasing of every paragraph is used.
  const fiveOf = (interview: Interview, at: number) =>
    Array.from({ length: 5 }, (_, i) => ({
      ...interview.interviewers[at]!,
      name: `${interview.interviewers[at]!.name}-${'ABCDE'[i]}`,
    }));

  it.each(TONES)('a strength with a comma of its own ends its sentence, in every phrasing (%s)', (tone) => {
    const panel = { ...stepDown, tone, interviewers: fiveOf(stepDown, 0) };
    for (const kind of ['thank-you', 'follow-up'] as const) {
      for (const note of composeNotes(panel, kind, { dateStyle: US })) {
        // The brief follow-up names no strength; wherever one is named, it ends its sentence.
        const own = note.body.split(' wrote:')[0]!;
        const named = own.split(stepDown.strength!).slice(1);
        if (kind === 'thank-you' || tone !== 'brief')
          expect({ kind, to: note.to, named: named.length }).toEqual({ kind, to: note.to, named: 1 });
        for (const after of named)
          expect({ kind, to: note.to, next: after.slice(0, 1) }).toEqual({ kind, to: note.to, next: '.' });
      }
    }
  });

  it.each(TONES)('keeping in touch neither opens "Hello from ...:" nor presumes the reader remembers (%s)', (tone) => {
    const panel = { ...ashcombe, tone, status: 'not-selected' as const, interviewers: fiveOf(ashcombe, 0) };
    for (const note of composeNotes(panel, 'stay-in-touch', { dateStyle: GB })) {
      expect(note.body).not.toMatch(/Hello from|Perhaps you remember/);
      // The brief note keeps to the meeting; the others recall the detail.
      if (tone !== 'brief') expect(note.body).toMatch(/how you chair the local flood-resilience group\./);
    }
  });

  it('the schedule says what the stay-in-touch note does, and promises no news the note does not have', () => {
    const told = { ...ashcombe, status: 'not-selected' as const, statusOn: '2026-11-26' };
    const why = scheduleFor(told, new Date('2026-11-26T20:00:00Z'), WEEKENDS_ONLY, GB).items.find(
      (item) => item.kind === 'stay-in-touch',
    )?.why;
    expect(why).toMatch(/^About three months on, a short note that recalls your talk and asks to hear of future openings/);
    expect(why).not.toMatch(/something new/);
  });
});
