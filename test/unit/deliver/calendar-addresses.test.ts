// A calendar event for a step to someone you have no address for says so in its description,
// whatever the step: a thank-you as much as a follow-up, a call as much as a note.
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../../../src/deliver/calendar-events.js';
import { calendarMessages } from '../../../src/deliver/messages.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

// Priya wrote (no e-mail address here), Sam phoned (no number here); Dana, the recruiter, has both.
const lacking = sampleInterview({
  interviewers: sampleInterview().interviewers.map((p) => ({ ...p, email: undefined, phone: undefined })),
});
const events = calendarEvents([lacking], new Date('2026-11-24T12:00:00Z'), WEEKENDS_ONLY, US_WITH_YEARS);
const event = (summary: string) => {
  const found = events.find((e) => e.summary.startsWith(summary));
  if (found === undefined) throw new Error(`no event "${summary}" among ${events.map((e) => e.summary).join(' | ')}`);
  return found;
};

describe('calendar events for people without an address', () => {
  it('a thank-you note to someone with no e-mail address says so', () => {
    expect(event('Send a thank-you to Priya Raghunathan').description).toMatch(
      /^You have no e-mail address for Priya Raghunathan yet\./,
    );
  });

  it('a thank-you call and a follow-up call to someone with no number say so', () => {
    const noNumber = calendarMessages.noAddressYet('Sam Ortiz', true);
    expect(event('Call Sam Ortiz to say thank you').description.startsWith(noNumber)).toBe(true);
    expect(event('Call Sam Ortiz to follow up').description.startsWith(noNumber)).toBe(true);
  });

  it('the request to the recruiter, who has an address, says nothing of the kind', () => {
    expect(event('Ask Dana Kim').description).not.toContain('You have no e-mail address for Dana Kim');
  });
});

describe('calendar titles use no pronoun the interview does not have', () => {
  it('the call after a no thanks the person by name, with no "them"', () => {
    const told = { ...sampleInterview(), status: 'not-selected' as const, statusOn: '2026-11-30' };
    const titles = calendarEvents([told], new Date('2026-11-30T12:00:00Z'), WEEKENDS_ONLY, US_WITH_YEARS).map(
      (e) => `${e.summary} / ${e.alarm}`,
    );
    expect(titles).toContain(
      'Call Sam Ortiz with your thanks after the decision: Acme Robotics / Today: call Sam Ortiz with your thanks after the decision (Acme Robotics)',
    );
    for (const title of titles) expect(title).not.toMatch(/\b(them|him|her)\b/);
  });
});
