// A note sent through a go-between opens with a line to them ("Ms Kim, as you suggested, here is
// my thank-you note for Mr van der Berg."). The rules that read greetings and names must take the
// note after it for the note to its recipient: quiet on the cover line, as sharp as ever below it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { composeNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import type { Interview, Note } from '../../../src/model/types.js';

function fixture(name: string): Interview {
  const text = readFileSync(new URL(`../../fixtures/interviews/${name}`, import.meta.url), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

const interview = fixture('van-der-berg-via.json');
const thankYous = composeNotes(interview, 'thank-you');
const joost = thankYous.find((note) => note.to === 'Joost van der Berg')!;
const context = (note: Note): CheckContext => ({
  interview,
  kind: note.kind,
  to: note.to,
  now: new Date('2026-11-30T12:00:00'),
  siblings: thankYous.filter((other) => other !== note),
});
const rules = (note: Note) => checkNote(note, context(note)).map((f) => `${f.rule} ${f.severity} ${f.line}: ${f.excerpt}`);

describe('the cover line to the go-between', () => {
  it('is not read as the greeting, nor as speaking to another interviewer', () => {
    expect(joost.body.split('\n\n').slice(0, 2)).toEqual([
      'Ms Kim, as you suggested, here is my thank-you note for Mr van der Berg. Thank you for passing it on.',
      'Dear Mr van der Berg,',
    ]);
    expect(rules(joost)).toEqual([]);
  });

  it('the same lines without the note knowing it goes through her are an error: the cover is what the rules now skip', () => {
    const plain = { ...joost, via: undefined };
    expect(
      rules(plain).filter((line) => line.startsWith('wrong-person error') || line.startsWith('name-mismatch error')),
    ).not.toEqual([]);
  });

  it('still flags the wrong name in the note itself: a greeting copied from another note', () => {
    const copied = { ...joost, body: joost.body.replace('Dear Mr van der Berg,', 'Dear Dr. García-López,') };
    expect(rules(copied)).toContain('name-mismatch error 5: Dr. García-López');
  });

  it('still flags a group greeting under the cover', () => {
    const group = { ...joost, body: joost.body.replace('Dear Mr van der Berg,', 'Dear team,') };
    expect(rules(group).some((line) => line.startsWith('group-note error 5:'))).toBe(true);
  });

  it('once edited by hand, the line is the writer’s and is read like the rest', () => {
    const edited = { ...joost, body: joost.body.replace('as you suggested', 'as you said') };
    expect(rules(edited)).toEqual(rules({ ...edited, via: undefined }));
    expect(rules(edited)).not.toEqual([]);
  });
});
