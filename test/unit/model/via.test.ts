// The "via" field: the person the notes go through. Read from the interview file, written back
// unchanged, and the one answer compose and the schedule ask of it: which notes go that way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingAddressIn } from '../../../src/model/address.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { formatInterviewFile, parseInterviewText, toInterviewFile } from '../../../src/model/interview-file.js';
import type { Interview, NoteKind } from '../../../src/model/types.js';
import { goBetweenOf, goesVia } from '../../../src/model/via.js';
import { interviewProblem } from '../../../src/store/entry-shape.js';

const text = (name: string) => readFileSync(new URL(`../../fixtures/interviews/${name}`, import.meta.url), 'utf8');
const options = { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS };

function parse(file: object) {
  return parseInterviewText(JSON.stringify(file), options);
}

function parsed(file: string | object): Interview {
  const result = typeof file === 'string' ? parseInterviewText(file, options) : parse(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.interview;
}

const base = JSON.parse(text('van-der-berg-via.json')) as Record<string, unknown> & {
  interviewers: Record<string, unknown>[];
  recruiter: Record<string, unknown>;
};

describe('the interview file keeps "via"', () => {
  it('reads the go-between and which notes go through them, with no warning for the e-mail Joost lacks', () => {
    const result = parseInterviewText(text('van-der-berg-via.json'), options);
    expect(result.ok && result.interview.via).toEqual({ name: 'Alex Kim', notes: 'thank-you' });
    // His notes go through Alex, who has an address: nobody needs to be asked for his.
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('round-trips: export writes it after the recruiter, import reads it back unchanged', () => {
    const first = parsed(text('van-der-berg-via.json'));
    const file = formatInterviewFile(first);
    expect(parsed(file)).toStrictEqual(first);
    expect(formatInterviewFile(parsed(file))).toBe(file);
    const keys = Object.keys(toInterviewFile(first));
    expect(keys.slice(keys.indexOf('recruiter'), keys.indexOf('recruiter') + 3)).toEqual(['recruiter', 'via', 'interviewers']);
  });

  it('a file without it loads as before, and export writes none', () => {
    const plain = parsed(text('van-der-berg.json'));
    expect(plain.via).toBeUndefined();
    expect(Object.keys(toInterviewFile(plain))).not.toContain('via');
  });

  it('"notes" may be left out: the thank-yous, which is what a recruiter asks for most', () => {
    expect(parsed({ ...base, via: { name: 'Alex Kim' } }).via).toEqual({ name: 'Alex Kim', notes: 'thank-you' });
    expect(parsed({ ...base, via: { name: 'Alex Kim', notes: 'all' } }).via).toEqual({ name: 'Alex Kim', notes: 'all' });
  });

  it('saves a given name as the full name, and says so', () => {
    const result = parse({ ...base, via: { name: 'alex' } });
    expect(result.ok && result.interview.via).toEqual({ name: 'Alex Kim', notes: 'thank-you' });
    expect(result.ok && result.warnings).toEqual(['"via.name": "alex" is saved as "Alex Kim".']);
  });

  it('takes an interviewer who is not the recruiter', () => {
    expect(parsed({ ...base, via: { name: 'Sean' } }).via).toEqual({ name: "Sean O'Neill", notes: 'thank-you' });
  });

  it('refuses a name nobody in the file has, a choice it does not know and an unknown field', () => {
    const result = parse({ ...base, via: { name: 'Alexa Kimball', notes: 'thank-yous', cc: 'x' } });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['via.notes', 'via.cc']);
    const unknown = parse({ ...base, via: { name: 'Alexa Kimball' } });
    expect(unknown.ok ? [] : unknown.problems).toEqual([
      {
        path: 'via.name',
        problem: '"Alexa Kimball" is not an interviewer or the recruiter of this interview.',
        fix: 'Set "via.name" to the person who asked for the notes to go through them: their name, or a given name or surname that fits only them, one of "Joost van der Berg", "Dr. María José García-López", "Sean O\'Neill", "Alex Kim".',
      },
    ]);
  });

  it('refuses a go-between with no e-mail: the notes would have nowhere to go', () => {
    const interviewers = base.interviewers.map((person) =>
      person.name === 'Alex Kim' ? { ...person, email: undefined } : person,
    );
    const result = parse({ ...base, recruiter: { name: 'Alex Kim' }, interviewers });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'via.name',
        problem: 'There is no e-mail address for Alex Kim, so no note can go through them.',
        fix: 'Add the address Alex Kim gave you as "email" in "recruiter", or leave out "via" to write to each person yourself.',
      },
    ]);
    const sean = base.interviewers.map((person) => (person.name === "Sean O'Neill" ? { ...person, email: undefined } : person));
    const viaSean = parse({ ...base, interviewers: sean, via: { name: "Sean O'Neill" } });
    expect(viaSean.ok ? '' : viaSean.problems[0]?.fix).toBe(
      'Add the address Sean O\'Neill gave you as "email" in "interviewers[2]", or leave out "via" to write to each person yourself.',
    );
  });

  it('the store accepts a saved one and refuses a broken one', () => {
    const interview = parsed(text('van-der-berg-via.json'));
    expect(interviewProblem(interview.id, interview)).toBeNull();
    expect(interviewProblem(interview.id, { ...interview, via: { name: 'Alex Kim', notes: 'some' } })).toMatch(/^via: notes: /);
  });
});

describe('which notes go through the go-between', () => {
  const interview = parsed(text('van-der-berg-via.json'));
  const person = (name: string) => interview.interviewers.find((p) => p.name.includes(name))!;
  const route = (subject: Interview, kind: NoteKind) =>
    subject.interviewers.filter((p) => goesVia(subject, p, kind)).map((p) => p.name);

  it('every thank-you but the go-between’s own; later notes only for those without an e-mail', () => {
    expect(goBetweenOf(interview)).toEqual({ name: 'Alex Kim', email: 'alex.kim@vdberg.example', interviewer: person('Alex') });
    expect(route(interview, 'thank-you')).toEqual(['Joost van der Berg', 'Dr. María José García-López', "Sean O'Neill"]);
    expect(route(interview, 'follow-up')).toEqual(['Joost van der Berg']);
    expect(route(interview, 'not-selected')).toEqual(['Joost van der Berg']);
  });

  it('"all" sends every written note that way; a call is never sent through anyone', () => {
    const all: Interview = { ...interview, via: { name: 'Alex Kim', notes: 'all' } };
    expect(route(all, 'follow-up')).toEqual(['Joost van der Berg', 'Dr. María José García-López', "Sean O'Neill"]);
    expect(route(all, 'stay-in-touch')).toEqual(['Joost van der Berg', 'Dr. María José García-López', "Sean O'Neill"]);
    expect(route(all, 'voicemail')).toEqual([]);
    expect(route(all, 'contact-request')).toEqual([]);
  });

  it('nobody lacks an e-mail that the go-between stands in for; without one, Joost does', () => {
    expect(missingAddressIn(interview, person('Joost'))).toBeNull();
    const direct: Interview = { ...interview, via: undefined };
    expect(missingAddressIn(direct, person('Joost'))).toBe('email');
    expect(goBetweenOf(direct)).toBeNull();
  });
});
