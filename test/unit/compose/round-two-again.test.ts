// Round 2 of the Hollowbrook application (test/fixtures/interviews/hollowbrook-round-2.json), read
// the way `followup-coach --from FILE` reads it: not saved, so it carries the first round's id.
// Dr. Okonkwo-Baird and Tomasz were met in round 1; their round-2 notes must say so, never "a
// pleasure to meet you", and must not repeat the round-1 note, whether or not it was marked sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';
import type { DateStyle } from '../../../src/model/day-format.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { repeatsEarlierRound } from '../../../src/model/round-repeat.js';
import { TONES, type Interview, type NoteKind } from '../../../src/model/types.js';

const { composeNotes } = createComposer(loadTemplates());
const US: DateStyle = { locale: 'en-US', today: '2026-12-15' };

function fixture(name: string): Interview {
  const text = readFileSync(join(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

const round1 = fixture('hollowbrook');
const round2 = fixture('hollowbrook-round-2');
const MET_AGAIN = ['Dr. Anneliese Okonkwo-Baird', 'Tomasz Wierzbicki'];
// "meet you" and its kin, unless "again" follows.
const FIRST_MEETING = /\b(?:meet|met|meeting) you\b(?! again)/;

it('the file read with --from has the first round id, and is round 2', () => {
  expect(round2.id).toBe(round1.id);
  expect(round2.round).toBe(2);
});

describe.each(TONES)('round-2 thank-yous to people met in round 1 (%s)', (tone) => {
  const first = { ...round1, tone };
  const second = { ...round2, tone };
  const notes = composeNotes(second, 'thank-you', { saved: [first], dateStyle: US });

  it.each(MET_AGAIN)('%s is not told it was a pleasure to meet her or him', (name) => {
    const note = notes.find((n) => n.to === name)!;
    expect(note.body).not.toMatch(FIRST_MEETING);
    expect(note.body).toMatch(/\bagain\b/);
  });

  it.each(MET_AGAIN)('%s does not get the round-1 note again, marked sent or not', (name) => {
    const note = notes.find((n) => n.to === name)!;
    // Marked sent by hand (no text on record): the check recomposes the round-1 note.
    const marked: Interview = { ...first, sent: [{ kind: 'thank-you', to: name, at: '2026-12-01T18:00:00Z' }] };
    const recompose = (other: Interview, kind: NoteKind, to: string) => composeNotes(other, kind, { to, dateStyle: US })[0]?.body;
    expect(repeatsEarlierRound(note, second, [marked], recompose)).toBeNull();
    // Not marked sent: the note itself still reads differently from the round-1 one.
    const before = composeNotes(first, 'thank-you', { to: name, dateStyle: US })[0]!;
    expect(note.body).not.toBe(before.body);
    expect(note.body.split('\n').find((line) => line.length > 60)).not.toBe(
      before.body.split('\n').find((line) => line.length > 60),
    );
  });
});

describe.each(TONES)('a round-2 thank-you speaks of round 2, not of round 1 (%s)', (tone) => {
  const first = { ...round1, tone };
  const second = { ...round2, tone };
  it('leaves out the personal detail Dr. Okonkwo-Baird had in round 1 too', () => {
    const before = composeNotes(first, 'thank-you', { to: 'Okonkwo-Baird', dateStyle: US })[0]!;
    const again = composeNotes(second, 'thank-you', { to: 'Okonkwo-Baird', saved: [first], dateStyle: US })[0]!;
    expect(before.body).toContain('moose antlers arriving in two crates');
    expect(again.body).not.toContain('moose antlers');
  });
  it('keeps a detail that is new in round 2', () => {
    const fresh = {
      ...second,
      interviewers: second.interviewers.map((person, i) =>
        i === 0 ? { ...person, detail: 'we both trained at the Field Museum' } : person,
      ),
    };
    const again = composeNotes(fresh, 'thank-you', { to: 'Okonkwo-Baird', saved: [first], dateStyle: US })[0]!;
    expect(again.body).toContain('both trained at the Field Museum');
  });
});
