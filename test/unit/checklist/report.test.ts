import { describe, expect, it } from 'vitest';
import { caretLines, formatHuman, formatJson } from '../../../src/checklist/report.js';
import type { Finding } from '../../../src/model/types.js';

const finding = (line: number, column: number, excerpt: string, severity: Finding['severity'] = 'warning'): Finding => ({
  rule: 'tone-impatient',
  severity,
  message: 'Short message.',
  line,
  column,
  excerpt,
});

describe('caretLines', () => {
  it('expands tabs to the next stop and puts the caret under the same place', () => {
    expect(caretLines('\tab ASAP', 5, 4)).toEqual({ text: '    ab ASAP', caret: '       ^^^^' });
  });

  it('counts wide characters as two cells', () => {
    expect(caretLines('王伟 ASAP', 4, 4)).toEqual({ text: '王伟 ASAP', caret: '     ^^^^' });
  });

  it('shows a window of a very long line around the column, as wide as the room given', () => {
    const line = `${'a'.repeat(5000)} ASAP ${'b'.repeat(5000)}`;
    for (const room of [60, 100]) {
      const { text, caret } = caretLines(line, 5002, 4, room);
      expect(text.startsWith('…')).toBe(true);
      expect(text.endsWith('…')).toBe(true);
      expect(text.length).toBe(room);
      expect(text.slice(caret.indexOf('^'), caret.indexOf('^') + 4)).toBe('ASAP');
    }
  });

  it('cuts a line of wide characters by cells, and never lets the caret past the room', () => {
    const line = `${'王'.repeat(40)}ASAP`;
    const { text, caret } = caretLines(line, 41, 4, 30);
    expect(text).toMatch(/^…王+ASAP$/);
    expect([...text].reduce((cells, char) => cells + (char === '王' ? 2 : 1), 0)).toBeLessThanOrEqual(30);
    expect(caret.length).toBeLessThanOrEqual(30);
  });
});

describe('formatHuman and formatJson', () => {
  it('groups by severity, errors first, and sums up', () => {
    const text = 'Hi Sam,\nASAP please.';
    const out = formatHuman([finding(2, 1, 'ASAP'), { ...finding(1, 4, 'Sam', 'error'), rule: 'name-mismatch' }], text);
    expect(out).toBe(
      [
        'Errors (1)',
        '',
        '  1:4  name-mismatch',
        '  1 | Hi Sam,',
        '    |    ^^^',
        '    Short message.',
        '',
        'Warnings (1)',
        '',
        '  2:1  tone-impatient',
        '  2 | ASAP please.',
        '    | ^^^^',
        '    Short message.',
        '',
        '1 error, 1 warning.',
        'Fix the errors before sending: each one is the kind of slip that costs offers.',
        '',
      ].join('\n'),
    );
  });

  it('fits each excerpt and its caret to the width: a 100-character line in 80 columns does not wrap', () => {
    const text = `Thank you for the interview. I need an answer by Friday or I will take another offer, sorry.`;
    const at = text.indexOf('I need');
    const report = (columns?: number) =>
      formatHuman([finding(1, at + 1, 'I need an answer by Friday')], text, undefined, columns);
    const excerpt = (out: string) => out.split('\n').filter((line) => line.startsWith('  1 |') || line.startsWith('    |'));
    const [shown, caret] = excerpt(report());
    expect(shown).toBe('  1 | … you for the interview. I need an answer by Friday or I will take anoth…');
    expect(caret).toBe('    |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^');
    expect(shown!.length).toBeLessThan(80);
    // A terminal 120 columns wide shows the whole line.
    expect(excerpt(report(120))[0]).toBe(`  1 | ${text}`);
  });

  it('prints the exact JSON shape, counting errors and warnings only', () => {
    const json = JSON.parse(formatJson([finding(1, 1, 'x', 'info'), finding(2, 3, 'ASAP')]));
    expect(json).toEqual({ findings: [finding(1, 1, 'x', 'info'), finding(2, 3, 'ASAP')], errors: 0, warnings: 1 });
  });

  it('says so when there is nothing to fix', () => {
    expect(formatHuman([], 'Hi')).toBe('No problems found. This note is ready to send.\n');
  });
});

describe('nothing raw reaches the terminal', () => {
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
  const text = 'Dear Priya,\nThanks \u001b]52;c;Y3VybA==\u0007 and \u202eevil\n';
  const bad = { ...finding(2, 8, '\u001b]52;c;Y3VybA==\u0007'), message: 'Remove "\u001b[2J\u202e".' };

  it('formatJson escapes as JSON does: the same text when parsed, nothing raw when shown', () => {
    const out = formatJson([bad]);
    expect(RAW.test(out)).toBe(false);
    expect((JSON.parse(out) as { findings: Finding[] }).findings[0]).toMatchObject({
      message: bad.message,
      excerpt: bad.excerpt,
    });
  });

  it('formatHuman shows the line, the excerpt and the message escaped', () => {
    const out = formatHuman([bad], text);
    expect(RAW.test(out)).toBe(false);
    expect(out).toContain('\\u001b]52;c;Y3VybA==\\u0007');
    expect(out).toContain('Remove "\\u001b[2J\\u202e".');
  });
});
