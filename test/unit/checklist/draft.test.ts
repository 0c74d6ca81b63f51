import { describe, expect, it } from 'vitest';
import { draftFromNote, parseDraft } from '../../../src/checklist/draft.js';
import { excerptOf, locator } from '../../../src/checklist/position.js';

describe('parseDraft', () => {
  it('reads the subject header and blanks it out of the prose, keeping offsets', () => {
    const text = 'Subject: Thank you: Backend interview\n\nHi Priya,\nThanks!';
    const draft = parseDraft(text);
    expect(draft.subject).toBe('Thank you: Backend interview');
    expect(text.slice(draft.subjectStart, draft.subjectStart + 9)).toBe('Thank you');
    expect(draft.prose).toHaveLength(text.length);
    expect(draft.prose.trim()).toBe('Hi Priya,\nThanks!');
    expect(draft.bodyStart).toBe(text.indexOf('\nHi') - 0);
  });

  it('treats plain text without headers as all body', () => {
    const draft = parseDraft('Hi Sam,\nThank you.');
    expect(draft.subject).toBeNull();
    expect(draft.bodyStart).toBe(0);
    expect(draft.prose).toBe('Hi Sam,\nThank you.');
  });

  it('collects quoted lines and the attribution, and keeps them out of the prose', () => {
    const text =
      'Hi Priya,\r\nChecking in.\r\n\r\nOn Tue, 24 Nov 2026, Jordan Lee wrote:\r\n> Thank you for your time.\r\n>> Older line';
    const draft = parseDraft(text);
    expect(draft.quoted).toBe('Thank you for your time.\nOlder line');
    expect(draft.prose).not.toContain('wrote');
    expect(draft.prose).not.toContain('Thank you');
    expect(draft.prose).toHaveLength(text.length);
  });

  it('treats everything under an Original Message rule as quoted', () => {
    const draft = parseDraft('Hi Sam,\nA question.\n-----Original Message-----\nFrom: Jordan\nThank you so much.');
    expect(draft.quoted).toBe('From: Jordan\nThank you so much.');
    expect(draft.prose).not.toContain('Thank you');
  });

  it('ignores a byte-order mark', () => {
    const draft = parseDraft('\uFEFFSubject: Hello there\n\nHi');
    expect(draft.subject).toBe('Hello there');
    expect(draft.prose.trim()).toBe('Hi');
  });

  it('builds a draft from a composed note, with an empty subject kept as empty', () => {
    expect(draftFromNote({ subject: '', body: 'Hi Sam' }).subject).toBe('');
    const draft = draftFromNote({ subject: 'Thanks', body: 'Hi Sam', quotes: 'earlier', attachments: ['resume.pdf'] });
    expect(draft.text).toBe('Subject: Thanks\n\nHi Sam');
    expect(draft.quotes).toBe('earlier');
    expect(draft.attachments).toEqual(['resume.pdf']);
  });
});

describe('locator', () => {
  it('counts lines across \\n, \\r\\n and lone \\r, and columns in UTF-16 units', () => {
    const text = 'ab\r\ncd\ref\n\tgh😀x';
    const locate = locator(text);
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(locate(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(locate(text.indexOf('g'))).toEqual({ line: 4, column: 2 });
    expect(locate(text.indexOf('x'))).toEqual({ line: 4, column: 6 });
  });

  it('shortens long excerpts without splitting a surrogate pair', () => {
    const text = `${'a'.repeat(59)}😀 tail and more`;
    expect(excerptOf(text, 0, text.length)).toBe(`${'a'.repeat(59)}…`);
    expect(excerptOf('one\ntwo', 0, 7)).toBe('one');
  });
});
