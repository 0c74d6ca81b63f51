// A note that names a company other than the reader's: a near miss of the reader's own company
// ("Brightwell" for Brightwater Analytics), or a firm of the same shape where the reader's
// company belongs ("join Bluestone Analytics"). The company's real name, with or without its
// legal form, possessive or hyphenated, and the firms of the candidate's past stay quiet.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const BRIGHTWATER: Interview = {
  ...ACME,
  id: 'brightwater-analytics-data-engineer',
  company: 'Brightwater Analytics',
  interviewers: [
    { ...ACME.interviewers[0]!, name: 'Helen Marsh' },
    { ...ACME.interviewers[1]!, name: 'Tom Brightman' },
  ],
};
const context: CheckContext = { interview: BRIGHTWATER, to: 'Helen Marsh', kind: 'thank-you' };

const note = (line: string) =>
  `Subject: Data Engineer interview\n\nHi Helen,\n\nThank you for talking with me about the nightly batch jobs. ${line}\n\nBest,\nJordan Lee\n`;

const hits = (line: string) => {
  const text = note(line);
  const draft = parseDraft(text);
  return [...nameMismatch(draft, context), ...wrongPerson(draft, context)].map((hit) => ({
    at: text.slice(hit.start, hit.end),
    severity: hit.severity ?? 'error',
  }));
};

describe('a near miss of the company’s own name', () => {
  it.each([
    ['I enjoyed hearing how Brightwell plans to move them to dbt.', 'Brightwell', 'warning'],
    ['Brightwaters plans sound ambitious.', 'Brightwaters', 'error'],
    ['I would love to help Brigthwater with it.', 'Brigthwater', 'error'],
  ])('is reported on its own: %j', (line, at, severity) => {
    expect(hits(line)).toEqual([{ at, severity }]);
  });

  it('says what the company is called', () => {
    const [hit] = nameMismatch(parseDraft(note('I hope Brightwell moves them soon.')), context);
    expect(hit?.message).toBe(
      '"Brightwell" is close to the name of the company this note is for, Brightwater Analytics, but not it. If you meant them, write "Brightwater Analytics": a reader notices their employer named wrong, and a near miss reads like a note written for another firm.',
    );
  });
});

describe('a firm of the company’s shape where the company belongs', () => {
  it.each([
    ['I would love to join Bluestone Analytics and help.', 'Bluestone Analytics'],
    ['Bluestone Analytics’s plans for dbt sound right to me.', 'Bluestone Analytics'],
    ['I hope to work with you at Bluestone Analytics Ltd soon.', 'Bluestone Analytics Ltd'],
    ['I ended up hoping to work for Bluestone Analytics.', 'Bluestone Analytics'],
    ["I'm still keen, and I'd love to work for Bluestone Analytics.", 'Bluestone Analytics'],
  ])('is a warning: %j', (line, at) => {
    expect(hits(line)).toEqual([{ at, severity: 'warning' }]);
  });
});

describe('the real company and other firms said of the past', () => {
  it.each([
    'I enjoyed hearing how Brightwater plans to move them to dbt.',
    "I enjoyed hearing how Brightwater's team plans to move them.",
    'Moving them to dbt at Brightwater Analytics, Inc. sounds like a fine project.',
    'I would be glad to join Brightwater Analytics Ltd.',
    'The Brightwater-wide move to dbt sounds exciting.',
    'Tom Brightman showed me the scheduler.',
    'I enjoyed hearing how the People Analytics team at Brightwater uses dbt.',
    'I spent three years at Redwood Analytics moving jobs like these to dbt.',
    'At my last job, with Redwood Analytics, I did the same.',
    'My friend at Redwood Analytics says you run a tight ship.',
    'I enjoyed hearing how Bristol fits into the plan.',
    // The writer's own work for another firm, done or under way: no wish to join it.
    'This season I ended up hauling data for Bluestone Analytics.',
    "I've been cleaning pipelines for Bluestone Analytics since the spring.",
    'I spent the winter migrating dashboards for Bluestone Analytics.',
  ])('leaves %j alone', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

describe('an ordinary word of the company’s name in the other number', () => {
  const company = (name: string, line: string) => {
    const text = note(line);
    const draft = parseDraft(text);
    const own = { ...context, interview: { ...BRIGHTWATER, company: name } };
    return nameMismatch(draft, own).map((hit) => ({ at: text.slice(hit.start, hit.end), severity: hit.severity ?? 'error' }));
  };

  it.each([
    ['Kelvin Grove Data Centres', 'I would enjoy the Data Centre Technician shifts.'],
    ['Kelvin Grove Data Centres', 'Your Data Centre Operations team sounds well run.'],
    ['Larkfield Pharmacies', 'The Pharmacy Technician role is what I trained for.'],
    ['Acme Storage Units', 'Each Storage Unit you showed me had its own alarm.'],
  ])('is the thing itself, not the name (%s): %j', (name, line) => {
    expect(company(name, line)).toEqual([]);
  });

  it.each([
    ['Kelvin Grove Data Centres', 'I would be proud to work at Kelvin Grove Data Centre.', 'Kelvin Grove Data Centre'],
    ['Larkfield Pharmacies', 'Larkfield Pharmacy has a fine name in town.', 'Larkfield Pharmacy'],
    ['Acme Storage Units', 'Acme Storage Unit is where I want to be.', 'Acme Storage Unit'],
  ])('is a warning beside the leading name (%s): %j', (name, line, at) => {
    expect(company(name, line)).toEqual([{ at, severity: 'warning' }]);
  });
});
