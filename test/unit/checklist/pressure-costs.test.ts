// Issue #13: pressure aimed at the reader without "ASAP": the costs the writer lists for them
// ("lost a weekend's pay") and hurry said gently ("sooner rather than later").
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient } from '../../../src/checklist/rules/tone.js';

const count = (text: string) => toneImpatient(parseDraft(text), {}).length;

describe('tone-impatient: costs and gentle hurry', () => {
  it.each([
    "I have moved three shifts and lost a weekend's pay to make these interviews.",
    'I gave up two days of leave to come in for the second round.',
    'I would appreciate some clarity from you sooner rather than later.',
  ])('flags %j', (text) => expect(count(text)).toBe(1));

  it.each([
    'I gave up a holiday job to study for my B1 licence.',
    'I lost a patient on my first night shift, and it taught me to escalate early.',
    'I would rather start sooner than later in the new year, if that suits the team.',
  ])('leaves %j alone', (text) => expect(count(text)).toBe(0));
});
