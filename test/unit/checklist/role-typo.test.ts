// A slip typed into the role ("Lead Pharmacist, Aseptc Services") repeats in every note that names
// the role. Its capital made it pass for a name inside a sentence, so whether it was reported
// depended on whether the subject line also carried it; now it is reported once per note, naming
// every place it stands, and the message sends the user to the Role answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { rolePlaces } from '../../../src/checklist/harper-map.js';
import { roleSlipsFor } from '../../../src/checklist/role-slips.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import { knownWordsFor, roleWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { spellCheckerForFile } from './worker-build.js';

const PHARMACY = resolve(import.meta.dirname, '../../fixtures/interviews/pharmacy.json');

function contextFor(role: string): CheckContext {
  const file = { ...JSON.parse(readFileSync(PHARMACY, 'utf8')), role };
  file.recruiter = { name: 'Dana Whitfield', email: 'dana.whitfield@lakeshorerx.example' };
  const result = parseInterviewText(JSON.stringify(file), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { interview: result.interview, kind: 'contact-request', to: 'Dana Whitfield' };
}

const body = (word: string) =>
  `Dear Dana,\n\nThank you for arranging my interview for the Lead Pharmacist role in ${word} Services on Monday. I would like to send a short note to Brenda Kowalski, who showed me the robotic dispensing system, but I do not have her e-mail address. Could you pass it on?\n\nBest regards,\nAisha Rahman\n`;

describe('spelling: a slip in the saved role', () => {
  const spellChecker = spellCheckerForFile();
  const spelling = async (text: string, context: CheckContext) => {
    const findings = await spellChecker().lint(text, knownWordsFor(context), {
      typed: typedWordsFor(context),
      role: roleWordsFor(context),
    });
    return findings.filter((finding) => finding.rule === 'spelling');
  };

  it.each([
    ['a generic subject', `Subject: Thanks\n\n${body('Aseptc')}`, 'in the body'],
    ['no subject line', body('Aseptc'), 'in the body'],
    ['a subject with the word', `Subject: Aseptc Services interview\n\n${body('Aseptc')}`, 'in the subject and in the body'],
    [
      'the word twice in the body',
      `Subject: Aseptc Services interview\n\n${body('Aseptc').replace('Could you', 'The Aseptc Services team was welcoming. Could you')}`,
      'in the subject and twice in the body',
    ],
  ])('is reported once under %s, naming every place and the Role answer', async (_label, text, places) => {
    const found = await spelling(text, contextFor('Lead Pharmacist, Aseptc Services'));
    expect(found.map((finding) => finding.excerpt)).toEqual(['Aseptc']);
    expect(found[0]!.message).toBe(
      `"Aseptc", ${places}, looks misspelled (did you mean "Aseptic" or "Aspect" or "Adept"?), and your Role answer spells it this way, so every note that names the role repeats it. Correct it in this note, and fix the role where you saved it: press a at the review to change an answer, or edit "role" in the interview file.`,
    );
  });

  it('names the places in words', () => {
    expect(rolePlaces({ subject: 1, body: 0 })).toBe('in the subject');
    expect(rolePlaces({ subject: 0, body: 3 })).toBe('three times in the body');
    expect(rolePlaces({ subject: 2, body: 7 })).toBe('twice in the subject and 7 times in the body');
  });

  it('passes the same note once the role is spelt right', async () => {
    const context = contextFor('Lead Pharmacist, Aseptic Services');
    expect(await spelling(`Subject: Thanks\n\n${body('Aseptic')}`, context)).toEqual([]);
  });

  it('still takes a capitalised unknown word that is not in the role for a name', async () => {
    const text = body('Aseptic').replace('Brenda Kowalski, who', 'Brenda Kowalski and Kwabena Asante, who');
    expect(await spelling(text, contextFor('Lead Pharmacist, Aseptic Services'))).toEqual([]);
  });

  const noteFor = (role: string) =>
    `Subject: Thank you: ${role} interview\n\nDear Dana,\n\nThank you for arranging my interview for the ${role} role on Monday. I would like to send a short note to Brenda Kowalski, but I do not have her e-mail address. Could you pass it on?\n\nBest regards,\nAisha Rahman\n`;
  const inRole = async (role: string) => (await spelling(noteFor(role), contextFor(role))).map((finding) => finding.excerpt);

  it('reports two words of the role typed as one, with the words apart', async () => {
    const found = await spelling(
      noteFor('Commercial Apiary ManagerApiary Manager'),
      contextFor('Commercial Apiary ManagerApiary Manager'),
    );
    expect(found.map((finding) => finding.excerpt)).toEqual(['ManagerApiary']);
    expect(found[0]!.message).toBe(
      '"ManagerApiary", in the subject and in the body, looks like two words typed without the space between them ("Manager Apiary"), perhaps a slip while pasting, and your Role answer has it this way, so every note that names the role repeats it. Correct it in this note, and fix the role where you saved it: press a at the review to change an answer, or edit "role" in the interview file.',
    );
    // Where the job stands, at the end of the role, a missed space is a slip too.
    expect(await inRole('Senior StaffPharmacist')).toEqual(['StaffPharmacist']);
  });

  // "Enginer" also reads as "engine" with an r, another ending of a word Harper offers; a letter
  // left out of "Engineer" is the likelier slip, whether or not an interviewer's title spells it.
  it('reports a letter left out of a word of the role, beside the same word spelt right elsewhere', async () => {
    expect(await inRole('Pharmacy Systems Enginer')).toEqual(['Enginer']);
    const context = contextFor('Pharmacy Systems Enginer');
    const interview = context.interview!;
    const titled = {
      ...context,
      interview: {
        ...interview,
        interviewers: interview.interviewers.map((person, index) =>
          index === 0 ? { ...person, title: 'Pharmacy Systems Engineer' } : person,
        ),
      },
    };
    const found = await spelling(noteFor('Pharmacy Systems Enginer'), titled);
    expect(found.map((finding) => finding.excerpt)).toEqual(['Enginer']);
    expect(found[0]!.message).toContain('did you mean "Engineer"');
    expect(await inRole('Pharmacy Systems Engineer')).toEqual([]);
    // Harper offers "Optometrist" (two edits) and "Intramural" (two): no letter left out of either.
    expect(await inRole('Optometric Technician')).toEqual([]);
    expect(await inRole('Intraoral Imaging Assistant')).toEqual([]);
  });

  it.each([
    'McDonald Scholars Coordinator',
    'DeShawn Foundation Outreach Lead',
    'iPhone Support Specialist',
    'LaTeX Typesetter',
    'Senior JavaScript Engineer',
    'OpenAI Solutions Architect',
    // Products the job is about, named before the job.
    'HubSpot Administrator',
    'QuickBooks Specialist',
    'ServiceNow Developer',
  ])('takes the name in "%s" as written', async (role) => {
    expect(await inRole(role)).toEqual([]);
  });
});

// The generic-subject advice builds a subject from the role as typed: with a slip in it, the
// advice would teach the slip. The spelling check reads the role, and the advice leaves it out.
describe('generic-subject: a slip in the saved role stays out of the advice', () => {
  const spellChecker = spellCheckerForFile();
  const advice = async (role: string, subject: string, kind: CheckContext['kind']) => {
    const context = { ...contextFor(role), kind };
    const roleSlips = await roleSlipsFor(spellChecker(), context);
    return genericSubject(parseDraft(`Subject: ${subject}\n\n${body('Aseptic')}`), { ...context, roleSlips }).map(
      (hit) => hit.message,
    );
  };

  it('finds the slip in the role, and only the slip', async () => {
    expect([...(await roleSlipsFor(spellChecker(), contextFor('Lead Pharmacist, Aseptc Services')))]).toEqual(['aseptc']);
    expect([...(await roleSlipsFor(spellChecker(), contextFor('Lead Pharmacist, Aseptic Services')))]).toEqual([]);
    expect([...(await roleSlipsFor(spellChecker(), contextFor('Senoir Pharmacy Technician')))]).toEqual(['senoir']);
  });

  it.each([
    [
      'thank-you',
      'Thanks',
      '"Thanks" does not say what the note is about. A subject that names the role (e.g. "Thank you: (your role) interview") gets opened and found again later.',
    ],
    [
      'follow-up',
      'Following up',
      '"Following up" does not say what the note is about. A subject that names the role (e.g. "Following up: (your role) interview") gets opened and found again later.',
    ],
  ] as const)('leaves a misspelled role out of the %s example', async (kind, subject, message) => {
    expect(await advice('Lead Pharmacist, Aseptc Services', subject, kind)).toEqual([message]);
  });

  it('quotes the role when it is spelled right', async () => {
    expect(await advice('Lead Pharmacist, Aseptic Services', 'Thanks', 'thank-you')).toEqual([
      '"Thanks" does not say what the note is about. A subject that names the role (e.g. "Thank you: Lead Pharmacist, Aseptic Services interview") gets opened and found again later.',
    ]);
  });

  it('asks for the role without quoting a misspelled one when the subject names nothing of the interview', () => {
    const context = { ...contextFor('Lead Pharmacist, Aseptc Services'), kind: 'thank-you' as const };
    const draft = parseDraft('Subject: Our talk on Monday about the weather\n\nDear Dana,\n\nThank you.\n');
    const [quoted] = genericSubject(draft, context).map((hit) => hit.message);
    const [plain] = genericSubject(draft, { ...context, roleSlips: new Set(['aseptc']) }).map((hit) => hit.message);
    expect(quoted).toContain('Mention "Lead Pharmacist, Aseptc Services"');
    expect(plain).toContain('Mention the role so the reader knows');
  });
});
