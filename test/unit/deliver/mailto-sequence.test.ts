import { describe, expect, it } from 'vitest';
import { dispositionOf } from '../../../src/deliver/eml.js';
import { mailtoLink } from '../../../src/deliver/mailto.js';
import { nextSequences } from '../../../src/store/calendar-state.js';

describe('mailto links (RFC 6068)', () => {
  it('encode spaces as %20, line breaks as %0D%0A, and keep the address readable', () => {
    expect(
      mailtoLink({ address: 'josé+jobs@example.com', subject: 'Thank you: Q&A', body: 'Dear José,\nthanks (really)!\n' }),
    ).toBe(
      'mailto:jos%C3%A9%2Bjobs@example.com?subject=Thank%20you%3A%20Q%26A&body=Dear%20Jos%C3%A9%2C%0D%0Athanks%20%28really%29%21',
    );
    expect(mailtoLink({ address: undefined, subject: '', body: 'Hi' })).toBe('mailto:?body=Hi');
  });
});

describe('attachment names', () => {
  it('an ASCII name is quoted, another gets one RFC 5987 filename*', () => {
    expect(dispositionOf('cv "final".pdf')).toBe('attachment; filename="cv \\"final\\".pdf"');
    expect(dispositionOf("Résumé (Jordan's).pdf")).toBe("attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28Jordan%27s%29.pdf");
  });
});

describe('calendar SEQUENCE', () => {
  const day = (uid: string, date: string) => ({ uid, date, summary: `Step ${uid}` });

  it('starts at 0, stays while the day holds, and counts up each time it moves', () => {
    const first = nextSequences({}, [day('a', '2026-12-07')]).after;
    expect(first).toEqual({ a: { date: '2026-12-07', sequence: 0, summary: 'Step a' } });
    const same = nextSequences(first, [day('a', '2026-12-07')]).after;
    expect(same.a).toMatchObject({ date: '2026-12-07', sequence: 0 });
    const moved = nextSequences(same, [day('a', '2026-12-08'), day('b', '2026-12-09')]);
    expect(moved).toEqual({
      after: {
        a: { date: '2026-12-08', sequence: 1, summary: 'Step a' },
        b: { date: '2026-12-09', sequence: 0, summary: 'Step b' },
      },
      cancelled: [],
    });
  });

  it('cancels a remembered event of this file that is no longer due, once; one that comes back counts up', () => {
    const before = nextSequences({}, [day('x.a', '2026-12-07'), day('y.b', '2026-12-07')]).after;
    const inX = (uid: string) => uid.startsWith('x.');
    const done = nextSequences(before, [], inX);
    expect(done.cancelled).toEqual([{ uid: 'x.a', date: '2026-12-07', summary: 'Step x.a', sequence: 1 }]);
    // Another interview's event is left alone: this file does not speak for it.
    expect(done.after['y.b']).toEqual(before['y.b']);
    expect(nextSequences(done.after, [], inX).cancelled).toEqual([
      { uid: 'x.a', date: '2026-12-07', summary: 'Step x.a', sequence: 1 },
    ]);
    expect(nextSequences(done.after, [day('x.a', '2026-12-07')], inX).after['x.a']).toEqual({
      date: '2026-12-07',
      sequence: 2,
      summary: 'Step x.a',
    });
  });
});
