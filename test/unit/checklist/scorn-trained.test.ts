// tone-scathing's trained tier (src/checklist/tone-scorer.ts, its table trained by
// scripts/train-tone.mjs): sentences written for this file, not taken from any corpus. Sour ones
// the patterns let through must get its one warning, quoting the sentence; plain and polite
// ones, and those the patterns already judge, must not get it.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { MESSAGES } from '../../../src/checklist/messages.js';

const note = (sentence: string) => `Hi Sam,\n\n${sentence}\n\nBest,\nAlex\n`;
const scathing = (sentence: string) =>
  checkNote(parseDraft(note(sentence)), {})
    .filter((f) => f.rule === 'tone-scathing')
    .map((f) => ({ severity: f.severity, message: f.message }));

const GUESSED: ReadonlyArray<readonly [string, string]> = [
  [
    "I'm sure the new hire will cope with the rota better than the last three did.",
    "I'm sure the new hire will cope with the rota better than...",
  ],
  [
    "I'm sure you get a lot of applications, so a reply within a month would be something.",
    "I'm sure you get a lot of applications, so a reply within...",
  ],
  [
    "I'm sure the team has learned to live with the old till system.",
    "I'm sure the team has learned to live with the old till...",
  ],
];

const LEFT_ALONE: readonly string[] = [
  'Thank you for showing me round the bakery on Tuesday.',
  'I enjoyed hearing how the night shift hands over to the morning crew.',
  "I'm sorry I ran over time on the case study.",
  "I understand the decision took longer than planned, and that's fine.",
  'It was a long day, but I came away with a clear picture of the job.',
  "I'm sure whoever you choose will do a great job.",
  "I'm sure you're very busy this week, so please reply whenever suits.",
  'No wonder the position attracted so many applicants: it is a wonderful team.',
  'I wonder if you looked at the attachment; it may have gone to spam.',
];

describe('tone-scathing trained tier', () => {
  for (const [sentence, quoted] of GUESSED)
    it(`warns of "${sentence}"`, () => {
      expect(scathing(sentence)).toEqual([{ severity: 'warning', message: MESSAGES.scornGuessed(quoted) }]);
    });

  for (const sentence of LEFT_ALONE)
    it(`leaves "${sentence}" alone`, () => {
      expect(scathing(sentence)).toEqual([]);
    });

  it('adds nothing where the patterns already warn', () => {
    const found = scathing('Everyone has to start somewhere, and I am a patient teacher.');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message.includes('may read as a dig')).toBe(false);
  });
});
