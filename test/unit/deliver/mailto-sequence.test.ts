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
  const day = (uid: string, date: string, content = `${uid} on ${date}`) => ({ uid, date, summary: `Step ${uid}`, content });
  const MON = '2026-11-23T09:00:00.000Z';
  const TUE = '2026-11-24T09:00:00.000Z';
  const WED = '2026-11-25T09:00:00.000Z';

  it('starts at 0, stays while the event says the same, and counts up each time it moves', () => {
    const first = nextSequences({}, [day('a', '2026-12-07')], MON).after;
    expect(first).toEqual({
      a: { date: '2026-12-07', sequence: 0, modified: MON, summary: 'Step a', content: 'a on 2026-12-07' },
    });
    const same = nextSequences(first, [day('a', '2026-12-07')], TUE).after;
    expect(same.a).toMatchObject({ date: '2026-12-07', sequence: 0, modified: MON });
    const moved = nextSequences(same, [day('a', '2026-12-08'), day('b', '2026-12-09')], WED);
    expect(moved).toEqual({
      after: {
        a: { date: '2026-12-08', sequence: 1, modified: WED, summary: 'Step a', content: 'a on 2026-12-08' },
        b: { date: '2026-12-09', sequence: 0, modified: WED, summary: 'Step b', content: 'b on 2026-12-09' },
      },
      cancelled: [],
    });
  });

  it('counts up when the words change on the same day (a title that now names the round)', () => {
    const first = nextSequences({}, [day('a', '2026-12-07', 'round 1')], MON).after;
    const renamed = nextSequences(first, [day('a', '2026-12-07', 'round 1 of 2')], TUE).after;
    expect(renamed.a).toMatchObject({ sequence: 1, modified: TUE, content: 'round 1 of 2' });
    expect(nextSequences(renamed, [day('a', '2026-12-07', 'round 1 of 2')], WED).after.a).toMatchObject({
      sequence: 1,
      modified: TUE,
    });
  });

  it('reads a file written before fingerprints were kept by its day and title', () => {
    const old = {
      a: { date: '2026-12-07', sequence: 3, summary: 'Step a' },
      b: { date: '2026-12-07', sequence: 1, summary: 'Old b' },
    };
    const { after } = nextSequences(old, [day('a', '2026-12-07'), day('b', '2026-12-07')], WED);
    expect([after.a, after.b]).toMatchObject([
      { sequence: 3, modified: WED, content: 'a on 2026-12-07' },
      { sequence: 2, modified: WED, content: 'b on 2026-12-07' },
    ]);
  });

  it('cancels a remembered event of this file that is no longer due, once; one that comes back counts up', () => {
    const before = nextSequences({}, [day('x.a', '2026-12-07'), day('y.b', '2026-12-07')], MON).after;
    const inX = (uid: string) => uid.startsWith('x.');
    const done = nextSequences(before, [], TUE, inX);
    const gone = { uid: 'x.a', date: '2026-12-07', summary: 'Step x.a', sequence: 1, modified: TUE };
    expect(done.cancelled).toEqual([gone]);
    // Another interview's event is left alone: this file does not speak for it.
    expect(done.after['y.b']).toEqual(before['y.b']);
    expect(nextSequences(done.after, [], WED, inX).cancelled).toEqual([gone]);
    expect(nextSequences(done.after, [day('x.a', '2026-12-07')], WED, inX).after['x.a']).toEqual({
      date: '2026-12-07',
      sequence: 2,
      modified: WED,
      summary: 'Step x.a',
      content: 'x.a on 2026-12-07',
    });
  });
});
