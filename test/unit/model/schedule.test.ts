import { describe, expect, it } from 'vitest';
import { scheduleMessages as m } from '../../../src/model/schedule-messages.js';
import { composeNotes } from '../../../src/compose/compose.js';
import { followUpHoldFor, followUpNotBefore, scheduleFor } from '../../../src/model/schedule.js';
import type { Interview, SentEntry } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

// The sample: Acme, Tuesday, November 24, 2026, Priya (e-mail) and Sam (phone, no address), recruiter Dana,
// "by the end of next week" = Friday, December 4, 2026. Tests run with TZ=UTC.
const at = (day: string, time = '17:00:00.000Z') => new Date(`${day}T${time}`);
const sent = (kind: SentEntry['kind'], to: string, day: string): SentEntry => ({ kind, to, at: `${day}T17:00:00.000Z` });
const brief = (interview: Interview, now: Date) =>
  scheduleFor(interview, now, WEEKENDS_ONLY, US_WITH_YEARS).items.map(({ kind, to, notBefore, recommended, by, state }) => ({
    kind,
    to,
    notBefore,
    recommended,
    by,
    state,
  }));

describe('on the day of the interview', () => {
  it('thanks everyone, then waits for the decision date', () => {
    const schedule = scheduleFor(sampleInterview(), at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(brief(sampleInterview(), at('2026-11-24'))).toEqual([
      {
        kind: 'thank-you',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2026-11-24',
        recommended: '2026-11-24',
        by: '2026-11-25',
        state: 'due',
      },
      // Decision Fri 4 Dec: from the first business day after it, Mon 7 Dec (never "Sat 5 Dec"), to Tue 8 Dec.
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2026-12-07',
        recommended: '2026-12-07',
        by: '2026-12-08',
        state: 'upcoming',
      },
      {
        kind: 'voicemail',
        to: ['Sam Ortiz'],
        notBefore: '2026-12-07',
        recommended: '2026-12-07',
        by: '2026-12-08',
        state: 'upcoming',
      },
    ]);
    expect(schedule.next).toBe(schedule.items[0]);
    expect(schedule.done).toBeNull();
    expect(schedule.items[0]?.why).toBe(
      'Thank-you notes go out within 24 hours of the interview: send them by the end of Wednesday, November 25, 2026.',
    );
    expect(schedule.items[1]?.why).toBe(
      'They said "by the end of next week" (Friday, December 4, 2026). Following up before that passes looks impatient: ' +
        'the right time is Monday, December 7, 2026 to Tuesday, December 8, 2026.',
    );
    expect(schedule.items[2]?.why.startsWith('Sam Ortiz reached you by phone, so follow up with a call')).toBe(true);
  });

  it('asks for an address only when it is missing for the medium used, as compose does', () => {
    const [priya, sam] = sampleInterview().interviewers;
    if (!priya || !sam) throw new Error('sample');
    // Sam used the phone and his number is known: no e-mail needed.
    expect(brief(sampleInterview(), at('2026-11-24')).map((i) => i.kind)).not.toContain('contact-request');
    const noPhone = sampleInterview({ interviewers: [priya, { ...sam, phone: undefined }] });
    const noMail = sampleInterview({ interviewers: [{ ...priya, email: undefined }, sam] });
    const both = sampleInterview({
      interviewers: [
        { ...priya, email: undefined },
        { ...sam, phone: undefined },
      ],
    });
    for (const interview of [noPhone, noMail, both]) {
      expect(brief(interview, at('2026-11-24'))[0]).toEqual({
        kind: 'contact-request',
        to: ['Dana Kim'],
        notBefore: '2026-11-24',
        recommended: '2026-11-24',
        by: '2026-11-25',
        state: 'due',
      });
    }
    expect(scheduleFor(noPhone, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.why).toBe(
      'You have no phone number for Sam Ortiz. Ask Dana Kim for it and say it is for a thank-you note.',
    );
    expect(scheduleFor(noMail, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.why).toBe(
      'You have no e-mail address for Priya Raghunathan. Ask Dana Kim for it and say it is for a thank-you note.',
    );
    expect(scheduleFor(both, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.why).toBe(
      'You have no e-mail address or phone number for Priya Raghunathan and Sam Ortiz. Ask Dana Kim for it and say it is for a thank-you note.',
    );
    // An e-mail person with no phone, or a phone person with no e-mail, lacks nothing.
    const reachable = sampleInterview({
      interviewers: [
        { ...priya, phone: undefined },
        { ...sam, email: undefined },
      ],
    });
    expect(brief(reachable, at('2026-11-24')).map((i) => i.kind)).toEqual(['thank-you', 'follow-up', 'voicemail']);
  });

  it('without a recruiter, asks the interviewer compose asks, in her own thank-you', () => {
    const [priya, sam] = sampleInterview().interviewers;
    if (!priya || !sam) throw new Error('sample');
    const noRecruiter = sampleInterview({ recruiter: undefined, interviewers: [priya, { ...sam, phone: undefined }] });
    const items = scheduleFor(noRecruiter, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS).items;
    expect(items.map((item) => [item.kind, item.to])).toEqual([
      ['thank-you', ['Priya Raghunathan']],
      ['thank-you', ['Sam Ortiz']],
      ['follow-up', ['Priya Raghunathan']],
      ['voicemail', ['Sam Ortiz']],
    ]);
    expect(items[0]?.why).toBe(
      'You have no phone number for Sam Ortiz: your thank-you to Priya Raghunathan asks for it in one line, so send that one first. ' +
        'Thank-you notes go out within 24 hours of the interview: send them by the end of Wednesday, November 25, 2026.',
    );
    expect(() => composeNotes(noRecruiter, 'contact-request')).toThrow(/Priya Raghunathan sat on the panel/);
    const [thanks] = composeNotes(noRecruiter, 'thank-you', { to: 'Priya' });
    expect(thanks?.asksFor).toEqual(['Sam Ortiz']);
    expect(thanks?.body).toContain(
      'One small favor: could you share the phone number of Sam Ortiz with me, so that I can thank everyone I met?',
    );
    // Once asked, it is not due again; and with nobody to write to, there is nobody to ask.
    const asked = { ...noRecruiter, sent: [sent('contact-request', 'Priya Raghunathan', '2026-11-24')] };
    expect(brief(asked, at('2026-11-24')).map((i) => i.kind)).not.toContain('contact-request');
    const nobody = sampleInterview({
      recruiter: undefined,
      interviewers: [
        { ...priya, email: undefined },
        { ...sam, phone: undefined },
      ],
    });
    expect(brief(nobody, at('2026-11-24')).map((i) => i.kind)).not.toContain('contact-request');
  });

  it('the thank-you is still due at 23:59 the next day, and overdue the day after', () => {
    expect(scheduleFor(sampleInterview(), at('2026-11-25', '23:59:00.000Z'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.state).toBe(
      'due',
    );
    const late = scheduleFor(sampleInterview(), at('2026-11-26', '08:00:00.000Z'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(late.items.map((i) => [i.kind, i.state])).toEqual([
      ['thank-you', 'overdue'],
      ['follow-up', 'upcoming'],
      ['voicemail', 'upcoming'],
    ]);
    expect(late.items[0]?.why).toBe(m.thankYouLate('Wednesday, November 25, 2026'));
  });

  it('thanks only those not yet thanked, and asks for no address already asked for', () => {
    const interview = sampleInterview({
      sent: [sent('thank-you', 'Priya Raghunathan', '2026-11-24'), sent('contact-request', 'Dana Kim', '2026-11-24')],
    });
    expect(brief(interview, at('2026-11-25')).slice(0, 1)).toEqual([
      {
        kind: 'thank-you',
        to: ['Sam Ortiz'],
        notBefore: '2026-11-24',
        recommended: '2026-11-24',
        by: '2026-11-25',
        state: 'due',
      },
    ]);
  });
});

describe('the first follow-up after a given timeframe', () => {
  const thanked = sampleInterview({
    sent: [
      sent('contact-request', 'Dana Kim', '2026-11-24'),
      sent('thank-you', 'Priya Raghunathan', '2026-11-24'),
      sent('thank-you', 'Sam Ortiz', '2026-11-25'),
    ],
  });

  it('is upcoming through the weekend after the decision day, due from the next business day, overdue after two', () => {
    expect(brief(thanked, at('2026-12-04')).map((i) => i.state)).toEqual(['upcoming', 'upcoming']);
    expect(brief(thanked, at('2026-12-06')).map((i) => i.state)).toEqual(['upcoming', 'upcoming']);
    expect(brief(thanked, at('2026-12-07')).map((i) => i.state)).toEqual(['due', 'due']);
    expect(brief(thanked, at('2026-12-08')).map((i) => i.state)).toEqual(['due', 'due']);
    expect(brief(thanked, at('2026-12-09')).map((i) => i.state)).toEqual(['overdue', 'overdue']);
  });

  it('crosses the year end: "within ten business days" from Monday, December 28, 2026', () => {
    const interview = sampleInterview({
      date: '2026-12-28',
      timeframe: { text: 'within ten business days', date: '2027-01-11' },
      sent: [sent('thank-you', 'Priya Raghunathan', '2026-12-28')],
      interviewers: [sampleInterview().interviewers[0]!],
    });
    expect(brief(interview, at('2027-01-12'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2027-01-12',
        recommended: '2027-01-12',
        by: '2027-01-13',
        state: 'due',
      },
    ]);
  });

  it('never falls before the day after a late thank-you', () => {
    const interview = sampleInterview({
      timeframe: { text: 'tomorrow', date: '2026-11-25' },
      interviewers: [sampleInterview().interviewers[0]!],
      sent: [sent('thank-you', 'Priya Raghunathan', '2026-11-26')],
    });
    expect(brief(interview, at('2026-11-26'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2026-11-27',
        recommended: '2026-11-27',
        by: '2026-11-27',
        state: 'upcoming',
      },
    ]);
  });
});

describe('the first follow-up without a timeframe: 5 to 7 business days after the thank-you', () => {
  const priya = sampleInterview().interviewers[0]!;

  it('counts business days across a weekend and the month end', () => {
    // Thank-you Fri 27 Nov: 5 business days is Fri 4 Dec, 7 is Tue 8 Dec.
    const interview = sampleInterview({
      date: '2026-11-26',
      timeframe: null,
      interviewers: [priya],
      sent: [sent('thank-you', priya.name, '2026-11-27')],
    });
    const schedule = scheduleFor(interview, at('2026-12-03'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(brief(interview, at('2026-12-03'))).toEqual([
      {
        kind: 'follow-up',
        to: [priya.name],
        notBefore: '2026-12-04',
        recommended: '2026-12-04',
        by: '2026-12-08',
        state: 'upcoming',
      },
    ]);
    expect(schedule.items[0]?.why).toBe(
      'No decision date was given, so wait 5 business days after the thank-you (Friday, November 27, 2026): ' +
        'the right time is Friday, December 4, 2026 to Tuesday, December 8, 2026.',
    );
  });

  it('counts from when the thank-you was due when none is recorded', () => {
    // Due Wed 25 Nov: 5 business days is Wed 2 Dec.
    const interview = sampleInterview({ timeframe: null, interviewers: [priya] });
    expect(brief(interview, at('2026-11-24'))[1]).toEqual({
      kind: 'follow-up',
      to: [priya.name],
      notBefore: '2026-12-02',
      recommended: '2026-12-02',
      by: '2026-12-04',
      state: 'upcoming',
    });
  });

  it('crosses the year end', () => {
    const interview = sampleInterview({
      date: '2026-12-30',
      timeframe: null,
      interviewers: [priya],
      sent: [sent('thank-you', priya.name, '2026-12-30')],
    });
    expect(brief(interview, at('2027-01-06'))).toEqual([
      { kind: 'follow-up', to: [priya.name], notBefore: '2027-01-06', recommended: '2027-01-06', by: '2027-01-08', state: 'due' },
    ]);
  });

  it('treats words without a date the same way, and says so', () => {
    const interview = sampleInterview({
      timeframe: { text: 'after the holidays', date: null },
      interviewers: [priya],
      sent: [sent('thank-you', priya.name, '2026-11-24')],
    });
    const item = scheduleFor(interview, at('2026-11-25'), WEEKENDS_ONLY, US_WITH_YEARS).items[0];
    expect([item?.notBefore, item?.by]).toEqual(['2026-12-01', '2026-12-03']);
    expect(item?.why.startsWith('"after the holidays" gives no date, so wait 5 business days')).toBe(true);
  });
});

describe('the second follow-up, then stop', () => {
  const base = [
    sent('contact-request', 'Dana Kim', '2026-11-24'),
    sent('thank-you', 'Priya Raghunathan', '2026-11-24'),
    sent('thank-you', 'Sam Ortiz', '2026-11-25'),
  ];

  it('comes 10 to 14 days after the first, on a business day', () => {
    const interview = sampleInterview({
      sent: [...base, sent('follow-up', 'Priya Raghunathan', '2026-12-07'), sent('voicemail', 'Sam Ortiz', '2026-12-07')],
    });
    expect(brief(interview, at('2026-12-10'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2026-12-17',
        recommended: '2026-12-17',
        by: '2026-12-21',
        state: 'upcoming',
      },
      {
        kind: 'voicemail',
        to: ['Sam Ortiz'],
        notBefore: '2026-12-17',
        recommended: '2026-12-17',
        by: '2026-12-21',
        state: 'upcoming',
      },
    ]);
    expect(scheduleFor(interview, at('2026-12-10'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.why).toBe(
      m.secondFollowUp('Monday, December 7, 2026', 'Thursday, December 17, 2026', 'Monday, December 21, 2026'),
    );
  });

  it('ends on a business day: a last day that is a bank holiday moves to the next working day', () => {
    // A trial in England: the first follow-ups went on Monday 14 December 2026, and the second
    // was due "by Monday 28 December", the Boxing Day substitute bank holiday.
    const england = {
      weekend: WEEKENDS_ONLY.weekend,
      holidays: { '2026-12-25': 'Christmas Day', '2026-12-26': 'Boxing Day', '2026-12-28': 'Boxing Day (substitute day)' },
    };
    const interview = sampleInterview({
      sent: [...base, sent('follow-up', 'Priya Raghunathan', '2026-12-14')],
      interviewers: [sampleInterview().interviewers[0]!],
    });
    const [second] = scheduleFor(interview, at('2026-12-24'), england, US_WITH_YEARS).items;
    expect(second).toMatchObject({ kind: 'follow-up', notBefore: '2026-12-24', by: '2026-12-29', state: 'due' });
    expect(second?.why).toBe(
      m.secondFollowUp('Monday, December 14, 2026', 'Thursday, December 24, 2026', 'Tuesday, December 29, 2026') +
        m.holidays([
          { day: 'Friday, December 25, 2026', name: 'Christmas Day' },
          { day: 'Monday, December 28, 2026', name: 'Boxing Day (substitute day)' },
        ]),
    );
  });

  it('moves a weekend start to Monday, across the year end', () => {
    const interview = sampleInterview({
      sent: [...base, sent('follow-up', 'Priya Raghunathan', '2026-12-23')],
      interviewers: [sampleInterview().interviewers[0]!],
    });
    // 23 Dec + 10 = Saturday, January 2, 2027, so not before Mon 4 Jan; + 14 = Wed 6 Jan.
    expect(brief(interview, at('2027-01-04'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2027-01-04',
        recommended: '2027-01-04',
        by: '2027-01-06',
        state: 'due',
      },
    ]);
  });

  it('tracks each person: one has had a follow-up, the other not yet', () => {
    const interview = sampleInterview({ sent: [...base, sent('follow-up', 'Priya Raghunathan', '2026-12-07')] });
    expect(brief(interview, at('2026-12-08')).map((i) => [i.kind, i.to, i.notBefore, i.state])).toEqual([
      ['voicemail', ['Sam Ortiz'], '2026-12-07', 'due'],
      ['follow-up', ['Priya Raghunathan'], '2026-12-17', 'upcoming'],
    ]);
  });

  it('stops after two follow-ups and says so', () => {
    const interview = sampleInterview({
      sent: [
        ...base,
        sent('follow-up', 'Priya Raghunathan', '2026-12-07'),
        sent('voicemail', 'Sam Ortiz', '2026-12-07'),
        sent('follow-up', 'Priya Raghunathan', '2026-12-18'),
        sent('voicemail', 'Sam Ortiz', '2026-12-18'),
      ],
    });
    expect(scheduleFor(interview, at('2027-01-15'), WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      items: [],
      next: null,
      done: m.stopAfterTwo,
    });
  });
});

describe('other statuses', () => {
  it('offer and closed: nothing is due', () => {
    expect(scheduleFor(sampleInterview({ status: 'offer' }), at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      items: [],
      next: null,
      done: m.offer,
    });
    expect(scheduleFor(sampleInterview({ status: 'closed' }), at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      items: [],
      next: null,
      done: m.closed,
    });
  });

  it('not selected: the thanks for the news now, then a stay-in-touch note about three months later', () => {
    const interview = sampleInterview({ status: 'not-selected', sent: [sent('thank-you', 'Priya Raghunathan', '2026-11-24')] });
    expect(brief(interview, at('2026-12-02'))).toEqual([
      {
        kind: 'not-selected',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2026-11-24',
        recommended: '2026-11-24',
        by: null,
        state: 'due',
      },
      // Three months from today (Wed 2 Dec), as the thanks have not gone yet.
      {
        kind: 'stay-in-touch',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2027-03-02',
        recommended: '2027-03-02',
        by: null,
        state: 'upcoming',
      },
    ]);
  });

  it('not selected on a known day: the thanks within a day of it, late after', () => {
    const interview = sampleInterview({ status: 'not-selected', statusOn: '2026-11-30' });
    const items = scheduleFor(interview, at('2026-12-01'), WEEKENDS_ONLY, US_WITH_YEARS).items;
    expect(items[0]).toMatchObject({ kind: 'not-selected', notBefore: '2026-11-30', by: '2026-12-01', state: 'due' });
    expect(items[0]?.why).toContain('within a day (by the end of Tuesday, December 1, 2026)');
    expect(scheduleFor(interview, at('2026-12-02'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]).toMatchObject({
      kind: 'not-selected',
      state: 'overdue',
      why: m.notSelectedLate('Tuesday, December 1, 2026'),
    });
  });

  it('not selected on a Friday: the thanks are due by Monday, not on the Saturday', () => {
    const interview = sampleInterview({ status: 'not-selected', statusOn: '2026-12-11' });
    expect(brief(interview, at('2026-12-12'))[0]).toMatchObject({ kind: 'not-selected', by: '2026-12-14', state: 'due' });
    expect(brief(interview, at('2026-12-15'))[0]).toMatchObject({ kind: 'not-selected', state: 'overdue' });
  });

  it('not selected: a week of business days on, the thanks are dropped for the stay-in-touch note, which says so', () => {
    const interview = sampleInterview({ status: 'not-selected', statusOn: '2026-12-11' });
    // Five business days after Fri 11 Dec is Fri 18 Dec: still the thanks, late.
    expect(brief(interview, at('2026-12-18'))[0]).toMatchObject({ kind: 'not-selected', state: 'overdue' });
    // From the Monday after, the three months count from the news: 11 Mar 2027, a Thursday.
    const later = scheduleFor(interview, at('2026-12-21'), WEEKENDS_ONLY, US_WITH_YEARS);
    expect(later.items).toEqual([
      {
        kind: 'stay-in-touch',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2027-03-11',
        recommended: '2027-03-11',
        by: null,
        state: 'upcoming',
        why: m.notSelectedLapsed('Friday, December 11, 2026') + m.stayInTouch('Thursday, March 11, 2027'),
        dropped: m.notSelectedLapsed('Friday, December 11, 2026').trim(),
      },
    ]);
    expect(brief(interview, at('2027-03-15'))).toMatchObject([{ kind: 'stay-in-touch', state: 'due' }]);
  });

  it('not selected: once the thanks lapsed, names only those whose reply is not on record', () => {
    // Dana told the news (off the panel); her reply and Priya's went, Sam's did not.
    const interview = sampleInterview({
      status: 'not-selected',
      statusOn: '2026-12-11',
      toldBy: 'Dana Kim',
      sent: [sent('not-selected', 'Dana Kim', '2026-12-11'), sent('not-selected', 'Priya Raghunathan', '2026-12-11')],
    });
    const [first] = scheduleFor(interview, at('2027-03-15'), WEEKENDS_ONLY, US_WITH_YEARS).items;
    expect(first?.dropped).toBe(m.notSelectedLapsed('Friday, December 11, 2026', ['Sam Ortiz']).trim());
    expect(first?.dropped).toContain('did not go out to Sam Ortiz within the week');
    // Everyone's on record: nothing lapsed, so nothing is said.
    const all = { ...interview, sent: [...interview.sent, sent('not-selected', 'Sam Ortiz', '2026-12-11')] };
    expect(scheduleFor(all, at('2027-03-15'), WEEKENDS_ONLY, US_WITH_YEARS).items[0]?.dropped).toBeUndefined();
  });

  it('not selected: counts the three months from the thanks that went, to a business day', () => {
    const interview = sampleInterview({
      status: 'not-selected',
      sent: [sent('not-selected', 'Priya Raghunathan', '2026-11-28'), sent('not-selected', 'Sam Ortiz', '2026-11-28')],
    });
    // 28 Nov + 3 months = Sunday, February 28, 2027: Mon 1 Mar.
    expect(brief(interview, at('2027-03-01'))).toEqual([
      {
        kind: 'stay-in-touch',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2027-03-01',
        recommended: '2027-03-01',
        by: null,
        state: 'due',
      },
    ]);
    expect(brief(interview, at('2027-02-26'))[0]).toMatchObject({ state: 'upcoming' });
  });

  it("not selected: one person's stay-in-touch note ends their step alone", () => {
    const interview = sampleInterview({
      status: 'not-selected',
      sent: [
        sent('not-selected', 'Priya Raghunathan', '2026-11-26'),
        sent('not-selected', 'Sam Ortiz', '2026-11-26'),
        sent('stay-in-touch', 'Priya Raghunathan', '2027-02-26'),
      ],
    });
    // 26 Nov + 3 months = Friday, February 26, 2027, when Priya's went; Sam's is still to write.
    expect(brief(interview, at('2027-03-01'))).toEqual([
      {
        kind: 'stay-in-touch',
        to: ['Sam Ortiz'],
        notBefore: '2027-02-26',
        recommended: '2027-02-26',
        by: null,
        state: 'due',
      },
    ]);
  });

  it('not selected: done once both stay-in-touch notes have gone', () => {
    const interview = sampleInterview({
      status: 'not-selected',
      sent: [
        sent('not-selected', 'Priya Raghunathan', '2026-11-26'),
        sent('not-selected', 'Sam Ortiz', '2026-11-26'),
        sent('stay-in-touch', 'Priya Raghunathan', '2026-12-28'),
        sent('stay-in-touch', 'Sam Ortiz', '2027-03-01'),
      ],
    });
    expect(scheduleFor(interview, at('2027-03-02'), WEEKENDS_ONLY, US_WITH_YEARS)).toEqual({
      items: [],
      next: null,
      done: m.stayedInTouch,
    });
  });
});

describe('no follow-up window ever opens on a weekend', () => {
  it('for any decision day and any day the last follow-up went', () => {
    const weekend = (day: string) => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());
    for (let offset = 0; offset < 21; offset += 1) {
      const day = new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);
      const first = sampleInterview({ timeframe: { text: 'soon', date: day } });
      const second = sampleInterview({
        sent: [sent('follow-up', 'Priya Raghunathan', day), sent('voicemail', 'Sam Ortiz', day)],
      });
      for (const interview of [first, second]) {
        const items = scheduleFor(interview, at('2026-11-24'), WEEKENDS_ONLY, US_WITH_YEARS).items.filter(
          (i) => i.kind === 'follow-up' || i.kind === 'voicemail',
        );
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect([day, item.notBefore, weekend(item.notBefore)]).toEqual([day, item.notBefore, false]);
        expect(followUpNotBefore(interview, WEEKENDS_ONLY)).toBe(items[0]?.notBefore);
      }
    }
  });
});

describe('followUpNotBefore', () => {
  it('is the first business day after the decision date, then 10 days after the last follow-up', () => {
    expect(followUpNotBefore(sampleInterview(), WEEKENDS_ONLY)).toBe('2026-12-07');
    // A decision on a Wednesday: Thursday.
    expect(followUpNotBefore(sampleInterview({ timeframe: { text: 'by Wednesday', date: '2026-12-02' } }), WEEKENDS_ONLY)).toBe(
      '2026-12-03',
    );
    expect(followUpNotBefore(sampleInterview({ timeframe: null }), WEEKENDS_ONLY)).toBe('2026-12-02');
    const both = [sent('follow-up', 'Priya Raghunathan', '2026-12-07'), sent('voicemail', 'Sam Ortiz', '2026-12-08')];
    expect(followUpNotBefore(sampleInterview({ sent: both }), WEEKENDS_ONLY)).toBe('2026-12-17');
  });

  it("is the soonest anyone's: one person's follow-up does not start the others' second wait", () => {
    const interview = sampleInterview({ sent: [sent('voicemail', 'Sam Ortiz', '2026-12-07')] });
    expect(followUpNotBefore(interview, WEEKENDS_ONLY)).toBe('2026-12-07');
    const [priya, sam] = interview.interviewers;
    expect(followUpHoldFor(interview, priya!, WEEKENDS_ONLY)).toEqual({
      notBefore: '2026-12-07',
      waitsFor: 'decision',
      since: '2026-12-04',
    });
    expect(followUpHoldFor(interview, sam!, WEEKENDS_ONLY)).toEqual({
      notBefore: '2026-12-17',
      waitsFor: 'last-follow-up',
      since: '2026-12-07',
    });
  });
});

describe('a follow-up never shares a day with a late thank-you', () => {
  // The library interview: Monday, November 23, one interviewer who only used the phone,
  // "by Friday" = Friday, November 27. On Tuesday, December 1 no thank-you call has gone yet.
  const lan = {
    name: 'Nguyễn Thị Lan',
    title: 'Branch Manager',
    phone: '+1 555 0199',
    medium: 'phone' as const,
    topics: ['the teen advisory board'],
  };
  const library = sampleInterview({
    date: '2026-11-23',
    interviewers: [lan],
    timeframe: { text: 'by Friday', date: '2026-11-27' },
  });

  it('the thank-you call today; the follow-up call a business day later, and the reason says so', () => {
    expect(brief(library, at('2026-12-01'))).toEqual([
      {
        kind: 'thank-you',
        to: [lan.name],
        notBefore: '2026-11-23',
        recommended: '2026-11-23',
        by: '2026-11-24',
        state: 'overdue',
      },
      {
        kind: 'voicemail',
        to: [lan.name],
        notBefore: '2026-12-02',
        recommended: '2026-12-02',
        by: '2026-12-02',
        state: 'upcoming',
      },
    ]);
    const call = scheduleFor(library, at('2026-12-01'), WEEKENDS_ONLY, US_WITH_YEARS).items[1]!;
    expect(call.why).toBe(
      'Nguyễn Thị Lan reached you by phone, so follow up with a call (the voicemail script is ready). ' +
        'They said "by Friday" (Friday, November 27, 2026). Following up before that passes looks impatient: ' +
        'the right time is Wednesday, December 2, 2026.' +
        ' Your thank-you comes first: the follow-up goes a business day after it at the soonest.',
    );
  });

  it('once the thank-you call is on record, the follow-up counts from the day it went', () => {
    const thanked = { ...library, sent: [sent('thank-you', lan.name, '2026-12-01')] };
    expect(brief(thanked, at('2026-12-01'))).toEqual([
      {
        kind: 'voicemail',
        to: [lan.name],
        notBefore: '2026-12-02',
        recommended: '2026-12-02',
        by: '2026-12-02',
        state: 'upcoming',
      },
    ]);
  });

  it('an e-mail follow-up waits for a late thank-you the same way', () => {
    const mail = sampleInterview({ date: '2026-11-23', timeframe: { text: 'by Friday', date: '2026-11-27' } });
    const followUp = brief(mail, at('2026-12-01')).find((item) => item.kind === 'follow-up');
    expect(followUp).toEqual({
      kind: 'follow-up',
      to: ['Priya Raghunathan'],
      notBefore: '2026-12-02',
      recommended: '2026-12-02',
      by: '2026-12-02',
      state: 'upcoming',
    });
  });
});

describe('each follow-up counts from that person’s own thank-you', () => {
  // No decision date: 5 business days after each one's own thank-you. Priya and Mei were thanked
  // on Tuesday, November 24; Sam's thank-you call went late, on Friday, November 27.
  const mei = { ...sampleInterview().interviewers[0]!, name: 'Mei Chen', email: 'mei@acme.example' };
  const interview = sampleInterview({
    timeframe: null,
    interviewers: [...sampleInterview().interviewers, mei],
    sent: [
      sent('thank-you', 'Priya Raghunathan', '2026-11-24'),
      sent('thank-you', 'Mei Chen', '2026-11-24'),
      sent('thank-you', 'Sam Ortiz', '2026-11-27'),
    ],
  });

  it('a late thank-you to one person does not push back the others’ follow-ups', () => {
    expect(brief(interview, at('2026-12-01'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan', 'Mei Chen'],
        notBefore: '2026-12-01',
        recommended: '2026-12-01',
        by: '2026-12-03',
        state: 'due',
      },
      {
        kind: 'voicemail',
        to: ['Sam Ortiz'],
        notBefore: '2026-12-04',
        recommended: '2026-12-04',
        by: '2026-12-08',
        state: 'upcoming',
      },
    ]);
  });

  it('a follow-up to one person starts only their second wait', () => {
    const called = { ...interview, sent: [...interview.sent, sent('follow-up', 'Priya Raghunathan', '2026-12-01')] };
    expect(brief(called, at('2026-12-02'))).toEqual([
      {
        kind: 'follow-up',
        to: ['Mei Chen'],
        notBefore: '2026-12-01',
        recommended: '2026-12-01',
        by: '2026-12-03',
        state: 'due',
      },
      {
        kind: 'voicemail',
        to: ['Sam Ortiz'],
        notBefore: '2026-12-04',
        recommended: '2026-12-04',
        by: '2026-12-08',
        state: 'upcoming',
      },
      {
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        notBefore: '2026-12-11',
        recommended: '2026-12-11',
        by: '2026-12-15',
        state: 'upcoming',
      },
    ]);
  });
});
