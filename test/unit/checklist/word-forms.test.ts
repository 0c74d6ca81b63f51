// Words made from words Harper knows (word-forms.ts): a trade's clipped form, a prefix or an
// ending on a word. Each class with the words it leaves alone and the slips it still reports.
// Runs the real Harper worker.
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { formProbes, knownForms } from '../../../src/checklist/word-forms.js';
import type { RawLint } from '../../../src/checklist/harper-map.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();
const words = knownWordsFor({});
const flagged = async (text: string) => (await spellChecker().lint(text, words)).map((f) => `${f.rule} ${f.excerpt}`);

describe('clipped forms of learned words', () => {
  it('takes "topo" and "ortho" for topography and orthopaedics', async () => {
    expect(await flagged('I pulled the topo for the drainage project and ran an outpatient ortho clinic.')).toEqual([]);
  });

  it('still reports a short slip that ends in o', async () => {
    expect(await flagged('I will call tomorro about the job, and I hope to be ther.')).toEqual([
      'spelling tomorro',
      'spelling ther',
    ]);
  });
});

describe('a prefix or an ending on a word Harper knows', () => {
  it.each([
    'The rebacking demonstration was the best part of the day.',
    'I have run about forty sedated tests and a handful unsedated.',
    'We usually find out about hypoventilation late.',
    'I mixed up diacetyl with another off-flavour at first.',
    'I am still working out the basics of bolt tensioning.',
    'I have only ever hopped a small fermenter by hand.',
    'The log you keep by the uncapper was the part I remember.',
  ])('leaves %j alone', async (text) => {
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports the slips that read as a prefix or an ending on a word', async () => {
    // "occured" is "occurred" short of an r, "comming" "coming" with an m typed twice; "bee" in
    // "beeing" is too short to be taken as the word it is made from, and "argue" drops its e.
    expect(await flagged('It occured to me today, beeing there and comming back, that I was argueing.')).toEqual([
      'spelling occured',
      'spelling beeing',
      'spelling comming',
      'spelling argueing',
    ]);
  });
});

describe('an ending that keeps the spelling of a word Harper knows', () => {
  // Words of the Debian word lists (wamerican-huge, wbritish-huge) that Harper 2.10 lacks, each
  // made from one it has: a plural, a noun of a quality, an adverb, a doer.
  it.each([
    'The abeyances in the old contracts were the part I had not expected.',
    'We talked about how the kitchen preps its celeriacs for the winter menu.',
    'I liked the drollness of the safety briefing more than I can say.',
    'The inoculators in the back lab were older than I had imagined.',
    'She smirkingly admitted the schedule had never once held.',
  ])('leaves %j alone', async (text) => {
    expect(await flagged(text)).toEqual([]);
  });

  it('still reports a word respelt at its joint, and a contraction without its apostrophe', async () => {
    // Harper offers "happiness", "argument", "truly" and "noticeable": the same word and ending,
    // spelt as English joins them, so these are slips, not "happy" or "argue" with an ending.
    expect(await flagged('Theres happyness in a good arguement, truely, and a noticable calm.')).toEqual([
      'spelling Theres',
      'spelling happyness',
      'spelling arguement',
      'spelling truely',
      'spelling noticable',
    ]);
  });
});

describe("a word Harper knows with 's on it", () => {
  it('leaves "whenever\'s" alone and still reports a misspelt word with its \'s', async () => {
    expect(await flagged("Call me whenever's good; the compnay's plan and the goverment's notes were kind.")).toEqual([
      "spelling compnay's",
      "spelling goverment's",
    ]);
  });
});

describe('formProbes', () => {
  const lint = (problem: string, suggestions: string[]): RawLint => ({
    start: 0,
    end: problem.length,
    rule: 'SpellCheck',
    kind: 'Spelling',
    message: '',
    problem,
    suggestions,
  });

  it('asks only about words that may be made from another, once each', () => {
    const probe = formProbes([lint('tensioning', ['pensioning']), lint('tensioning', []), lint('qwrtz', [])]);
    expect([...probe!.spans.keys()]).toEqual(['tensioning']);
    expect(probe!.text).toBe('tension\n\n');
    expect(knownForms(probe!, [])).toEqual(new Set(['tensioning']));
    expect(knownForms(probe!, [{ ...lint('tension', []), start: 0, end: 7 }])).toEqual(new Set());
    expect(formProbes([lint('occured', ['occurred'])])).toBeNull();
  });
});
