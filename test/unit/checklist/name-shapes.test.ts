// name-mismatch on the candidate's own name in the signature, the company's name, the greeting
// the candidate chose, and a name short of its last letter: each with the close forms that are
// fine (credentials, an initial, "Brasa and Co", British spelling, a possessive).
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const NURSE: Interview = {
  ...ACME,
  company: "St. Brigid's Medical Center",
  candidate: { ...ACME.candidate, name: 'Ngozi Adeyemi-Clarke, RN, BSN' },
  interviewers: [
    { ...ACME.interviewers[0]!, name: 'Dr. Hélène Dubois-Martin', greeting: 'Dr. Dubois-Martin' },
    ACME.interviewers[1]!,
  ],
};
const to = { interview: NURSE, to: 'Dr. Hélène Dubois-Martin', kind: 'thank-you' as const };

function note(greeting: string, line: string, signature: string): string {
  return `Subject: Charge Nurse interview\n\n${greeting},\n\nThank you for talking with me about the step-down unit. ${line}\n\nBest regards,\n${signature}\n`;
}

const found = (text: string, context = to) =>
  nameMismatch(parseDraft(text), context).map((hit) => ({
    at: text.slice(hit.start, hit.end),
    severity: hit.severity ?? 'error',
    message: hit.message,
  }));

describe('the candidate’s own name in the signature', () => {
  it.each([
    ['Ngozi Adeyemi-Clark', 'Adeyemi-Clark', 'Adeyemi-Clarke'],
    ['Ngzoi Adeyemi-Clarke', 'Ngzoi', 'Ngozi'],
    ['Ngozi Adeymi-Clarke, RN, BSN', 'Adeymi-Clarke', 'Adeyemi-Clarke'],
  ])('is an error when %j misspells one part beside another written right', (signature, slip, right) => {
    const text = note('Dear Dr. Dubois-Martin', 'I enjoyed it.', signature);
    expect(found(text)).toEqual([
      {
        at: signature.replace(/,.*$/u, ''),
        severity: 'error',
        message: `The signature spells your name "${slip}". Sign as "${right}": the reader looks for your name to find you again, and a slip in it reads as haste.`,
      },
    ]);
  });

  it('is a warning for a part misspelt alone, which may be a name they go by', () => {
    expect(found(note('Dear Dr. Dubois-Martin', 'I enjoyed it.', 'Ngozy')).map((hit) => hit.severity)).toEqual(['warning']);
  });

  it.each([
    'Ngozi Adeyemi-Clarke',
    'Ngozi Adeyemi-Clarke, RN',
    'Ngozi',
    'N. Adeyemi-Clarke',
    'Adeyemi-Clarke',
    'Ngozi Adeyemi Clarke',
  ])('leaves %j alone', (signature) => {
    expect(found(note('Dear Dr. Dubois-Martin', 'I enjoyed it.', signature))).toEqual([]);
  });
});

describe('a name short of its last letter', () => {
  it('is a misspelling, not a short form, where a shorter cut still is one', () => {
    const person: Interview = { ...ACME, interviewers: [{ ...ACME.interviewers[0]!, name: 'Joanne Clarke' }] };
    const context = { interview: person, to: 'Joanne Clarke', kind: 'thank-you' as const };
    const body = (greeting: string) => note(greeting, 'I enjoyed it.', 'Jordan Lee');
    expect(found(body('Dear Ms. Clark'), context).map((hit) => hit.at)).toEqual(['Ms. Clark']);
    expect(found(body('Dear Joann'), context).map((hit) => hit.at)).toEqual(['Joann']);
    expect(found(body('Dear Joan'), context)).toEqual([]);
    expect(found(body('Dear Ms. Clarke'), context)).toEqual([]);
  });
});

describe('the greeting the candidate chose', () => {
  it.each(['Dear Helene', 'Dear Dr. Helene', 'Dear Dr. Dubois'])(
    'points %j, a greeting with a slip in it, to "Dr. Dubois-Martin", the greeting chosen for her',
    (greeting) => {
      const hits = found(note(greeting, 'I enjoyed it.', 'Ngozi Adeyemi-Clarke'));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.severity).toBe('warning');
      expect(hits[0]!.message).toBe(
        `You greet Dr. Hélène Dubois-Martin as "Dr. Dubois-Martin", and this note says "${greeting.slice(5)}". Use the greeting you chose: "Dear Dr. Dubois-Martin".`,
      );
    },
  );

  it('leaves the chosen greeting, her given name spelled right, and a first name where the chosen greeting is one', () => {
    expect(found(note('Dear Dr. Dubois-Martin', 'I enjoyed it.', 'Ngozi Adeyemi-Clarke'))).toEqual([]);
    // A first name spelled her way is a choice of tone, not a slip (people-rules.test.ts).
    expect(found(note('Dear Hélène', 'I enjoyed it.', 'Ngozi Adeyemi-Clarke'))).toEqual([]);
    const informal: Interview = {
      ...NURSE,
      interviewers: [{ ...NURSE.interviewers[0]!, greeting: 'Hélène' }, NURSE.interviewers[1]!],
    };
    expect(found(note('Dear Hélène', 'I enjoyed it.', 'Ngozi Adeyemi-Clarke'), { ...to, interview: informal })).toEqual([]);
  });
});

describe('the company’s name', () => {
  const line = (text: string) => found(note('Dear Dr. Dubois-Martin', text, 'Ngozi Adeyemi-Clarke'));

  it.each([
    ['I was glad to meet the team at St Brigids Medical Center.', 'St Brigids Medical Center', 'warning'],
    ['The nurses at Brigids were kind.', 'Brigids', 'warning'],
    ['I loved St Brigid Medical Center.', 'St Brigid Medical Center', 'warning'],
    ["The St. Bridgid's unit is calm.", "St. Bridgid's", 'error'],
  ])('catches %j', (text, at, severity) => {
    expect(line(text)).toEqual([
      {
        at,
        severity,
        message: `"${at}" is not how the company writes its name: "St. Brigid's Medical Center". People notice their employer's name spelled their way; write it as they do.`,
      },
    ]);
  });

  it.each([
    "Everyone at St. Brigid's was kind.",
    'St. Brigid’s has a fine unit.',
    "I was glad to see St. Brigid's Medical Centre.",
    'The medical team there was calm.',
  ])('leaves %j alone', (text) => {
    expect(line(text)).toEqual([]);
  });

  it('takes "and" for "&" and a dropped full stop as the same name', () => {
    const chef: Interview = { ...ACME, company: 'Brasa & Co.' };
    const context = { interview: chef, to: ACME.interviewers[0]!.name, kind: 'thank-you' as const };
    const text = (sentence: string) => `Hi Priya,\n\nThank you. ${sentence}\n\nBest,\nJordan Lee`;
    expect(found(text('Everyone at Brasa and Co was welcoming.'), context)).toEqual([]);
    expect(found(text("Brasa & Co's kitchen is calm."), context)).toEqual([]);
    expect(found(text('Everyone at Brassa & Co. was welcoming.'), context).map((hit) => hit.at)).toEqual(['Brassa & Co']);
  });
});
