// What regen writes without --kind: the first note due now, to the first person still waiting.
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';
import { describe, expect, it } from 'vitest';
import { dueChoice } from '../../../src/commands/regen/due.js';
import type { SentEntry } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const now = new Date('2026-11-25T09:00:00Z');
const thanked = (to: string): SentEntry => ({ kind: 'thank-you', to, at: '2026-11-24T18:00:00.000Z' });
const summary = (choice: ReturnType<typeof dueChoice>) =>
  choice.kind === 'write'
    ? [choice.item.kind, choice.person]
    : [choice.next?.kind ?? null, choice.next?.notBefore ?? null, choice.done];

describe('dueChoice', () => {
  it('skips whoever already has the note due', () => {
    expect(summary(dueChoice(sampleInterview(), now, WEEKENDS_ONLY, US_WITH_YEARS))).toEqual(['thank-you', 'Priya Raghunathan']);
    expect(
      summary(dueChoice(sampleInterview({ sent: [thanked('Priya Raghunathan')] }), now, WEEKENDS_ONLY, US_WITH_YEARS)),
    ).toEqual(['thank-you', 'Sam Ortiz']);
  });

  it('with --to, the first note due for that person, by given name or surname', () => {
    expect(summary(dueChoice(sampleInterview(), now, WEEKENDS_ONLY, US_WITH_YEARS, 'Ortiz'))).toEqual(['thank-you', 'Sam Ortiz']);
    const priyaDone = sampleInterview({ sent: [thanked('Priya Raghunathan')] });
    expect(dueChoice(priyaDone, now, WEEKENDS_ONLY, US_WITH_YEARS, 'priya')).toMatchObject({
      kind: 'nothing',
      person: 'Priya Raghunathan',
    });
  });

  it('nothing due now: the next item and when, not a note', () => {
    const both = sampleInterview({ sent: [thanked('Priya Raghunathan'), thanked('Sam Ortiz')] });
    expect(summary(dueChoice(both, now, WEEKENDS_ONLY, US_WITH_YEARS))).toEqual(['follow-up', '2026-12-07', null]);
    expect(summary(dueChoice(sampleInterview({ status: 'offer' }), now, WEEKENDS_ONLY, US_WITH_YEARS))).toEqual([
      null,
      null,
      'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.',
    ]);
  });
});
