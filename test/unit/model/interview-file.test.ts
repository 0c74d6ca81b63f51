import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileMessages as m } from '../../../src/model/file-messages.js';
import {
  MAX_DEPTH,
  formatInterviewFile,
  parseInterviewObject,
  parseInterviewText,
  toInterviewFile,
  warningsFor,
} from '../../../src/model/interview-file.js';
import type { Candidate, Interview } from '../../../src/model/types.js';
import { timeframeMessages } from '../../../src/model/timeframe-messages.js';
import { fieldMessages } from '../../../src/model/messages.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/interviews/${name}`, import.meta.url), 'utf8');
const SAVED: Candidate = { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' };

function parsed(text: string, candidate: Candidate | null = null): Interview {
  const result = parseInterviewText(text, { candidate, calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.interview;
}

function problems(text: string, candidate: Candidate | null = null) {
  const result = parseInterviewText(text, { candidate, calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe("the README's example interview file (acme.json)", () => {
  it('parses to the exact model', () => {
    const result = parseInterviewText(fixture('acme.json'), {
      candidate: null,
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    expect(result).toEqual({
      ok: true,
      // Sam used the phone and his number is known: he lacks nothing, so no warning.
      warnings: [],
      interview: {
        id: 'acme-robotics-senior-backend-engineer',
        candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' },
        company: 'Acme Robotics',
        role: 'Senior Backend Engineer',
        date: '2026-11-24',
        format: 'onsite',
        interviewers: [
          {
            name: 'Priya Raghunathan',
            title: 'Engineering Manager',
            email: 'priya@acme.example',
            medium: 'email',
            topics: ['moving telemetry ingestion to Kafka', 'how on-call works'],
          },
          {
            name: 'Sam Ortiz',
            title: 'Staff Engineer',
            phone: '+1 555 0101',
            medium: 'phone',
            topics: ["the robot fleet's OTA update pipeline"],
          },
        ],
        recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example' },
        timeframe: { text: 'by the end of next week', date: '2026-12-04' },
        status: 'waiting',
        sent: [],
      },
    });
  });

  it('de-duplicates a derived id against saved ones', () => {
    const result = parseInterviewText(fixture('acme.json'), {
      taken: ['acme-robotics-senior-backend-engineer'],
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    expect(result.ok && result.interview.id).toBe('acme-robotics-senior-backend-engineer-2');
  });

  it('formats back to 2-space JSON with a final newline and the id', () => {
    const text = formatInterviewFile(parsed(fixture('acme.json')));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "version": 1,',
      '  "id": "acme-robotics-senior-backend-engineer",',
      '  "candidate": {',
    ]);
    expect(JSON.parse(text)).toEqual({ ...JSON.parse(fixture('acme.json')), id: 'acme-robotics-senior-backend-engineer' });
  });
});

describe('round trip: parse(format(x)) equals x', () => {
  it.each([
    'acme.json',
    'lumen-health.json',
    'northwind-bank.json',
    'kestrel-games.json',
    'harbor-logistics.json',
    'nursing.json',
    'retail.json',
    'teaching.json',
    'finance.json',
    'design.json',
  ])('%s', (name) => {
    const first = parsed(fixture(name));
    const text = formatInterviewFile(first);
    expect(parsed(text)).toStrictEqual(first);
    expect(formatInterviewFile(parsed(text))).toBe(text);
  });

  it('keeps sent entries, edits, optional fields and an unresolved timeframe', () => {
    const interview: Interview = {
      ...parsed(fixture('lumen-health.json')),
      id: 'lumen-health-product-designer-2',
      timeframe: { text: 'after the holidays', date: null },
      status: 'offer',
      recruiter: { name: 'Ines Duarte', phone: '+351 21 555 0199' },
      sent: [
        {
          kind: 'thank-you',
          to: 'José Álvarez',
          at: '2026-11-20T16:40:00.000Z',
          method: 'osc52',
          subject: 'Thank you',
          body: 'Hi José,\n\nThank you.',
        },
      ],
      edits: [{ kind: 'follow-up', to: 'José Álvarez', subject: 'Re: Thank you', body: '', at: '2026-12-01T09:00:00.000Z' }],
    };
    const again = parseInterviewText(formatInterviewFile(interview), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(again).toStrictEqual({ ok: true, interview, warnings: [timeframeMessages.unresolved('after the holidays')] });
  });

  it('keeps greeting, addition, tone, formality, strength and toldBy', () => {
    const teaching = parsed(fixture('teaching.json'));
    expect([teaching.tone, teaching.formality, teaching.strength]).toEqual([
      'formal',
      'titles',
      'keeping a mixed-ability class calm and engaged',
    ]);
    expect(teaching.interviewers[1]).toMatchObject({ greeting: 'Mr. Iyer', addition: 'the fractions lesson plan I mentioned' });
    expect(parsed(fixture('finance.json')).toldBy).toBe('Ellen Marsh');
    const file = toInterviewFile(teaching) as Record<string, unknown>;
    expect(Object.keys(file).slice(-3)).toEqual(['tone', 'formality', 'strength']);
  });

  it('refuses a toldBy that names nobody in the file, and a tone it does not know', () => {
    const finance = JSON.parse(fixture('finance.json')) as Record<string, unknown>;
    const result = parseInterviewText(JSON.stringify({ ...finance, toldBy: 'Ellen March', tone: 'chatty' }), {
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['tone']);
    const teller = parseInterviewText(JSON.stringify({ ...finance, toldBy: 'Ellen March' }), {
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    expect(teller.ok ? [] : teller.problems).toEqual([
      {
        path: 'toldBy',
        problem: '"Ellen March" is not an interviewer or the recruiter of this interview.',
        fix: 'Set "toldBy" to the person who told you the outcome: their name, or a given name or surname that fits only them (titles and accents optional), one of "María José Fernández", "Thomas Lindqvist", "Nguyễn Văn Minh", "Ellen Marsh".',
      },
    ]);
  });

  it.each([
    ['thomas', 'Thomas Lindqvist'],
    ['Lindqvist', 'Thomas Lindqvist'],
    ['Maria Jose', 'María José Fernández'],
    ['Mr. Lindqvist', 'Thomas Lindqvist'],
    ['nguyen van minh', 'Nguyễn Văn Minh'],
    ['Ellen', 'Ellen Marsh'],
  ])('reads "toldBy": %j as every command reads a name, and saves the full name (%s), saying so', (typed, full) => {
    const finance = JSON.parse(fixture('finance.json')) as Record<string, unknown>;
    const result = parseInterviewText(JSON.stringify({ ...finance, toldBy: typed }), {
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.interview.toldBy).toBe(full);
    expect(result.warnings).toContain(`"toldBy": "${typed}" is saved as "${full}".`);
  });

  it('says nothing more of a "toldBy" written as the full name', () => {
    const result = parseInterviewText(fixture('finance.json'), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.filter((w) => w.includes('toldBy'))).toEqual([]);
  });

  it('refuses a "toldBy" that fits two people, naming both and everyone it may be', () => {
    const finance = JSON.parse(fixture('finance.json')) as { interviewers: Record<string, unknown>[] };
    const other = { ...finance.interviewers[1], name: 'Thomas Berg', email: 'thomas.berg@halvorsen.example' };
    const file = { ...finance, interviewers: [...finance.interviewers, other], toldBy: 'Thomas' };
    const result = parseInterviewText(JSON.stringify(file), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'toldBy',
        problem: '"Thomas" fits more than one person: "Thomas Lindqvist", "Thomas Berg".',
        fix: 'Write more of the name, so that it fits only the person who told you the outcome: one of "María José Fernández", "Thomas Lindqvist", "Nguyễn Văn Minh", "Thomas Berg", "Ellen Marsh".',
      },
    ]);
  });

  it('writes "timeframe": null when there is none, and the fields in the documented order', () => {
    const file = toInterviewFile(parsed(fixture('lumen-health.json')));
    expect(Object.keys(file)).toEqual([
      'version',
      'id',
      'candidate',
      'company',
      'role',
      'interviewDate',
      'format',
      'timeframe',
      'status',
      'interviewers',
    ]);
    expect(file).toMatchObject({ timeframe: null, status: 'waiting' });
  });
});

describe('the sample files', () => {
  it('read names in any script', () => {
    const northwind = parsed(fixture('northwind-bank.json'));
    expect(northwind.candidate.name).toBe('Nguyễn Thị Lan');
    expect(northwind.interviewers.map((p) => p.name)).toEqual([
      '王伟',
      'Zoë Fischer',
      'Marcus Oyelaran',
      'Aisha Rahman',
      'Tomás Ferreira',
    ]);
    expect(northwind.timeframe).toEqual({ text: 'within ten business days', date: '2027-01-11' });
  });

  it('default the status to waiting and accept a not-selected one', () => {
    expect(parsed(fixture('harbor-logistics.json')).status).toBe('waiting');
    const kestrel = parsed(fixture('kestrel-games.json'));
    expect(kestrel.status).toBe('not-selected');
    expect(kestrel.sent).toHaveLength(3);
  });

  it('use the saved candidate when the file has none', () => {
    expect(parsed(fixture('saved-candidate.json'), SAVED).candidate).toEqual(SAVED);
  });

  it('allow a phone-medium interviewer without a number, but say so', () => {
    const raw = JSON.parse(fixture('harbor-logistics.json'));
    delete raw.interviewers[0].phone;
    const result = parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(result.ok && result.warnings).toEqual([m.phoneWithoutNumber('Raymond Okafor')]);
  });

  it('warn about a missing e-mail only for someone who used e-mail', () => {
    const raw = JSON.parse(fixture('acme.json'));
    delete raw.interviewers[0].email;
    const result = parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(result.ok && result.warnings).toEqual([m.noEmail('Priya Raghunathan', 'Dana Kim')]);
  });

  it('treat null and "" in optional fields as absent', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewers[0].phone = null;
    raw.interviewers[0].detail = '';
    const result = parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(result.ok && result.interview.interviewers[0]).toStrictEqual({
      name: 'Priya Raghunathan',
      title: 'Engineering Manager',
      email: 'priya@acme.example',
      medium: 'email',
      topics: ['moving telemetry ingestion to Kafka', 'how on-call works'],
    });
  });
});

describe('each mistake gets its own message', () => {
  it('unknown field: names it, suggests the closest, lists the allowed ones', () => {
    expect(problems(fixture('unknown-field.json'))).toEqual([
      {
        path: 'interviewers[1].topic',
        problem: '"topic" is not a field of an interviewer.',
        fix: 'Did you mean "topics"? The fields allowed here are: name, title, email, phone, medium, topics, detail, greeting, addition.',
      },
    ]);
  });

  it('unknown top-level field with nothing close', () => {
    const raw = { ...JSON.parse(fixture('acme.json')), salary: 100 };
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [
        {
          path: 'salary',
          problem: m.unknownField('salary', 'of the interview file'),
          fix: 'Remove it. The fields allowed here are: version, id, candidate, company, role, interviewDate, format, timeframe, status, statusOn, round, recruiter, via, interviewers, sent, edits, tone, formality, strength, toldBy.',
        },
      ],
    });
  });

  it('empty name', () => {
    expect(problems(fixture('empty-name.json'))).toEqual([
      { path: 'interviewers[0].name', problem: 'The name is empty.', fix: fieldMessages.personNameEmpty },
    ]);
  });

  it('an interviewer without topics: review your notes from the meeting', () => {
    expect(problems(fixture('no-topics.json'))).toEqual([
      { path: 'interviewers[1].topics', problem: 'Sam Ortiz has no topics.', fix: m.noTopicsFix('Sam Ortiz') },
    ]);
    expect(m.noTopicsFix('Sam Ortiz')).toContain('Review your notes from the meeting and add what you discussed with Sam Ortiz');
  });

  it('missing topics read the same as an empty list', () => {
    const raw = JSON.parse(fixture('acme.json'));
    delete raw.interviewers[0].topics;
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [
        { path: 'interviewers[0].topics', problem: m.noTopics('Priya Raghunathan'), fix: m.noTopicsFix('Priya Raghunathan') },
      ],
    });
  });

  it('an impossible date and words instead of a date', () => {
    expect(problems(fixture('bad-date.json'))).toEqual([
      { path: 'interviewDate', problem: '2026-02-30 is not a real calendar day.', fix: m.dateFix },
    ]);
    expect(problems(fixture('words-date.json'))).toEqual([
      { path: 'interviewDate', problem: '"next tuesday" is not a date in YYYY-MM-DD form.', fix: m.dateFix },
    ]);
  });

  it('a wrong version is the only problem reported', () => {
    expect(problems(fixture('wrong-version.json'))).toEqual([
      { path: 'version', problem: m.versionWrong(2), fix: m.versionWrongFix },
    ]);
    expect(m.versionWrong(2)).toBe('The file says "version": 2, but this followup-coach reads version 1 files.');
  });

  it('a missing version', () => {
    expect(problems(fixture('missing-version.json'))).toEqual([
      { path: 'version', problem: 'The file has no "version".', fix: 'Add "version": 1 as the first field.' },
    ]);
  });

  it('no candidate in the file and none saved', () => {
    expect(problems(fixture('saved-candidate.json'), null)).toEqual([
      { path: 'candidate', problem: m.noCandidate, fix: m.noCandidateFix },
    ]);
    expect(m.noCandidateFix).toContain('run the guided session once');
  });

  it('a bad e-mail address', () => {
    expect(problems(fixture('bad-email.json'))).toEqual([
      {
        path: 'interviewers[0].email',
        problem: 'The e-mail address "priya@acme" cannot be used.',
        fix: fieldMessages.emailShape,
      },
    ]);
  });

  it('a missing format, a wrong choice and a wrong type, all at once', () => {
    const raw = JSON.parse(fixture('acme.json'));
    delete raw.format;
    raw.status = 'ghosted';
    raw.interviewers[0].topics = 'Kafka';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [
        {
          path: 'format',
          problem: 'The format is missing.',
          fix: 'Add "format": one of "onsite", "video", "phone", how the interview took place.',
        },
        {
          path: 'status',
          problem: 'The status "ghosted" is not one of the choices.',
          fix: 'Use one of: "waiting", "not-selected", "offer", "closed".',
        },
        {
          path: 'interviewers[0].topics',
          problem: 'The list of topics should be a list, not text.',
          fix: expect.stringContaining('Write "topics" as a list'),
        },
      ],
    });
  });

  it('the same person twice', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewers[1].name = 'priya raghunathan';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [{ path: 'interviewers[1].name', problem: m.duplicateName('priya raghunathan'), fix: m.duplicateNameFix }],
    });
  });

  it('no interviewers', () => {
    const raw = { ...JSON.parse(fixture('acme.json')), interviewers: [] };
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [{ path: 'interviewers', problem: m.noInterviewers, fix: m.noInterviewersFix }],
    });
  });

  it('invalid JSON gives the line and column', () => {
    expect(problems(fixture('invalid-json.json'))).toEqual([
      {
        path: '',
        problem: "The file is not valid JSON at line 5, column 3: expected ',' or '}' after a property value, found '\"'.",
        fix: m.invalidJsonFix,
      },
    ]);
  });

  it('an unknown key with an escape sequence is shown escaped', () => {
    const raw = { ...JSON.parse(fixture('acme.json')), 'x\u001b[2J': 1 };
    const result = parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    expect(result.ok ? '' : result.problems[0]?.problem).toBe('"x\\u001b[2J" is not a field of the interview file.');
  });

  it('an empty file and a file that is not an object', () => {
    expect(problems('  \n')).toEqual([{ path: '', problem: m.emptyFile, fix: m.notAnObjectFix }]);
    expect(problems('[1, 2]')).toEqual([
      { path: '', problem: 'The file holds a list, not one JSON object.', fix: m.notAnObjectFix },
    ]);
  });

  it('control characters in a topic are refused, not passed on to a terminal', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewers[0].topics[1] = 'on-call\u001b]52;c;ZXZpbA==\u0007';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [
        {
          path: 'interviewers[0].topics[1]',
          problem: 'The topic contains the control character U+001B (this field is one line: no line breaks or tabs).',
          fix: fieldMessages.controls,
        },
      ],
    });
  });

  it('bidi controls, C1 controls and DEL are refused in any text field, even one the schema does not know', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewers[1].name = 'Sam \u202eztrO';
    raw.candidate.link = 'https://example.com/\u009b31m';
    raw.role = 'Engineer\u007f';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'candidate.link',
          problem: 'The link contains the control character U+009B (this field is one line: no line breaks or tabs).',
        },
        {
          path: 'role',
          problem: 'The role contains the control character U+007F (this field is one line: no line breaks or tabs).',
        },
        { path: 'interviewers[1].name', problem: expect.stringContaining('contains the bidirectional control U+202E') },
      ],
    });
  });

  it('keeps the bidi marks right-to-left names need (U+200F), unlike overrides', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewers[1].name = 'דנה כהן\u200f';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS }).ok).toBe(true);
  });

  it('a key given twice is named, never silently the last one', () => {
    const text = fixture('acme.json').replace(
      '"role": "Senior Backend Engineer",',
      '"role": "Senior Backend Engineer", "role": "Intern",',
    );
    expect(parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [
        { path: 'role', problem: 'The field "role" is given twice in the same object.', fix: m.duplicateKeyFix('role') },
      ],
    });
  });

  it('reads the depth of the format from its schema: the file, interviewers, one of them, topics', () => {
    expect(MAX_DEPTH).toBe(4);
  });

  it('nesting deeper than the format has is refused before the parser can overflow', () => {
    const text = `{"version": 1, "interviewers": [{"topics": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}]}`;
    expect(parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toEqual({
      ok: false,
      problems: [{ path: 'interviewers[0].topics[0]', problem: m.tooDeep(4), fix: m.tooDeepFix }],
    });
  });

  it('dates outside 1970 to 2100 are refused', () => {
    const raw = JSON.parse(fixture('acme.json'));
    raw.interviewDate = '9999-12-31';
    expect(parseInterviewObject(raw, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS })).toMatchObject({
      ok: false,
      problems: [{ path: 'interviewDate', problem: m.dateOutOfRange('9999-12-31') }],
    });
  });
});

describe('warningsFor: the missing address, and who the contact request will ask', () => {
  const brasa = sampleInterview({
    recruiter: undefined,
    interviewers: [
      {
        name: 'Kwame Mensah-Bonsu',
        title: 'General Manager',
        email: 'kwame@brasa.example',
        medium: 'email',
        topics: ['food cost'],
      },
      { name: 'Lin Yu', title: 'Pastry Lead', medium: 'email', topics: ['the dessert menu'] },
    ],
  });

  it('names the colleague the schedule asks, in a line of their thank-you, when there is no recruiter', () => {
    expect(warningsFor(brasa)).toEqual([m.noEmail('Lin Yu', 'Kwame Mensah-Bonsu', true)]);
    expect(m.noEmail('Lin Yu', 'Kwame Mensah-Bonsu', true)).toBe(
      'There is no e-mail address for Lin Yu: your thank-you to Kwame Mensah-Bonsu will ask for it in one line.',
    );
    expect(m.noEmail('Lin Yu', 'Kwame Mensah-Bonsu')).toContain('write Kwame Mensah-Bonsu a short request');
  });

  it('promises no request after a no, when the schedule asks nobody for an address', () => {
    const told = { ...brasa, status: 'not-selected' as const, statusOn: '2026-12-02' };
    const [warning] = warningsFor(told);
    expect(warning).toBe(m.noEmailAfterDecision('Lin Yu'));
    expect(warning).not.toContain('ask for it');
    expect(warning).not.toContain('request');
    expect(scheduleFor(told, new Date('2026-12-02T12:00:00Z'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.why).toContain(
      'After a no, it is best not to ask anyone for contact details',
    );
  });

  it('says nobody can be asked when nobody has an address', () => {
    const nobody = { ...brasa, interviewers: brasa.interviewers.map((person) => ({ ...person, email: undefined })) };
    expect(warningsFor(nobody)).toEqual([m.noEmail('Kwame Mensah-Bonsu', undefined), m.noEmail('Lin Yu', undefined)]);
    expect(m.noEmail('Lin Yu', undefined)).toContain('nobody to ask for it');
  });
});

describe("the file's notes, in the order of its people", () => {
  it('says each person’s notes together, interviewers as the file lists them, in field order within each', () => {
    const file = JSON.parse(fixture('acme.json'));
    file.interviewers.unshift({ name: 'Ann Bell', title: 'VP', medium: 'phone', topics: ['the budget'] });
    delete file.interviewers[1].email;
    file.interviewers.push({ name: 'Lena Fischer', title: 'CTO', medium: 'email', topics: ['the roadmap'] });
    file.status = 'not-selected';
    file.toldBy = 'Sam';
    file.sent = [
      { kind: 'thank-you', to: 'Lena', at: '2026-11-24T10:00:00Z' },
      { kind: 'thank-you', to: 'Ann', at: '2026-11-24T10:00:00Z' },
    ];
    const result = parseInterviewText(JSON.stringify(file), {
      candidate: SAVED,
      calendar: WEEKENDS_ONLY,
      dateStyle: US_WITH_YEARS,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const about = result.warnings.map((warning) => ['Ann', 'Priya', 'Sam', 'Lena'].find((name) => warning.includes(name)));
    expect(about).toEqual(['Ann', 'Ann', 'Priya', 'Sam', 'Lena', 'Lena']);
    expect(result.warnings[0]).toBe(m.entrySaved('sent[1].to', 'Ann', 'Ann Bell'));
    expect(result.warnings[4]).toBe(m.entrySaved('sent[0].to', 'Lena', 'Lena Fischer'));
  });
});
