// Spelling on the words of other trades: credentials, measures, products and borrowed phrases
// are not typos, by their shape or the shipped lexicon, while a real typo beside them, or a
// scrambled word of the same shape, is still found. Runs the real Harper worker.
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { hasTradeShape, isTradeToken } from '../../../src/checklist/trade-shapes.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();

const words = knownWordsFor({});
const misspelled = async (text: string, known = words) =>
  (await spellChecker().lint(text, known)).filter((f) => f.rule === 'spelling').map((f) => f.excerpt);

describe('shapes that name things', () => {
  it.each([
    ['RDH', true],
    ['CPhT', true],
    ['RFIs', true],
    ['SpO2', true],
    ['pH', true],
    ['eGFR', true],
    ['iOS', true],
    ['QuickBooks', true],
    ['EPA608', true],
    ['mg/dL', true],
    ['LL.M', true],
    ['realy', false],
    ['Teh', false],
    ['definately', false],
    ['A', false],
  ])('%s -> %s', (token, expected) => expect(hasTradeShape(token)).toBe(expected));
});

describe('spelling in other trades', () => {
  it.each([
    // Nursing and care
    "Dana Reyes, RN, BSN, CCRN\nI kept the patient's SpO2 above 92% and trended her troponin on telemetry.",
    'On the step-down unit I titrated pressors and watched the eGFR and HbA1c of every diabetic patient.',
    'My CPhT and my years with Pyxis and Omnicell cabinets should help on the night shift.',
    // Law
    'As a JD with two years of voir dire and de novo appeals, I would enjoy the pro bono clinic.',
    'I drafted the mens rea section and checked every cite in Westlaw and LexisNexis.',
    'The modus operandi you described, vis-à-vis the night shift, made sense to me.',
    // Construction and the trades
    'I passed the EPA 608 and OSHA 30, and I track RFIs and submittals in Procore and Bluebeam.',
    'As an A&P mechanic I kept the logbooks, and I read the PE stamp on every drawing.',
    // Retail and hospitality
    'I reset planograms each week and ran the POS on iOS tablets.',
    'I learned mise en place as a commis and cooked sous vide for the banquet.',
    // Teaching, accounting and science
    'My PMP helped me run the summative assessments and the decodables in Schoology.',
    'I reconciled payables in QuickBooks and Xero, and I aliquoted samples to check the pH.',
    'My DVM classmates still laugh about the in vitro work we did on plasmids.',
  ])('leaves %j alone', async (text) => {
    expect(await misspelled(text)).toEqual([]);
  });

  it('still finds a typo beside trade words', async () => {
    expect(await misspelled('I realy enjoyed talking about troponin, SpO2 and the RN residency.')).toEqual(['realy']);
  });

  it('still finds a scrambled word whatever its shape', async () => {
    expect(await misspelled('I liked the iPhnoe demo and the RN residency.')).toEqual(['iPhnoe']);
  });

  it('accepts part of a borrowed phrase only inside the phrase', async () => {
    expect(await misspelled('The rea reason I applied is the team.')).toEqual(['rea']);
    expect(await misspelled('I studied mens rea in my first year.')).toEqual([]);
  });

  it('accepts endings of a known word', async () => {
    expect(await misspelled('I placed two cannulas and reset the Pyxis’s count.')).toEqual([]);
  });

  it("knows the words of the interview's own text", async () => {
    const interview: Interview = {
      ...ACME,
      strength: 'six years of hemodialysis on a Fresenius floor',
      interviewers: [{ ...ACME.interviewers[0]!, addition: 'my Carelog workflow notes' }],
    };
    const known = knownWordsFor({ interview });
    expect(await misspelled('Thank you. Carelog notes are attached, and Fresenius training is on my resume.', known)).toEqual([]);
    // A product two slips from an English word ("Catalog"); one far from every word is never reported.
    expect(await misspelled('Thank you. Carelog notes are attached.', words)).toEqual(['Carelog']);
  });
});

describe('grammar on correct sentences', () => {
  const grammar = async (text: string) =>
    (await spellChecker().lint(text, words)).filter((f) => f.rule === 'grammar').map((f) => f.excerpt);

  it.each([
    "I'm confident I could hit the ground running from day one.",
    'I appreciated your kind words about my time on the cardiac step-down unit.',
    'Their warm welcome made the long day on the site easy.',
    "I've said no to another position while I wait to hear.",
    'The crew voted no to the overtime plan, and I respected that.',
  ])('leaves %j alone', async (text) => {
    expect(await grammar(text)).toEqual([]);
  });

  it('still finds "no to" where "not to" was meant', async () => {
    expect(await grammar('I decided no to go there.')).toEqual(['no to']);
  });

  it('still asks for the capital of a product written in lower case', async () => {
    expect(await grammar('I track the stock counts in google sheets.')).toEqual(['google sheets']);
  });
});

describe('the token around a lint', () => {
  const lint = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, kind: 'Spelling', message: '', problem: word, suggestions: [] };
  };

  it('gives its shape to the part Harper flagged: "ICD-10", "mg/dL"', () => {
    expect(isTradeToken('Coded in ICD-10 daily.', lint('Coded in ICD-10 daily.', 'ICD'))).toBe(true);
    expect(isTradeToken('Glucose in mg/dL.', lint('Glucose in mg/dL.', 'dL'))).toBe(true);
  });

  it('is read at most 64 characters each side, so a pasted blob costs each lint the same', () => {
    const text = `I realy${'x'.repeat(100)}7 liked it.`;
    expect(isTradeToken(text, lint(text, 'realy'))).toBe(false);
    const near = `I realy${'x'.repeat(20)}7 liked it.`;
    expect(isTradeToken(near, lint(near, 'realy'))).toBe(true);
  });
});
