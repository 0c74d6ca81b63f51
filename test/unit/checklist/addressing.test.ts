import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { MESSAGES } from '../../../src/checklist/messages.js';
import { groupNote } from '../../../src/checklist/rules/group-note.js';
import { nameMismatch } from '../../../src/checklist/rules/name-mismatch.js';
import { wrongPerson } from '../../../src/checklist/rules/wrong-person.js';
import type { Hit } from '../../../src/checklist/types.js';
import { ACME, GLOBEX, GOOD_THANK_YOU } from './sample.js';

const at = (text: string, hits: readonly Hit[]) => hits.map((hit) => text.slice(hit.start, hit.end));
const priya = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const };

describe('group-note', () => {
  it.each([
    ['Hi Priya and Sam,\nThanks.', 'Priya and Sam'],
    ['Dear Priya, Sam,\nThanks.', 'Priya, Sam'],
    ['Hi team,\nThanks.', 'team'],
    ['Hello everyone!\nThanks.', 'everyone'],
    ['Hi Acme team,\nThanks.', 'Acme team'],
    ['Hi Priya,\nThank you both of you for the time.', 'you both'],
    ['Hi Priya,\nI enjoyed meeting each of you.', 'each of you'],
  ])('flags %j', (text, excerpt) => {
    expect(at(text, groupNote(parseDraft(text), {}))).toEqual([excerpt]);
  });

  it.each([
    'Hi Priya,\nThanks.',
    'Hi Sam, this is Jordan Lee calling.',
    'Hi Sam, This is Jordan.',
    'Dear Ms. van der Berg,\nThanks.',
    // A caller names themselves, then the number to call back: one person greeted.
    'Hey Shanice, Tomasz Zieliński, 614 555 0112. Thanks for the chat about the rekeying job.',
    'Hi Mr. Santiago, Deshawn Miller, +1 (901) 555-0137, calling to say thank you.',
    GOOD_THANK_YOU,
  ])('leaves %j alone', (text) => expect(groupNote(parseDraft(text), {})).toEqual([]));

  it('still flags two people greeted before a number', () => {
    const text = 'Hi Shanice, Tomasz, Maria, 614 555 0112 is my number.';
    expect(at(text, groupNote(parseDraft(text), {}))).toEqual(['Shanice, Tomasz']);
  });
});

describe('name-mismatch', () => {
  it('takes the greeting the candidate chose for that person, and still catches another name', () => {
    const robert = { ...ACME, interviewers: [{ ...ACME.interviewers[0]!, name: 'Robert Smith', greeting: 'Bob' }] };
    const context = { interview: robert, to: 'Robert Smith', kind: 'thank-you' as const };
    expect(nameMismatch(parseDraft('Dear Bob,\n\nThank you for your time.\n\nJordan Lee'), context)).toEqual([]);
    expect(nameMismatch(parseDraft('Dear Ines,\n\nThank you for your time.\n\nJordan Lee'), context)).toHaveLength(1);
  });

  it('flags a greeting to someone else', () => {
    const text = 'Hi Sam,\nThank you.';
    const hits = nameMismatch(parseDraft(text), priya);
    expect(at(text, hits)).toEqual(['Sam']);
    expect(hits[0]!.message).toContain('this note is for Priya Raghunathan');
  });

  it('calls a near miss of the name a misspelling, in the greeting and in the body', () => {
    const text = "Hi Pryia,\nThank you. Jordan Le here, and I loved Raghunatan's team.";
    const hits = nameMismatch(parseDraft(text), priya);
    expect(at(text, hits)).toEqual(['Pryia', "Raghunatan's"]);
    expect(hits[0]!.message).toContain('misspelling of Priya');
  });

  it('treats a dropped accent as a misspelled name', () => {
    const interview = { ...ACME, interviewers: [{ ...ACME.interviewers[0]!, name: 'José Álvarez' }] };
    const text = 'Hi Jose,\nThanks.';
    expect(at(text, nameMismatch(parseDraft(text), { interview, to: 'José Álvarez' }))).toEqual(['Jose']);
  });

  it('accepts first names, titles with surnames and nickname prefixes', () => {
    for (const greeting of ['Hi Priya,', 'Dear Ms. Raghunathan,', 'Dear Priya Raghunathan,', 'Hello Pri,']) {
      expect(nameMismatch(parseDraft(`${greeting}\nThanks.`), priya)).toEqual([]);
    }
  });

  it('flags a signature that is not the candidate', () => {
    const text = 'Hi Priya,\nThank you.\n\nBest regards,\nAlex Morgan';
    expect(at(text, nameMismatch(parseDraft(text), priya))).toEqual(['Alex Morgan']);
  });

  it('stays quiet without context', () => {
    expect(nameMismatch(parseDraft('Hi Sam,\nThanks.\n\nBest,\nAlex'), {})).toEqual([]);
  });

  it('passes the good note', () => {
    expect(nameMismatch(parseDraft(GOOD_THANK_YOU), priya)).toEqual([]);
  });
});

describe('wrong-person', () => {
  it("warns about another interviewer's name in the body", () => {
    const text = 'Hi Priya,\nI loved what Sam said about the OTA pipeline.';
    const hits = wrongPerson(parseDraft(text), priya);
    expect(at(text, hits)).toEqual(['Sam']);
    expect(hits[0]!.severity).toBe('warning');
  });

  it('flags a company and a person from another saved interview: the whole name as an error, a first name alone as a warning', () => {
    const text = 'Hi Priya,\nI would love to join Globex and work with Hank on it, as Hank Scorpio said.';
    const hits = wrongPerson(parseDraft(text), { ...priya, otherInterviews: [ACME, GLOBEX] });
    expect(at(text, hits)).toEqual(['Globex', 'Hank Scorpio']);
    expect(hits.map((hit) => hit.severity)).toEqual([undefined, undefined]);
    const first = 'Hi Priya,\nI would love to work with Hank on it.';
    expect(wrongPerson(parseDraft(first), { ...priya, otherInterviews: [GLOBEX] }).map((hit) => hit.severity)).toEqual([
      'warning',
    ]);
  });

  it('stays quiet without an interview, and on the good note', () => {
    expect(wrongPerson(parseDraft('Hi Priya, Globex.'), { to: 'Priya' })).toEqual([]);
    expect(wrongPerson(parseDraft(GOOD_THANK_YOU), { ...priya, otherInterviews: [GLOBEX] })).toEqual([]);
  });
});

describe('wrong-person in other words', () => {
  const priyaNote = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const };
  it('finds a colleague named by title and surname', () => {
    const text = 'Hi Priya,\nThank you. Mr. Ortiz, I enjoyed the talk about the fleet.';
    expect(at(text, wrongPerson(parseDraft(text), priyaNote))).toEqual(['Mr. Ortiz']);
    // Said of him with his own topic, the line may be left from his note.
    const topic = 'Hi Priya,\nThank you. Mr. Ortiz made the OTA update pipeline sound simple.';
    expect(at(topic, wrongPerson(parseDraft(topic), priyaNote))).toEqual(['Mr. Ortiz']);
    // Said of him in passing, it is a kind word.
    expect(wrongPerson(parseDraft('Hi Priya,\nThank you. Mr. Ortiz said the fleet is growing.'), priyaNote)).toEqual([]);
  });

  it("finds another interview's company without its legal form, in either Unicode form", () => {
    const bakery = { ...GLOBEX, id: 'boulangerie-lumiere', company: 'Boulangerie Lumière Ltd', interviewers: [] };
    const context = { ...priyaNote, otherInterviews: [bakery] };
    for (const text of [
      'Hi Priya,\nI would love to join Boulangerie Lumière.'.normalize('NFC'),
      'Hi Priya,\nI would love to join Boulangerie Lumière.'.normalize('NFD'),
    ]) {
      expect(wrongPerson(parseDraft(text), context).map((hit) => hit.message)).toEqual([
        MESSAGES.otherCompany('Boulangerie Lumière Ltd', 'Acme Robotics'),
      ]);
    }
  });

  it("leaves a short name alone when it is part of this company's name", () => {
    const other = { ...GLOBEX, id: 'acme-corp-teller', company: 'Acme Corp', interviewers: [] };
    const text = 'Hi Priya,\nI would love to join Acme Robotics.';
    expect(wrongPerson(parseDraft(text), { ...priyaNote, otherInterviews: [other] })).toEqual([]);
  });
});
