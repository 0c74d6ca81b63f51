// After a no, the schedule plans no note or call it cannot deliver (src/model/schedule.ts,
// unreachableAfterNo). In Brasa & Co. (test/fixtures/interviews/brasa.json) Lin Yu wrote to Tomás
// but he never got her e-mail; here Chef Aoife called without leaving a number, too. Kwame told
// him the news on Tuesday, December 8. The schedule used to say "thanks after the decision to
// Chef Aoife Ní Bhriain, Kwame Mensah-Bonsu and Lin Yu: due today", and the calendar "Call Chef
// Aoife Ní Bhriain to thank them after the decision", a call to no number. Asking for an address
// after a no is a favour asked of people who just turned you down: they are left out, and one
// line says why and how to add an address if it comes.
import { describe, expect, it } from 'vitest';
import { kindsFor, reviewNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { withOutcome } from '../../../src/model/outcome.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Interview } from '../../../src/model/types.js';
import { brasaFile } from '../../helpers/brasa.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

function brasa(people: Record<string, Record<string, unknown>> = { 'Chef Aoife Ní Bhriain': { phone: undefined } }): Interview {
  const result = parseInterviewText(JSON.stringify(brasaFile(people)), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return withOutcome(result.interview, 'not-selected', '2026-12-08', 'Kwame Mensah-Bonsu');
}
const schedule = (interview: Interview, day: string) =>
  scheduleFor(interview, new Date(`${day}T17:00:00.000Z`), WEEKENDS_ONLY, US_WITH_YEARS);
const lines = (interview: Interview, day: string) =>
  schedule(interview, day).items.flatMap((item) => [
    describeItem(item, day, US_WITH_YEARS),
    ...(item.dropped === undefined ? [] : [`  ${item.dropped}`]),
  ]);
const ADD =
  'followup-coach export brasa-co-sous-chef > brasa-co-sous-chef.json, your edit, and followup-coach import brasa-co-sous-chef.json --replace';

describe('after a no, nobody without an address is planned a note', () => {
  it('thanks and keeps in touch with Kwame only, and says why the others are left out', () => {
    expect(lines(brasa(), '2026-12-09')).toEqual([
      'thanks after the decision to Kwame Mensah-Bonsu: due today',
      '  You have no e-mail address or phone number for Chef Aoife Ní Bhriain and Lin Yu, so no note after the decision can reach them. ' +
        `After a no, it is best not to ask anyone for contact details, so the schedule leaves them out. If they arrive, add them with ${ADD}.`,
      'stay-in-touch note to Kwame Mensah-Bonsu: not before Tuesday, March 9, 2027',
    ]);
  });

  it('names the one address missing when only one is', () => {
    const [first] = schedule(brasa({}), '2026-12-09').items;
    expect(first!.to).toEqual(['Chef Aoife Ní Bhriain', 'Kwame Mensah-Bonsu']);
    expect(first!.dropped).toBe(
      'You have no e-mail address for Lin Yu, so no note after the decision can reach them. ' +
        `After a no, it is best not to ask anyone for contact details, so the schedule leaves them out. If it arrives, add it with ${ADD}.`,
    );
  });

  it('still says so once the thanks are sent, on the stay-in-touch step', () => {
    const thanked = {
      ...brasa(),
      sent: [{ kind: 'not-selected' as const, to: 'Kwame Mensah-Bonsu', at: '2026-12-09T17:00:00.000Z' }],
    };
    const [only, ...rest] = schedule(thanked, '2026-12-10').items;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'stay-in-touch', to: ['Kwame Mensah-Bonsu'] });
    expect(only!.dropped).toContain('for Chef Aoife Ní Bhriain and Lin Yu, so no note after the decision can reach them');
  });

  it('once the number is added, Chef Aoife is due her call again', () => {
    expect(lines(brasa({ 'Chef Aoife Ní Bhriain': { phone: '+1 312 555 0180' } }), '2026-12-09')[0]).toBe(
      'thanks after the decision to Chef Aoife Ní Bhriain and Kwame Mensah-Bonsu: due today',
    );
  });

  it('plans no reply to an off-panel teller with neither address, and says so', () => {
    const told = withOutcome(sampleInterview({ recruiter: { name: 'Dana Kim' } }), 'not-selected', '2026-12-01', 'Dana Kim');
    const [first] = schedule(told, '2026-12-02').items;
    expect(first!.to).toEqual(['Priya Raghunathan', 'Sam Ortiz']);
    expect(first!.dropped).toMatch(/^You have no e-mail address for Dana Kim, so no note after the decision can reach them/);
  });

  it('leaves the schedule of an interview where everyone can be reached as it was', () => {
    const told = withOutcome(sampleInterview(), 'not-selected', '2026-12-01', 'Priya');
    expect(schedule(told, '2026-12-02').items.every((item) => item.dropped === undefined)).toBe(true);
  });

  it('the review, like the schedule, has notes only for those it can reach, and no contact request', () => {
    expect(reviewNotes(brasa()).map((note) => `${note.kind} -> ${note.to}`)).toEqual(['not-selected -> Kwame Mensah-Bonsu']);
    expect(kindsFor(brasa())).not.toContain('contact-request');
  });
});
