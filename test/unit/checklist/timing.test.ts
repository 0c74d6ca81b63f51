import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { MESSAGES } from '../../../src/checklist/messages.js';
import { lateThankYou, tooEarly } from '../../../src/checklist/rules/timing.js';
import { followUpNotBefore, scheduleFor } from '../../../src/model/schedule.js';
import { lapsedAddressLine } from '../../../src/model/contact-schedule.js';
import { ACME } from './sample.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

const draft = parseDraft('Hi Priya,\n\nFollowing up on our talk about Kafka.\n\nBest regards,\nJordan Lee');
const on = (day: string) => new Date(`${day}T12:00:00Z`);

describe('too-early agrees with the schedule', () => {
  // "By the end of next week" is Friday, December 4, 2026; the first business day after it is Mon 7 Dec.
  it('holds the follow-up through the weekend and says Monday, the day the schedule names', () => {
    expect(followUpNotBefore(ACME, WEEKENDS_ONLY)).toBe('2026-12-07');
    expect(
      scheduleFor(ACME, on('2026-12-05'), WEEKENDS_ONLY, US_WITH_YEARS).items.find((i) => i.kind === 'follow-up')?.notBefore,
    ).toBe('2026-12-07');
    for (const day of ['2026-12-04', '2026-12-05', '2026-12-06']) {
      const findings = tooEarly(draft, { interview: ACME, to: 'Priya Raghunathan', kind: 'follow-up', now: on(day) });
      expect(findings.map((f) => f.message.endsWith('Hold this note until Monday, December 7, 2026.'))).toEqual([true]);
    }
    expect(tooEarly(draft, { interview: ACME, to: 'Priya Raghunathan', kind: 'follow-up', now: on('2026-12-07') })).toEqual([]);
  });
});

describe('too-early holds the call that stands for a follow-up', () => {
  // Sam Ortiz reached the candidate by phone: his follow-up is the voicemail script.
  const call = parseDraft('Hello Sam, this is Jordan Lee. I am following up on the robot fleet.');
  const early = { interview: ACME, to: 'Sam Ortiz', kind: 'voicemail' as const, now: on('2026-12-01') };

  it('warns on a follow-up call before the decision date, with the same day as the e-mail', () => {
    expect(tooEarly(call, early).map((f) => f.message)).toEqual([
      'They said they would decide "by the end of next week", and that has not passed yet. Following up before the date they gave looks impatient. Hold this note until Monday, December 7, 2026.',
    ]);
    expect(tooEarly(call, { ...early, now: on('2026-12-07') })).toEqual([]);
  });

  it('stays quiet on the call after a no: that call thanks them, it does not chase a decision', () => {
    expect(tooEarly(call, { ...early, interview: { ...ACME, status: 'not-selected' } })).toEqual([]);
  });
});

describe('too-early says what the note waits for, never that a past date has not passed', () => {
  const at = (day: string) => `${day}T17:00:00.000Z`;
  const priya = { interview: ACME, to: 'Priya Raghunathan', kind: 'follow-up' as const };
  const messages = (context: Parameters<typeof tooEarly>[1]) => tooEarly(draft, context).map((f) => f.message);

  it('after a follow-up to this person: 10 to 14 days from it', () => {
    const interview = { ...ACME, sent: [{ kind: 'follow-up' as const, to: 'Priya Raghunathan', at: at('2026-12-07') }] };
    expect(messages({ ...priya, interview, now: on('2026-12-09') })).toEqual([
      'You followed up on Monday, December 7, 2026: give them 10 to 14 days before the next follow-up, or it reads as pressure. Hold this note until Thursday, December 17, 2026.',
    ]);
    expect(messages({ ...priya, interview, now: on('2026-12-17') })).toEqual([]);
  });

  it('a follow-up to someone else holds nobody else: Sam may still be called', () => {
    const interview = { ...ACME, sent: [{ kind: 'follow-up' as const, to: 'Priya Raghunathan', at: at('2026-12-07') }] };
    expect(messages({ interview, to: 'Sam Ortiz', kind: 'voicemail', now: on('2026-12-08') })).toEqual([]);
    // With no recipient given, only while nobody may be followed up yet.
    expect(messages({ interview, kind: 'follow-up', now: on('2026-12-08') })).toEqual([]);
  });

  it('past the decision date but the day of the thank-you: a business day after it', () => {
    const interview = {
      ...ACME,
      timeframe: { text: 'by Wednesday', date: '2026-11-25' },
      sent: [{ kind: 'thank-you' as const, to: 'Priya Raghunathan', at: at('2026-11-26') }],
    };
    expect(messages({ ...priya, interview, now: on('2026-11-26') })).toEqual([
      'Your thank-you went on Thursday, November 26, 2026: a follow-up comes at least a business day after it, so the two do not arrive together. Hold this note until Friday, November 27, 2026.',
    ]);
  });

  it('words that give no date: five business days after the thank-you', () => {
    const interview = { ...ACME, timeframe: { text: 'soon', date: null } };
    expect(messages({ ...priya, interview, now: on('2026-11-27') })).toEqual([
      'It is early for a follow-up: "soon" gives no date, so give them at least five business days after your thank-you. Hold this note until Wednesday, December 2, 2026.',
    ]);
  });
});

describe('late-thank-you', () => {
  const thanks = parseDraft('Dear Priya,\n\nThank you for the talk about Kafka.\n\nBest regards,\nJordan Lee');
  const context = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const, now: on('2026-12-08') };

  it('tells a note still to send that it is late, and to send it anyway', () => {
    expect(lateThankYou(thanks, context).map((f) => f.message)).toEqual([MESSAGES.lateThankYou(14)]);
  });

  it('speaks of a call on the script of a thank-you call', () => {
    const script = parseDraft('Hello Sam, this is Jordan Lee.\n\nI am calling with a quick thank-you for the interview.');
    const call = { ...context, to: 'Sam Ortiz', spoken: true };
    const [finding] = lateThankYou(script, call);
    expect(finding?.message).toBe(MESSAGES.lateThankYou(14, true));
    expect(finding?.message).toBe(
      'Your interview was 14 days ago, and thank-you calls are best made within 24 hours. Call anyway: a late thank-you still beats none, and most candidates never make one.',
    );
  });

  it('stays quiet on a thank-you already on record for this person, written again to copy or quote', () => {
    const sent = [{ kind: 'thank-you' as const, to: 'Priya Raghunathan', at: '2026-11-24T17:00:00.000Z' }];
    expect(lateThankYou(thanks, { ...context, interview: { ...ACME, sent } })).toEqual([]);
    // Someone else's thank-you on record does not excuse this one.
    const sams = [{ kind: 'thank-you' as const, to: 'Sam Ortiz', at: '2026-11-24T17:00:00.000Z' }];
    expect(lateThankYou(thanks, { ...context, interview: { ...ACME, sent: sams } })).toHaveLength(1);
  });

  it('says no "send it anyway" to someone the schedule leaves out: no address, and too late to ask for it', () => {
    // Sam reached the candidate by phone, and his number is missing: nobody can be called.
    const noNumber = {
      ...ACME,
      interviewers: ACME.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, phone: undefined } : p)),
    };
    const call = { interview: noNumber, to: 'Sam Ortiz', kind: 'thank-you' as const, now: on('2026-11-26') };
    expect(lateThankYou(thanks, call)).toEqual([]);
    expect(lapsedAddressLine(noNumber, '2026-11-26')).toContain("Too late to ask Dana Kim for Sam Ortiz's phone number");
    // Priya, whose address is known, is still told to send hers anyway.
    expect(lateThankYou(thanks, { ...call, to: 'Priya Raghunathan' }).map((f) => f.message)).toEqual([MESSAGES.lateThankYou(2)]);
  });
});
