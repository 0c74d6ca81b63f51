// Issue #13, item 1: the tone rules judged on tone-whom-data.ts, sentences written for it before
// the rules changed. A scornful sentence must raise tone-scathing, a pushy one tone-impatient, and
// an innocent one neither. What the rules still get wrong is listed below by its text, and pinned
// as wrong: when a rule learns one, the pin fails and the sentence moves out of its list.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { RuleCheck } from '../../../src/checklist/types.js';
import { INNOCENT, PRESSURE, PROBED, SCORN } from './tone-whom-data.js';

const flags = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).length > 0;

/**
 * Scorn tone-scathing does not catch yet. Its trained tier (src/checklist/tone-scorer.ts) now warns of
 * three that were here: the forge that gets any orders, the first-week volunteer, the calendar.
 */
const SCORN_MISSED: ReadonlySet<string> = new Set([
  "Your site manager spent the walk-round telling me how everyone else fits glazing wrong, which was rich from someone who couldn't name a sealant.",
  'Lovely of you to book my driving assessment in rush hour and then mark me down for being slow.',
  'Your trainers clearly know a lot about dogs and nothing at all about people.',
  'Thanks ever so much for the payroll test, which I now realise was your actual month-end run.',
  'Your radiographers treated me like a student who had wandered in off the street.',
  "Your data team's idea of a technical interview is reciting trivia from a ten-year-old textbook.",
  'Bit rich to quiz me on attention to detail when your own advert spelled the job title wrong.',
  'The interviewers acted as if my twelve years on the buses counted for nothing.',
  "Well, that was an hour of my life I won't get back.",
  'Your company talks a big game about wellbeing, then leaves candidates sitting in a corridor for ninety minutes.',
  'Your hiring process is a maze designed by someone who has never had to walk through it.',
  // "I can only assume" went with the cues that judge no one (it fired on "I can only assume the role involves weekend cover")
  'I can only assume the fraud team picked its questions out of a hat.',
]);

/** Pressure tone-impatient does not catch yet. */
const PRESSURE_MISSED: ReadonlySet<string> = new Set([
  'I drove three hours each way for this, so a decision soon would only be fair.',
  'You told me a week; it has now been nineteen days.',
  "I've emailed, phoned and left a voicemail, and still nothing from your office.",
  "Please don't make me chase you again.",
  'Every day you take is a day another depot could snap me up.',
]);

/** Innocent sentences a tone rule still flags, with the rule. */
const FALSE_ALARMS: ReadonlyMap<string, 'tone-scathing' | 'tone-impatient'> = new Map([]);

describe('tone-scathing on scorn in new words', () => {
  it.each(SCORN.filter((text) => !SCORN_MISSED.has(text)))('flags %j', (text) => expect(flags(toneScathing, text)).toBe(true));
  it.each([...SCORN_MISSED])('does not yet catch %j', (text) => expect(flags(toneScathing, text)).toBe(false));
});

describe('tone-impatient on pressure in new words', () => {
  it.each(PRESSURE.filter((text) => !PRESSURE_MISSED.has(text)))('flags %j', (text) =>
    expect(flags(toneImpatient, text)).toBe(true),
  );
  it.each([...PRESSURE_MISSED])('does not yet catch %j', (text) => expect(flags(toneImpatient, text)).toBe(false));
});

describe('innocent sentences', () => {
  it.each(INNOCENT.filter((text) => !FALSE_ALARMS.has(text)))('leaves %j alone', (text) => {
    expect(flags(toneScathing, text)).toBe(false);
    expect(flags(toneImpatient, text)).toBe(false);
  });
  // Empty since the offer and restated-promise fixes; a false alarm found later is pinned here.
  if (FALSE_ALARMS.size > 0)
    it.each([...FALSE_ALARMS])('still flags %j (%s)', (text, rule) =>
      expect(flags(rule === 'tone-scathing' ? toneScathing : toneImpatient, text)).toBe(true),
    );
});

describe('innocent sentences aimed at the removed cues', () => {
  it.each(PROBED)('leaves %j alone', (text) => {
    expect(flags(toneScathing, text)).toBe(false);
    expect(flags(toneImpatient, text)).toBe(false);
  });
});

it('lists only sentences of the table, each once', () => {
  expect(SCORN.length + PRESSURE.length).toBeGreaterThanOrEqual(40);
  expect(INNOCENT.length).toBeGreaterThanOrEqual(40);
  expect([...SCORN_MISSED].filter((text) => !SCORN.includes(text))).toEqual([]);
  expect([...PRESSURE_MISSED].filter((text) => !PRESSURE.includes(text))).toEqual([]);
  expect([...FALSE_ALARMS.keys()].filter((text) => !INNOCENT.includes(text))).toEqual([]);
  const all = [...SCORN, ...PRESSURE, ...INNOCENT, ...PROBED];
  expect(new Set(all).size).toBe(all.length);
});
