import { describe, expect, it } from 'vitest';
import { byUrgency, describeItem, describeNext, nextDue } from '../../../src/cli/due.js';
import { scheduleFor, type DueItem } from '../../../src/model/schedule.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

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
    [item({}), 'follow-up to Priya Raghunathan: not before Mon 7 Dec 2026'],
    [item({ state: 'due', by: '2026-11-25' }), 'follow-up to Priya Raghunathan: due today'],
    [item({ state: 'due' }), 'follow-up to Priya Raghunathan: due now, by Tue 8 Dec 2026'],
    [item({ state: 'due', by: null, recommended: '2026-11-27' }), 'follow-up to Priya Raghunathan: due now, best on Fri 27 Nov 2026'],
    [item({ state: 'due', by: null, recommended: '2026-11-20' }), 'follow-up to Priya Raghunathan: due now'],
    [item({ state: 'overdue', to: ['A', 'B', 'C'], by: '2026-11-21' }), 'follow-up to A, B and C: overdue since Sat 21 Nov 2026, send it today'],
  ])('words %j', (due, line) => {
    expect(describeItem(due, '2026-11-25')).toBe(line);
  });
});

describe('nextDue', () => {
  const now = new Date('2026-11-25T09:00:00Z');

  it('is the thank-you the day after the interview', () => {
    expect(nextDue(sampleInterview(), now)).toMatchObject({
      kind: 'thank-you',
      to: ['Priya Raghunathan', 'Sam Ortiz'],
      line: 'thank-you to Priya Raghunathan and Sam Ortiz: due today',
    });
  });

  it('is nothing for an interview with an offer, and import says why', () => {
    const offer = sampleInterview({ status: 'offer' });
    expect(nextDue(offer, now)).toBeNull();
    expect(describeNext(offer, now)).toBe('Nothing is due: You have an offer: nothing more to send for this interview.');
  });

  it('skips a kind the composer cannot write (a contact request when every address is known)', () => {
    // The schedule asks for Sam's e-mail; the composer sees he used the phone and has a number.
    const interview = sampleInterview();
    expect(scheduleFor(interview, now).next?.kind).toBe('contact-request');
    expect(nextDue(interview, now)?.kind).toBe('thank-you');
  });
});

describe('byUrgency', () => {
  it('puts overdue before due before upcoming, and nothing due last', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const upcoming = sampleInterview({ id: 'upcoming', date: '2026-12-01' });
    const offer = sampleInterview({ id: 'offer', status: 'offer' });
    const due = sampleInterview({ id: 'due' });
    const overdue = sampleInterview({ id: 'overdue', date: '2026-11-20' });
    expect(byUrgency([offer, upcoming, due, overdue], now).map((i) => i.id)).toEqual(['overdue', 'due', 'upcoming', 'offer']);
  });
});
