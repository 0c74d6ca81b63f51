// Reading the greeting and the signature of a note as written: who it addresses, and the line
// under the closing.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { greetingOf, signatureOf } from '../../../src/checklist/people.js';

const addressees = (text: string) => greetingOf(parseDraft(text))?.addressees.map((span) => span.text) ?? null;
const signed = (text: string) => signatureOf(parseDraft(text))?.text ?? null;

describe('greetingOf', () => {
  it.each([
    ['Dear Priya,\n\nThank you.', ['Priya']],
    ['Hi Priya and Sam,\n\nThanks.', ['Priya', 'Sam']],
    ['HELLO Dr. Priya Raghunathan,\n\nThanks.', ['Priya Raghunathan']],
    ['Hiya Mr Ms Sam Ortiz!\n', ['Sam Ortiz']],
    ['Good  morning Priya,\n', ['Priya']],
    ['good evening team,\n', ['team']],
    ['Greetings all;\n', ['all']],
    ['Hey Sam, this is Jordan.\n', ['Sam']],
    ['Dear Prof Ada Lovelace,\n', ['Ada Lovelace']],
  ])('%j addresses %j', (text, names) => {
    expect(addressees(text)).toEqual(names);
  });

  it.each([
    ['a word that only starts like a greeting', 'Highly appreciated, Priya.\n'],
    ['a greeting glued to a digit', 'Hi2 Priya,\n'],
    ['"good" without a time of day', 'Good Priya,\n'],
    ['"goodmorning" as one word', 'Goodmorning Priya,\n'],
    ['no greeting at all', 'Thank you for your time yesterday.\n'],
  ])('finds none in %s', (_what, text) => {
    expect(addressees(text)).toBeNull();
  });
});

describe('signatureOf', () => {
  it.each([
    ['I enjoyed our talk.\n\nBest regards,\nJordan Lee\n', 'Jordan Lee'],
    ['I enjoyed our talk.\n\nTHANK YOU!\nJordan Lee\njordan@example.com\n', 'Jordan Lee'],
    ['I enjoyed our talk.\n\ncheers\nJo\n', 'Jo'],
    ['I enjoyed our talk.\n\nWith gratitude.\nJordan\n', 'Jordan'],
  ])('%j is signed %j', (text, name) => {
    expect(signed(text)).toBe(name);
  });

  it.each([
    ['a closing with two marks', 'I enjoyed our talk.\n\nBest regards,,\nJordan Lee\n'],
    ['a closing inside a sentence', 'I enjoyed our talk.\n\nBest regards to the team\nJordan Lee\n'],
    ['no closing', 'I enjoyed our talk.\nJordan Lee\n'],
  ])('finds none with %s', (_what, text) => {
    expect(signed(text)).toBeNull();
  });
});
