import { describe, expect, it } from 'vitest';
import { kindsFor } from '../../../src/compose/compose.js';
import { byUrgency, describeItem, describeNext, nextDue } from '../../../src/model/due.js';
import { applicationSchedule } from '../../../src/model/round-schedule.js';
import { scheduleFor, type DueItem } from '../../../src/model/schedule.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

const item = (overrides: Partial<DueItem>): DueItem => ({
  kind: 'follow-up',
  to: ['Priya Raghunathan'],
  notBefore: '2026-12-07',
  recommended: '2026-12-07',
  by: '2026-12-08',
  state: 'upcoming',
  why: 'because',
  ...overrides,
});

describe('describeItem', () => {
  it.each([
    [item({}), 'follow-up to Priya Raghunathan: not before Monday, December 7, 2026'],
    [item({ state: 'due', by: '2026-11-25' }), 'follow-up to Priya Raghunathan: due today'],
    [item({ state: 'due' }), 'follow-up to Priya Raghunathan: due now, by Tuesday, December 8, 2026'],
    [
      item({ state: 'due', by: null, recommended: '2026-11-27' }),
      'follow-up to Priya Raghunathan: due now, best on Friday, November 27, 2026',
    ],
    [item({ state: 'due', by: null, recommended: '2026-11-20' }), 'follow-up to Priya Raghunathan: due now'],
    // Weeks late (the trial's Hollowbrook follow-up, seen in March): how late, and what still fits.
    [
      item({ state: 'overdue', by: '2026-11-04' }),
      'follow-up to Priya Raghunathan: 3 weeks past due (since Wednesday, November 4, 2026); a short, polite one saying you remain interested is still worth sending',
    ],
    [
      item({ state: 'overdue', by: '2026-08-25' }),
      'follow-up to Priya Raghunathan: 13 weeks past due (since Tuesday, August 25, 2026) with no answer; the role may be filled, so a stay-in-touch note fits better than asking for news',
    ],
    [
      item({ state: 'overdue', to: ['A', 'B', 'C'], by: '2026-11-21' }),
      'follow-up to A, B and C: overdue since Saturday, November 21, 2026; send it today',
    ],
  ])('words %j', (due, line) => {
    expect(describeItem(due, '2026-11-25', US_WITH_YEARS)).toBe(line);
  });
  it('reads every line as one sentence: no word of its own said twice ("call ... call today", "still ... still")', () => {
    const interview = sampleInterview();
    const lines: string[] = [];
    for (const kind of ['thank-you', 'follow-up', 'voicemail', 'not-selected', 'stay-in-touch'] as const)
      for (const to of [['Sam Ortiz'], ['Priya Raghunathan'], ['Priya Raghunathan', 'Sam Ortiz']])
        for (const [state, by, recommended] of [
          ['upcoming', '2026-12-07', '2026-12-07'],
          ['due', '2026-11-25', '2026-11-25'],
          ['due', '2026-12-08', '2026-12-07'],
          ['due', null, '2026-11-27'],
          ['due', null, '2026-11-20'],
          ['overdue', '2026-11-24', '2026-11-24'],
          ['overdue', '2026-11-04', '2026-11-04'],
          ['overdue', '2026-08-25', '2026-08-25'],
        ] as const)
          lines.push(
            describeItem({ ...item({ kind, to, state, by, recommended }), interview, round: null }, '2026-11-25', US_WITH_YEARS),
          );
    const twice = (line: string) => {
      // The names and days are the user's; what is left is the line's own wording.
      const own = line.replace(/Priya Raghunathan|Sam Ortiz|\w+day, \w+ \d+, \d{4}/g, '').toLowerCase();
      const words: string[] = own.match(/[a-z]{4,}/g) ?? [];
      return words.filter((word, i) => words.indexOf(word) !== i && !['thank', 'follow'].includes(word));
    };
    expect(lines.filter((line) => twice(line).length > 0)).toEqual([]);
  });

  // A trial's step line named a stay-in-touch note to someone the review wrote a call script for.
  it('names keeping in touch with someone there is only a number for as a call, and with a number and an address as a note', () => {
    const interview = sampleInterview();
    const step = (to: string[], via?: string) => ({
      ...item({ kind: 'stay-in-touch', to, state: 'due', by: null, recommended: '2026-11-20', via }),
      interview,
      round: null,
    });
    const words = (due: ReturnType<typeof step>) => describeItem(due, '2026-11-25', US_WITH_YEARS);
    expect(words(step(['Priya Raghunathan', 'Sam Ortiz']))).toBe(
      'stay-in-touch note to Priya Raghunathan and a call to Sam Ortiz: due now',
    );
    // Sam phoned, but with his address known he is written to, as the note is.
    const written = {
      ...interview,
      interviewers: interview.interviewers.map((p) => ({ ...p, email: `${p.name[0]}@acme.example` })),
    };
    expect(describeItem({ ...step(['Sam Ortiz']), interview: written }, '2026-11-25', US_WITH_YEARS)).toBe(
      'stay-in-touch note to Sam Ortiz: due now',
    );
    // Through a go-between every note is written to them.
    expect(words(step(['Sam Ortiz'], 'Dana Kim'))).toBe('stay-in-touch note to Sam Ortiz via Dana Kim: due now');
  });

  it('says to call when what is owed is a call: a voicemail, or a thank-you to people who only phoned', () => {
    const interview = sampleInterview();
    const overdue = (kind: DueItem['kind'], to: string[]) => ({
      ...item({ kind, to, state: 'overdue', by: '2026-11-24' }),
      interview,
      round: null,
    });
    const words = (due: ReturnType<typeof overdue>) => describeItem(due, '2026-11-25', US_WITH_YEARS);
    expect(words(overdue('thank-you', ['Sam Ortiz']))).toBe(
      'thank-you call to Sam Ortiz: overdue since Tuesday, November 24, 2026; make it today',
    );
    expect(words(overdue('voicemail', ['Sam Ortiz']))).toBe(
      'follow-up call to Sam Ortiz: overdue since Tuesday, November 24, 2026; make it today',
    );
    // A mail to one of them is still to send.
    expect(words(overdue('thank-you', ['Priya Raghunathan', 'Sam Ortiz']))).toBe(
      'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Tuesday, November 24, 2026; send and phone today',
    );
    // Three notes and a call are not "both".
    expect(words(overdue('thank-you', ['Priya Raghunathan', 'Lin Yu', 'Dana Kim', 'Sam Ortiz']))).toMatch(
      /: overdue since Tuesday, November 24, 2026; send and phone today$/,
    );
    // After a no, the thanks to a caller is a call too.
    const due = {
      ...item({ kind: 'not-selected', to: ['Priya Raghunathan', 'Sam Ortiz'], state: 'due', by: null }),
      interview,
      round: null,
    };
    expect(describeItem(due, '2026-11-25', US_WITH_YEARS)).toBe(
      'thanks after the decision to Priya Raghunathan and a call to Sam Ortiz: due now, best on Monday, December 7, 2026',
    );
  });
});

describe('nextDue', () => {
  const now = new Date('2026-11-25T09:00:00Z');

  it('is the thank-you the day after the interview', () => {
    expect(nextDue(sampleInterview(), now, WEEKENDS_ONLY, US_WITH_YEARS)).toMatchObject({
      kind: 'thank-you',
      to: ['Priya Raghunathan', 'Sam Ortiz'],
      line: 'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today',
    });
  });

  it('is nothing for an interview with an offer, and import says why', () => {
    const offer = sampleInterview({ status: 'offer' });
    expect(nextDue(offer, now, WEEKENDS_ONLY, US_WITH_YEARS)).toBeNull();
    expect(describeNext(applicationSchedule([offer], now, WEEKENDS_ONLY, US_WITH_YEARS), now, US_WITH_YEARS)).toBe(
      'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.',
    );
  });

  it("is the schedule's next item, and every kind the schedule names is one compose can write", () => {
    const [priya, sam] = sampleInterview().interviewers;
    if (!priya || !sam) throw new Error('sample');
    const variants = [
      sampleInterview(),
      sampleInterview({ interviewers: [priya, { ...sam, phone: undefined }] }),
      sampleInterview({ interviewers: [{ ...priya, email: undefined }, sam] }),
      sampleInterview({
        interviewers: [
          { ...priya, phone: undefined },
          { ...sam, email: undefined },
        ],
      }),
    ];
    for (const interview of variants) {
      const schedule = scheduleFor(interview, now, WEEKENDS_ONLY, US_WITH_YEARS);
      expect(nextDue(interview, now, WEEKENDS_ONLY, US_WITH_YEARS)?.kind).toBe(schedule.next?.kind);
      const writable = kindsFor(interview);
      for (const dueItem of schedule.items) expect(writable).toContain(dueItem.kind);
    }
    expect(nextDue(variants[0]!, now, WEEKENDS_ONLY, US_WITH_YEARS)?.kind).toBe('thank-you');
    expect(nextDue(variants[1]!, now, WEEKENDS_ONLY, US_WITH_YEARS)?.kind).toBe('contact-request');
  });
});

describe('byUrgency', () => {
  it('puts overdue before due before upcoming, and nothing due last', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const upcoming = sampleInterview({ id: 'upcoming', date: '2026-12-01' });
    const offer = sampleInterview({ id: 'offer', status: 'offer' });
    const due = sampleInterview({ id: 'due' });
    const overdue = sampleInterview({ id: 'overdue', date: '2026-11-20' });
    expect(byUrgency([offer, upcoming, due, overdue], now, WEEKENDS_ONLY, US_WITH_YEARS).map((i) => i.id)).toEqual([
      'overdue',
      'due',
      'upcoming',
      'offer',
    ]);
  });
});
