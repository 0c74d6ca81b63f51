import { describe, expect, it } from 'vitest';
import { dispositionOf } from '../../../src/deliver/eml.js';
import { mailtoLink } from '../../../src/deliver/mailto.js';
import { nextSequences } from '../../../src/store/calendar-state.js';

describe('mailto links (RFC 6068)', () => {
  it('encode spaces as %20, line breaks as %0D%0A, and keep the address readable', () => {
    expect(mailtoLink({ address: 'josé+jobs@example.com', subject: 'Thank you: Q&A', body: 'Dear José,\nthanks (really)!\n' })).toBe(
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
  it('starts at 0, stays while the day holds, and counts up each time it moves', () => {
    const first = nextSequences({}, [{ uid: 'a', date: '2026-12-07' }]);
    expect(first).toEqual({ a: { date: '2026-12-07', sequence: 0 } });
    const same = nextSequences(first, [{ uid: 'a', date: '2026-12-07' }]);
    expect(same.a).toEqual({ date: '2026-12-07', sequence: 0 });
    const moved = nextSequences(same, [{ uid: 'a', date: '2026-12-08' }, { uid: 'b', date: '2026-12-09' }]);
    expect(moved).toEqual({ a: { date: '2026-12-08', sequence: 1 }, b: { date: '2026-12-09', sequence: 0 } });
    // An event that is no longer in the file keeps its count, for when it comes back.
    expect(nextSequences(moved, [{ uid: 'b', date: '2026-12-09' }]).a).toEqual({ date: '2026-12-08', sequence: 1 });
  });
});
